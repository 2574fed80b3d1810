// Given a JSON pointer into a spec's text, want the line and column of its value (or of its deepest
// existing ancestor), the same from the tree (one pointer) and from the streaming pass (many at once).
import { describe, expect, it } from "vitest";
import { toPointer } from "../../core/json-pointer.ts";
import { repairedV1Spec } from "../../test-support/specs.ts";
import { createLocator } from "../load/locate-pointer.ts";

const JSON_TEXT = `{
  "openapi": "3.0.3",
  "paths": {
    "/a~b/c": { "get": { "parameters": [
      { "name": "x" },
      { "name": "y", "schema": { "type": "string" } }
    ] } }
  },
  "dup": 1,
  "dup": { "later": true },
  "": { "empty key": [ [0, 1], [2] ] }
}`;

const YAML_TEXT = `openapi: 3.0.3
paths:
  /a~b/c:
    get:
      parameters:
        - name: x
        - name: y
          schema: {type: string}
dup: {later: true}
'': {empty key: [[0, 1], [2]]}
`;

const CASES: [string, string, string, string][] = [
  ["the root", "", "1:1", "1:1"],
  ["a top-level value", "/openapi", "2:14", "1:10"],
  ["a key with ~ and / escaped", "/paths/~1a~0b~1c/get", "4:24", "5:7"],
  ["an array element", "/paths/~1a~0b~1c/get/parameters/1", "6:7", "7:11"],
  ["inside an array element", "/paths/~1a~0b~1c/get/parameters/1/schema/type", "6:42", "8:26"],
  ["a missing member: its deepest existing ancestor", "/paths/~1a~0b~1c/get/parameters/1/nothing/here", "6:7", "7:11"],
  ["the last of equal keys", "/dup/later", "10:21", "9:14"],
  ["an empty key and nested arrays", "//empty key/1/0", "11:33", "10:27"],
];

describe("createLocator", () => {
  it.each(CASES)("%s (JSON)", (_name, pointer, json) => {
    const locate = createLocator(JSON_TEXT, "json");
    const [streamed] = createLocator(JSON_TEXT, "json").all([pointer]);
    const fromTree = locate(pointer);
    expect(`${fromTree.line}:${fromTree.column}`).toBe(json);
    expect(streamed).toEqual(fromTree);
  });

  it.each(CASES)("%s (YAML)", (_name, pointer, _json, yaml) => {
    const found = createLocator(YAML_TEXT, "yaml")(pointer);
    expect(`${found.line}:${found.column}`).toBe(yaml);
  });

  it("finds many pointers in one pass, in the order asked", () => {
    const pointers = CASES.map(([, pointer]) => pointer);
    const all = createLocator(JSON_TEXT, "json").all(pointers);
    expect(all.map((found) => `${found.line}:${found.column}`)).toEqual(CASES.map(([, , json]) => json));
  });
});

describe("many pointers at once (json-offsets.ts) agree with the tree", () => {
  it.each([
    ["an earlier object, then a literal under the same key", '{"a": {"b": 1}, "a": 2}', "/a/b", "1:22"],
    [
      "escaped quotes and backslashes in skipped strings and keys",
      '{"x": "q\\"\\\\", "k\\"y": {"z": [1, "]}"]}}',
      '/k"y/z/1',
      "1:34",
    ],
    ["an array after skipped nested arrays", '{"a": [[1, [2]], {"b": "}"}, 3]}', "/a/2", "1:30"],
  ])("%s", (_name, text, pointer, want) => {
    const [streamed] = createLocator(text, "json").all([pointer]);
    expect(`${streamed?.line}:${streamed?.column}`).toBe(want);
    expect(streamed).toEqual(createLocator(text, "json")(pointer));
  });

  it("every place of the v1 spec, and a missing member below each (a negative twin per pointer)", async () => {
    const document = await repairedV1Spec();
    const text = JSON.stringify(document, null, 1);
    const pointers: string[] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      pointers.push(toPointer(path), toPointer([...path, "no such member"]));
      if (typeof value === "object" && value !== null)
        for (const [key, child] of Object.entries(value))
          walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(document, []);
    const locate = createLocator(text, "json");
    expect(pointers.length).toBeGreaterThan(500);
    expect(createLocator(text, "json").all(pointers)).toEqual(pointers.map((pointer) => locate(pointer)));
  });
});
