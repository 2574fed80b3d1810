// Small specs in the shapes that carry event types: Stripe's full specs (an `event` marked
// `x-resourceId: event`, one `x-stripeEvent: { type }` schema per event type whose `object` is a
// $ref to the resource) and OpenAPI 3.1 `webhooks:`. Tests of the generator and of the router
// generate from them.
import type { Json } from "./json.ts";

const json = (schema: Json) => ({ content: { "application/json": { schema } } });

/** An OpenAPI 3.0 spec with a v1 event and two typed snapshot events (charge.succeeded, customer.created). */
export function snapshotEventSpec(): Json {
  const data = (resource: string, type: string) => ({
    "x-stripeEvent": { type },
    type: "object",
    required: ["object"],
    properties: { object: { $ref: `#/components/schemas/${resource}` }, previous_attributes: { type: "object" } },
  });
  return {
    openapi: "3.0.3",
    info: { title: "Stripe-shaped events", version: "2024-06-20" },
    paths: {},
    components: {
      schemas: {
        event: {
          "x-resourceId": "event",
          type: "object",
          required: ["id", "object", "type", "data", "created", "livemode"],
          properties: {
            id: { type: "string" },
            object: { type: "string", enum: ["event"] },
            type: { type: "string" },
            created: { type: "integer" },
            livemode: { type: "boolean" },
            data: { type: "object", required: ["object"], properties: { object: { type: "object" } } },
          },
        },
        charge: resource("charge", { amount: { type: "integer" } }),
        customer: resource("customer", { email: { type: "string", nullable: true } }),
        "charge.succeeded": data("charge", "charge.succeeded"),
        "customer.created": data("customer", "customer.created"),
      },
    },
  };
}

function resource(object: string, properties: Json): Json {
  return {
    type: "object",
    required: ["id", "object", ...Object.keys(properties)],
    properties: { id: { type: "string" }, object: { type: "string", enum: [object] }, ...properties },
  };
}

/** An OpenAPI 3.1 spec with three webhook operations: an inline body, a $ref'd path item with two methods. */
export function webhooksSpec(): Json {
  const invoice = { type: "object", required: ["id"], properties: { id: { type: "string" } } };
  return {
    openapi: "3.1.0",
    info: { title: "webhooks", version: "1" },
    paths: {},
    webhooks: {
      "invoice.paid": { post: { summary: "An invoice was paid", requestBody: { required: true, ...json(invoice) } } },
      pet: { $ref: "#/components/pathItems/pet" },
    },
    components: {
      schemas: { Pet: { type: "object", required: ["name"], properties: { name: { type: "string" } } } },
      pathItems: {
        pet: {
          post: { requestBody: json({ $ref: "#/components/schemas/Pet" }) },
          put: { requestBody: json({ type: "array", items: { type: "string" } }) },
        },
      },
    },
  };
}
