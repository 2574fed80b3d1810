// Opt-in response validation: each JSON body is checked against the schema documented for its
// status (core/response-for-status.ts, as the contract suite chooses it) before it is returned or
// mapped to an error.
import { describe, expect, it } from "vitest";
import { applyMutation, removeAt, setAt } from "../../contract/payload-mutation.ts";
import { documentedBody } from "../../test-support/recordings.ts";
import { ContractError, createRuntimeClient, InvalidRequestError } from "../index.ts";
import { type FixtureOperations, fixtureClient, jsonResponse, operations, scriptedFetch } from "./fixtures.ts";

/** A recorded v1 event, which the fixture's `event` schema accepts. */
const documentedEvent = () => documentedBody("v1-event-retrieve-200.json");

const setup = fixtureClient;

describe("validateResponses", () => {
  it("passes a body that matches its schema", async () => {
    const { client } = setup({ validateResponses: true }, jsonResponse(200, documentedEvent()));
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(documentedEvent());
  });

  it("throws ContractError for a 200 body that does not match", async () => {
    const body = applyMutation(documentedEvent(), setAt("/id", 42));
    const { client } = setup({ validateResponses: true }, jsonResponse(200, body));
    const failure = await client.getEventsId({ path: { id: "evt_1" } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ContractError);
    expect(failure).toMatchObject({ operationId: "getEventsId", status: 200, schema: "event", body });
    expect((failure as ContractError).errors).toEqual([
      expect.objectContaining({ pointer: "/id", keyword: "type", schemaPath: "#/properties/id/type" }),
    ]);
  });

  it("reports a missing property at its own pointer, not its parent's", async () => {
    const body = applyMutation(documentedEvent(), removeAt("/data/object"));
    const { client } = setup({ validateResponses: true }, jsonResponse(200, body));
    const failure = await client.getEventsId({ path: { id: "evt_1" } }).catch((e: unknown) => e);
    expect((failure as ContractError).errors).toEqual([
      expect.objectContaining({ pointer: "/data/object", keyword: "required", params: { missingProperty: "object" } }),
    ]);
  });

  it("does not validate when the option is off (negative twin)", async () => {
    const { client } = setup({}, jsonResponse(200, { id: 42, object: "event" }));
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual({ id: 42, object: "event" });
  });

  it("checks error bodies against the 'default' schema before mapping them", async () => {
    const { client } = setup({ validateResponses: true }, jsonResponse(404, { error: { message: "no type" } }));
    await expect(client.getEventsId({ path: { id: "evt_1" } })).rejects.toMatchObject({
      name: "ContractError",
      status: 404,
      schema: "error",
      errors: [expect.objectContaining({ pointer: "/error/type", keyword: "required" })],
    });
  });

  it("a conforming error body still becomes the typed error", async () => {
    const { client } = setup(
      { validateResponses: true },
      jsonResponse(404, { error: { type: "invalid_request_error", message: "No such event" } }),
    );
    await expect(client.getEventsId({ path: { id: "evt_1" } })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it("uses the 4XX range, and skips statuses documented as null", async () => {
    const bad = setup({ validateResponses: true }, jsonResponse(422, { nope: true }));
    await expect(bad.client.postTestObjects()).rejects.toMatchObject({
      name: "ContractError",
      status: 422,
      schema: "error",
    });
    const skipped = setup({ validateResponses: true, maxNetworkRetries: 0 }, jsonResponse(503, { nope: true }));
    await expect(skipped.client.postTestObjects()).rejects.toMatchObject({ name: "ApiError", status: 503 });
  });

  it("a status documented without a body is not checked against `default`", async () => {
    const { client } = setup({ validateResponses: true }, jsonResponse(200, { id: "obj_1", deleted: true }));
    await expect(client.deleteTestObjectsId({ path: { id: "obj_1" } })).resolves.toEqual({
      id: "obj_1",
      deleted: true,
    });
  });

  it("an undocumented status falls under `default` (twin)", async () => {
    const { client } = setup({ validateResponses: true }, jsonResponse(404, { id: "obj_1", deleted: true }));
    await expect(client.deleteTestObjectsId({ path: { id: "obj_1" } })).rejects.toMatchObject({
      name: "ContractError",
      schema: "error",
    });
  });

  it("needs the generated validate function", () => {
    const { fetch } = scriptedFetch();
    expect(() => createRuntimeClient<FixtureOperations>(operations, {}, { fetch, validateResponses: true })).toThrow(
      /validate/,
    );
  });
});
