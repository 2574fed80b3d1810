// Incremental regeneration of types.ts: each declaration (a component schema, an operation part, a
// titled inline shape) is printed once and filed under its content, with what it read while it was
// built: the type names of the components it refers to, the schemas it inlined from other places and
// the names of the titled shapes it named. A later run takes the printed text when its content is
// the same and every read gives the same answer again; otherwise it builds the declaration anew.
// Replaying a titled read names that shape in this run too, in the same order as a build would,
// so the file's other declarations come out as they would without the memo.
import type { SchemaObject } from "../model/api-model.ts";
import { sha256 } from "../write/fingerprint.ts";
import type { Declaration } from "./code/declaration.ts";
import { isBlock, printDeclaration } from "./code/print-source.ts";
import type { TypeContext } from "./types/schema-to-type.ts";

/** One answer a declaration's build read from its context, in the order it read them. */
export type DeclarationRead =
  | { readonly kind: "named"; readonly ref: string; readonly answer: string | null }
  | { readonly kind: "resolved"; readonly ref: string; readonly digest: string }
  | { readonly kind: "titled"; readonly schema: string; readonly answer: string | null };

export interface PrintedDeclaration {
  readonly text: string;
  readonly block: boolean;
  readonly reads: readonly DeclarationRead[];
}

export type DeclarationBuild = (context: TypeContext) => Declaration;

export class DeclarationMemo {
  readonly #earlier: ReadonlyMap<string, PrintedDeclaration>;
  /** What this run printed, by key: the next run's memo. */
  readonly printed = new Map<string, PrintedDeclaration>();
  reused = 0;

  constructor(earlier: ReadonlyMap<string, PrintedDeclaration>) {
    this.#earlier = earlier;
  }

  declaration(
    name: string,
    schema: SchemaObject | boolean,
    docs: readonly string[],
    context: TypeContext,
    build: DeclarationBuild,
  ): Declaration {
    const key = sha256(JSON.stringify([name, docs, context.dialect, schema]));
    const earlier = this.#earlier.get(key);
    if (earlier && answersAgain(earlier.reads, context)) {
      this.reused++;
      return this.#file(key, earlier);
    }
    const reads: DeclarationRead[] = [];
    const declaration = build(recording(context, reads));
    return this.#file(key, { text: printDeclaration(declaration), block: isBlock(declaration), reads });
  }

  #file(key: string, printed: PrintedDeclaration): Declaration {
    this.printed.set(key, printed);
    return { kind: "printed", text: printed.text, block: printed.block };
  }
}

/** The context with each read also written down. */
function recording(context: TypeContext, reads: DeclarationRead[]): TypeContext {
  const { namedRef, resolveRef, nameTitled } = context;
  return {
    ...context,
    namedRef: (ref) => {
      const answer = namedRef(ref);
      reads.push({ kind: "named", ref, answer: answer ?? null });
      return answer;
    },
    resolveRef: (ref) => {
      const resolved = resolveRef(ref);
      reads.push({ kind: "resolved", ref, digest: digest(resolved) });
      return resolved;
    },
    nameTitled:
      nameTitled &&
      ((schema) => {
        const answer = nameTitled(schema);
        reads.push({ kind: "titled", schema: JSON.stringify(schema), answer: answer ?? null });
        return answer;
      }),
  };
}

function answersAgain(reads: readonly DeclarationRead[], context: TypeContext): boolean {
  return reads.every((read) => {
    if (read.kind === "named") return (context.namedRef(read.ref) ?? null) === read.answer;
    if (read.kind === "resolved") return digest(context.resolveRef(read.ref)) === read.digest;
    return context.nameTitled !== undefined && (context.nameTitled(JSON.parse(read.schema)) ?? null) === read.answer;
  });
}

function digest(value: unknown): string {
  return sha256(JSON.stringify(value) ?? "undefined");
}
