// Discriminators narrow, in the types and the validators alike: given a spec with a discriminator,
// want each schema it selects to require the property with the value that selects it (the rules
// openapi-typescript types by), so `switch (pet.pet_type)` narrows and the validators check it.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, typeCheckableOutputArgs } from "../../test-support/cli.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { lowerDiscriminators } from "../resolve/discriminators.ts";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const spec = (schemas: Record<string, unknown>) => ({
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {},
  components: { schemas },
});
const schemasOf = (document: Record<string, unknown>) =>
  (document.components as { schemas: Record<string, unknown> }).schemas;
const requires = (property: string, values: string[]) => ({
  type: "object",
  required: [property],
  properties: { [property]: { type: "string", enum: values } },
});

describe("lowerDiscriminators: given a discriminator, want what each schema it selects requires", () => {
  it("a oneOf: each member by the mapping's values, or else by its schema name", () => {
    const document = spec({
      Shape: {
        oneOf: [ref("Circle"), ref("Square")],
        discriminator: { propertyName: "kind", mapping: { round: "#/components/schemas/Circle" } },
      },
      Circle: { allOf: [{ properties: { radius: { type: "number" } } }] },
      Square: { type: "object", properties: { kind: { type: "string", description: "d" } } },
    });
    const schemas = schemasOf(lowerDiscriminators(document));
    expect(schemas.Circle).toEqual({
      allOf: [{ properties: { radius: { type: "number" } } }, requires("kind", ["round"])],
    });
    expect(schemas.Square).toEqual({
      type: "object",
      properties: { kind: { type: "string", enum: ["Square"], description: "d" } },
      required: ["kind"],
    });
  });

  it("allOf children of the holder, and their children, whatever their order in the file; bare names become $refs", () => {
    const document = spec({
      Puppy: { allOf: [ref("Dog")] },
      Dog: { allOf: [ref("Pet"), { properties: { bark: { type: "boolean" } } }] },
      Pet: {
        type: "object",
        required: ["pet_type"],
        properties: { pet_type: { type: "string" } },
        discriminator: { propertyName: "pet_type", mapping: { dog: "Dog" } },
      },
    });
    const schemas = schemasOf(lowerDiscriminators(document)) as Record<string, { allOf: unknown[] }>;
    expect(schemas.Dog!.allOf.at(-1)).toEqual(requires("pet_type", ["dog"]));
    expect(schemas.Puppy!.allOf.at(-1)).toEqual(requires("pet_type", ["Puppy"]));
    // The holder is unchanged but for its mapping, whose bare names are spelled as the $refs they mean.
    expect(schemas.Pet).toEqual({
      ...(schemasOf(document).Pet as object),
      discriminator: { propertyName: "pet_type", mapping: { dog: "#/components/schemas/Dog" } },
    });
  });

  it("leaves a document without discriminators as it is, and targets that are no object or allOf alone", () => {
    const plain = spec({ A: { type: "string" } });
    expect(lowerDiscriminators(plain)).toBe(plain);
    const document = spec({ U: { oneOf: [ref("S")], discriminator: { propertyName: "k" } }, S: { type: "string" } });
    expect(schemasOf(lowerDiscriminators(document)).S).toEqual({ type: "string" });
  });
});

describe("generate: the narrowed types and the validators say the same", () => {
  const work = tempFolder("discriminators", { insideRepo: true });
  afterAll(() => work.remove());

  it("Dog requires pet_type 'Dog'; a required name beside allOf is required in type and validator", async () => {
    const file = work.write(
      "spec.json",
      spec({
        Pet: {
          type: "object",
          required: ["pet_type"],
          properties: { pet_type: { type: "string" } },
          discriminator: { propertyName: "pet_type" },
        },
        Dog: { allOf: [ref("Pet"), { type: "object", properties: { bark: { type: "boolean" } } }] },
        Place: { required: ["id"], allOf: [{ type: "object", properties: { id: { type: "string" } } }] },
      }),
    );
    const out = work.at("out");
    const result = await runCli(["generate", "--spec", file, ...typeCheckableOutputArgs(out)]);
    expect(result.stderr).toBe("");
    const types = readFileSync(`${out}/types.ts`, "utf8");
    expect(types).toContain('export type Dog = Pet & {\n  bark?: boolean;\n} & {\n  pet_type: "Dog";\n};');
    expect(types).toContain("export type Place = {\n  id: string;\n};");
    const { validate } = await import(pathToFileURL(`${out}/validators.ts`).href);
    expect([validate("Dog", { pet_type: "Dog" }).valid, validate("Dog", { pet_type: "Cat" }).valid]).toEqual([
      true,
      false,
    ]);
    expect([validate("Place", { id: "p" }).valid, validate("Place", {}).valid]).toEqual([true, false]);
  });
});
