// The resolve stage's full check: the document against the OpenAPI 3.0/3.1 schema, every $ref
// followed. A document with only local $refs is checked as written (openapi-schema-check.ts) with
// its $refs proved to lead to what their places need (ref-targets.ts), which is what swagger-parser
// finds by dereferencing a copy of the whole document, at a fraction of the cost. When that proof
// fails, and for external $refs, swagger-parser's validate() runs as before and its errors are the
// ones reported. We keep the document with its local $refs, because named types are emitted from
// refs, and only bundle external files into it.

import { toPointer } from "../../core/json-pointer.ts";
import type { SourceFile } from "../load/read-source.ts";
import { SpecError, type SpecProblem } from "../spec-error.ts";
import { type CheckMemo, entryFingerprints, type FingerprintBasis, matchesRemembering } from "./check-memo.ts";
import type { Check } from "./deferred-checks.ts";
import { type CheckError, definitionPointer, foldCheckErrors } from "./fold-problems.ts";
import type { FormatUse } from "./format-uses.ts";
import { matchesOpenApiSchema } from "./openapi-schema-check.ts";
import { checkOpenApiVersion, type OpenApiMajorMinor } from "./openapi-version.ts";
import { type EntryReads, rememberedProof } from "./proof-memo.ts";
import { checkRefs, folderBoundFileResolver, type RefPolicy } from "./ref-policy.ts";
import { localRefsAreSound } from "./ref-targets.ts";
import type { SchemaSlot } from "./schema-slots.ts";

/** A spec as the resolve stage leaves it. */
export interface ResolvedSpec {
  readonly source: SourceFile;
  readonly version: OpenApiMajorMinor;
  /** The repaired document, local $refs intact, with the rewrites of lenient mode applied. */
  readonly document: Record<string, unknown>;
  /** One per construct lenient mode read with an assumption (resolve/apply-leniencies.ts). */
  readonly warnings: readonly SpecProblem[];
  /** The formats the document's schemas use. */
  readonly formatUses?: ReadonlyMap<string, FormatUse>;
}

/** The memo of this spec's last passed OpenAPI schema check, and where a passed check leaves its own. */
export interface SpecCheckMemo {
  readonly remembered: CheckMemo | undefined;
  /** What the fingerprints hash: JSON text when the spec and its overlays are JSON files. */
  readonly basis: FingerprintBasis;
  remember(memo: CheckMemo): void;
}

/**
 * The spec as the resolve stage leaves it, and its OpenAPI schema check. A spec with external $refs
 * is checked here, since bundling changes the document; a spec with only local $refs is used as
 * written, so its check (`check`) decides only whether the run may go on, and may run later.
 */
export async function validateAndBundle(
  document: unknown,
  source: SourceFile,
  absolutePath: string,
  policy: RefPolicy,
  slots?: readonly SchemaSlot[],
  memo?: SpecCheckMemo,
): Promise<{ spec: Omit<ResolvedSpec, "warnings">; check: Check }> {
  const version = checkOpenApiVersion(document, source);
  const { fingerprints, proof } = rememberedScan(document, version, memo);
  const { hasExternalRefs, localRefKeywords } = checkRefs(proof?.scanned ?? document, source, absolutePath, policy);
  const parser = parserRun(document, source, absolutePath, { ...policy, hasExternalRefs });
  if (!hasExternalRefs) {
    const spec = { source, version, document: document as Record<string, unknown> };
    const check = async () => {
      if (
        !localRefsAreSound(document, version, localRefKeywords, slots, proof?.reads) ||
        !matchesSchema(document, version, memo && { ...memo, fingerprints, reads: proof?.reads })
      )
        await parser.validate();
    };
    return { spec, check };
  }
  await parser.validate();
  return { spec: { source, version, document: await parser.bundle() }, check: async () => {} };
}

/**
 * swagger-parser's validate() (its errors the ones reported) and bundle(), for what the checks above
 * do not settle: external $refs, and a local $ref proof or schema check that fails.
 */
function parserRun(
  document: unknown,
  source: SourceFile,
  absolutePath: string,
  policy: RefPolicy & { hasExternalRefs: boolean },
) {
  const options = {
    continueOnError: true,
    resolve: {
      external: policy.hasExternalRefs,
      http: policy.allowRemoteRefs ? {} : false,
      file: folderBoundFileResolver(absolutePath),
    },
    // "ignore": circular $refs are fine, and we keep our own copy with refs intact, so the second,
    // full dereferencing pass swagger-parser makes for circular specs with `true` is wasted work.
    dereference: { circular: "ignore" },
  } as const;
  // swagger-parser takes about 75 ms to load: only a spec the checks above do not settle needs it.
  const parser = async () => (await import("@apidevtools/swagger-parser")).default;
  return {
    async validate(): Promise<void> {
      const SwaggerParser = await parser();
      try {
        // validate() dereferences the object it is given, so it gets a copy.
        await SwaggerParser.validate(absolutePath, structuredClone(document) as never, options as never);
      } catch (error) {
        throw toSpecError(error, source, document);
      }
    },
    async bundle(): Promise<Record<string, unknown>> {
      const SwaggerParser = await parser();
      return (await SwaggerParser.bundle(absolutePath, structuredClone(document) as never, options as never)) as never;
    },
  };
}

