// validate(name, data) and is(name, data) take only the generated schema names: a typo is a compile
// error (checked by `npm run typecheck`, which covers this file), and from JavaScript or through a
// plain string (ValidateFn) it is still refused at run time. The registry validators.ts builds
// validate() from (validators.compiled's `byName`) must have a validator for every name.
import { describe, expect, it } from "vitest";
import { byName } from "../../generated/validators.compiled.js";
import { is, type SchemaName, validate } from "../../generated/validators.ts";
import type { ValidateFn } from "../operation.ts";
import { createValidate } from "../validate-registry.ts";

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
    const anyName: ValidateFn = validate;
    const name: string = ["ev", "ent"].join("");
    expect(anyName(name, {}).valid).toBe(false);
    expect(() => anyName("evnt", {})).toThrow(/Unknown schema name "evnt"/);
  });

  it("a registry without a validator for one name does not compile (validators.ts passes byName the same way)", () => {
    const withoutEvent = Object.fromEntries(Object.entries(byName).filter(([name]) => name !== "event")) as Omit<
      typeof byName,
      "event"
    >;
    // @ts-expect-error "event" is a SchemaName without a validator in this registry
    const partial = createValidate<SchemaName>(withoutEvent);
    expect(() => partial("event", {})).toThrow(/Unknown schema name "event"/);
    expect(createValidate<SchemaName>(byName)("event", {}).valid).toBe(false);
  });
});
