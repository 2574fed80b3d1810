import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { itemsOfShard, parseShard, shardRange } from "../shard.ts";

describe("parseShard", () => {
  it.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/3", { index: 2, count: 3 }],
    [" 3/3 ", { index: 3, count: 3 }],
  ])("%j → %j", (text, want) => expect(parseShard(text)).toEqual(want));

  it.each(["0/3", "4/3", "1/0", "1", "a/b", "1/2/3", "-1/2", "1.5/2"])("refuses %j", (text) => {
    expect(parseShard(text)).toBeUndefined();
  });
});

describe("shardRange (vitest's calculateShardRange)", () => {
  it.each([
    [
      10,
      3,
      [
        [0, 4],
        [4, 7],
        [7, 10],
      ],
    ],
    [
      3,
      3,
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    ],
    [
      2,
      3,
      [
        [0, 1],
        [1, 2],
        [2, 2],
      ],
    ],
    [
      0,
      2,
      [
        [0, 0],
        [0, 0],
      ],
    ],
  ])("%i items in %i shards", (length, count, want) => {
    expect(Array.from({ length: count }, (_, index) => shardRange(length, { index: index + 1, count }))).toEqual(want);
  });
});

describe("itemsOfShard", () => {
  const files = Array.from({ length: 1000 }, (_, index) => `contract-tests/recordings/case-${index}.json`);

  it("puts every file in exactly one of n shards, sizes within one of each other", () => {
    const shards = [1, 2, 3, 4].map((index) => itemsOfShard(files, { index, count: 4 }, (file) => file));
    expect(shards.map((shard) => shard.length)).toEqual([250, 250, 250, 250]);
    expect(shards.flat().sort()).toEqual([...files].sort());
  });

  it("orders by the SHA-1 of '/' + the root-relative path, as vitest does, whatever the input order", () => {
    const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
    const wanted = [...files].sort((a, b) => (sha1(`/${a}`) < sha1(`/${b}`) ? -1 : 1)).slice(0, 334);
    expect(itemsOfShard([...files].reverse(), { index: 1, count: 3 }, (file) => file)).toEqual(wanted);
  });

  it("1/1 is the whole list (the twin of a split)", () => {
    expect(itemsOfShard(files, { index: 1, count: 1 }, (file) => file).sort()).toEqual([...files].sort());
  });
});