/**
 * With a remembered check, the entries' fingerprints, made before the $ref scan so that it skips the
 * entries whose proofs stand (proof-memo.ts); without one, they are made when the check runs.
 */
function rememberedScan(document: unknown, version: OpenApiMajorMinor, memo: SpecCheckMemo | undefined) {
  if (!memo) return {};
  const remembered = memo.remembered?.version === version ? memo.remembered : undefined;
  const fingerprints = remembered && entryFingerprints(document, memo.basis);
  return { fingerprints, proof: rememberedProof(document, memo.basis, remembered, fingerprints) };
}

/** The memo of a spec's check, with its entries' fingerprints when made already and what its $ref proofs read. */
interface RememberingCheck extends SpecCheckMemo {
  readonly fingerprints: ReadonlyMap<string, string> | undefined;
  readonly reads: EntryReads | undefined;
}

function matchesSchema(document: unknown, version: OpenApiMajorMinor, memo: RememberingCheck | undefined): boolean {
  if (!memo) return matchesOpenApiSchema(document, version);
  const checked = matchesRemembering(document, version, memo.remembered, memo.basis, memo.fingerprints);
  const passed = checked.memo;
  if (passed)
    memo.remember({
      ...passed,
      ...(memo.reads && { refReads: memo.reads.refReads(Object.keys(passed.fingerprints)) }),
    });
  return checked.matches;
}

interface ParserErrorLike {
  message: string;
  path?: (string | number)[];
  details?: { instancePath: string; keyword?: string; message?: string; params?: Record<string, unknown> }[];
  errors?: ParserErrorLike[];
}

function toSpecError(error: unknown, source: SourceFile, document: unknown): SpecError {
  const problem = (pointer: string, message: string): SpecProblem => ({
    file: source.path,
    pointer,
    ...source.locate(pointer),
    message,
  });
  const parserError = error as ParserErrorLike;
  if (Array.isArray(parserError.errors) && parserError.errors.length > 0) {
    const problems = parserError.errors.map((inner) =>
      problem(definitionPointer(document, toPointer([...(inner.path ?? []), "$ref"])), cleanRefMessage(inner.message)),
    );
    return new SpecError(
      problems,
      "Define each missing target in an overlay (`overlay` in the config, `generate --overlay`, `diff --overlay-old/--overlay-new`) or fix the $ref.",
    );
  }
  if (Array.isArray(parserError.details) && parserError.details.length > 0) {
    const errors: CheckError[] = uniqueDetails(parserError.details).map((detail) => ({
      ...detail,
      message: `${detail.message ?? "is invalid"}${describeParams(detail.params)}`,
    }));
    return new SpecError(
      foldCheckErrors(document, errors, problem),
      "Fix the spec so it matches the OpenAPI schema at each location.",
    );
  }
  return SpecError.single(
    problem("", `is not a valid OpenAPI document: ${parserError.message ?? String(error)}`),
    "Fix the spec as the message describes.",
  );
}

function cleanRefMessage(message: string): string {
  const match = /Missing \$ref pointer "([^"]+)"/.exec(message);
  if (match) return `$ref "${match[1]}" points at nothing: the target is not defined`;
  // Only http(s) refs reach the resolver unread: nested in a $ref'd file without
  // --allow-remote-refs, or aimed at an internal address, which is never fetched.
  const unfetched = /Could not find resolver for "([^"]+)"/.exec(message);
  if (unfetched)
    return `$ref "${unfetched[1]}" was not fetched: remote refs need --allow-remote-refs, and internal addresses (localhost, private networks) are never fetched`;
  return message;
}

function uniqueDetails<T extends { instancePath: string; message?: string }>(details: T[]): T[] {
  const seen = new Set<string>();
  return details.filter((detail) => {
    const key = `${detail.instancePath}\u0000${detail.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeParams(params: Record<string, unknown> | undefined): string {
  if (!params) return "";
  if (typeof params.additionalProperty === "string") return ` (unexpected property "${params.additionalProperty}")`;
  if (Array.isArray(params.allowedValues)) return ` (allowed: ${params.allowedValues.join(", ")})`;
  return "";
}
