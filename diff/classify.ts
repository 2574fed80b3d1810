// The classification table: how a schema facet moving wider or narrower affects a consumer.
// Code that reads responses breaks when what it may receive grows; code that sends requests
// breaks when what it may send shrinks. One table keeps that reasoning in one place.
import type { Severity } from "./change.ts";

export type Direction = "response" | "request";
export type Shift = "widened" | "narrowed" | "changed";
export type Facet = "type" | "nullable" | "enum" | "constraint" | "alternatives";

type Verdicts = Record<Shift, Severity>;

const READER_STRICT: Verdicts = { widened: "breaking", narrowed: "safe", changed: "breaking" };
const READER_LENIENT: Verdicts = { widened: "warning", narrowed: "safe", changed: "warning" };
const SENDER_STRICT: Verdicts = { widened: "safe", narrowed: "breaking", changed: "breaking" };

const TABLE: Record<Facet, Record<Direction, Verdicts>> = {
  // A reader's type assertions and null checks fail on a value of a new type.
  type: { response: READER_STRICT, request: SENDER_STRICT },
  nullable: { response: READER_STRICT, request: SENDER_STRICT },
  // An exhaustive switch over an enum stops compiling or falls through: worth a look, not a break.
  enum: { response: READER_LENIENT, request: SENDER_STRICT },
  // maxLength and friends rarely matter to readers (column sizes, UI limits), so only a warning.
  constraint: { response: READER_LENIENT, request: SENDER_STRICT },
  alternatives: { response: READER_LENIENT, request: SENDER_STRICT },
};

const RULE_NAMES: Record<Facet, Record<Shift, string>> = {
  type: { widened: "type-widened", narrowed: "type-narrowed", changed: "type-changed" },
  nullable: { widened: "property-nullable", narrowed: "property-not-nullable", changed: "nullable-changed" },
  enum: { widened: "enum-value-added", narrowed: "enum-narrowed", changed: "enum-values-changed" },
  constraint: { widened: "constraint-relaxed", narrowed: "constraint-narrowed", changed: "constraint-changed" },
  alternatives: { widened: "alternative-added", narrowed: "alternative-removed", changed: "alternatives-changed" },
};

export function classify(facet: Facet, direction: Direction, shift: Shift): { severity: Severity; rule: string } {
  return { severity: TABLE[facet][direction][shift], rule: `${direction}-${RULE_NAMES[facet][shift]}` };
}
