// validate(name, data) and is(name, data) take only the generated schema names: a typo is a compile
// error (checked by `npm run typecheck`, which covers this file), and from JavaScript or through a
// plain string (ValidateFn) it is still refused at run time.
import { describe, expect, it } from "vitest";
import { is, validate } from "../../generated/validators.ts";
import type { ValidateFn } from "../operation.ts";

describe("schema names at compile time", () => {
  it("a known name compiles and validates (the twin of the typos below)", () => {
    expect(validate("event", {}).valid).toBe(false);
    expect(is("v2.core.event_notification", {})).toBe(false);
  });

  it("a typo does not compile, and throws a TypeError at run time", () => {
    // @ts-expect-error "evnt" is not a schema name
    expect(() => validate("evnt", {})).toThrow(TypeError);
    // @ts-expect-error is() takes the same names
    expect(() => is("evnt", {})).toThrow(TypeError);
  });

  it("a name known only at run time goes through ValidateFn, which takes any string", () => {
    const byName: ValidateFn = validate;
    const name: string = ["ev", "ent"].join("");
    expect(byName(name, {}).valid).toBe(false);
    expect(() => byName("evnt", {})).toThrow(/Unknown schema name "evnt"/);
  });
});
