// One validator entry compiled on its own, with names that depend only on what it validates, so
// its code can be cached by content (validator-cache.ts) and reused after a spec update.
//
// ajv names its functions and constants from counters shared by the whole instance (validate54,
// pattern3, …), so one schema's code would change whenever another schema was added before it.
// Here each entry gets a fresh name scope, and every other entry is a stub that ajv calls by that
// entry's export name instead of compiling it again. The entry's code is wrapped in its own
// function scope, so the counters may restart per entry without clashing.
import { _, _Code, type Code, nil } from "ajv/dist/compile/codegen/code.js";
import {
  type NameValue,
  type UsedScopeValues,
  UsedValueState,
  ValueScope,
  ValueScopeName,
} from "ajv/dist/compile/codegen/scope.js";
import { compileSchema, SchemaEnv } from "ajv/dist/compile/index.js";
import type { AnyValidateFunction, SourceCode } from "ajv/dist/types/index.js";
import { requireCalls } from "./esm-imports.ts";

type Ajv = ThisParameterType<typeof compileSchema>;

/** An entry's module code, `export const <exportName> = …;`, and the modules it imports (by specifier). */
export interface EntryCode {
  readonly code: string;
  readonly modules: readonly string[];
}

export interface CompiledEntry {
  readonly exportName: string;
  readonly env: SchemaEnv;
}

/** The other entries, as ajv sees them while one is compiled: already compiled, named by export. */
export class EntryStubs {
  readonly #byFunction = new Map<unknown, ValueScopeName>();
  readonly #scopeOptions: Omit<ConstructorParameters<typeof ValueScope>[0], "scope">;

  constructor(ajv: Ajv) {
    const scope = ajv.scope as unknown as { _prefixes: Set<string>; opts: { es5?: boolean; lines?: boolean } };
    this.#scopeOptions = { prefixes: scope._prefixes, es5: scope.opts.es5, lines: scope.opts.lines };
  }

  /** A SchemaEnv for `env`'s schema whose validate function is the entry `exportName`. */
  stub(env: SchemaEnv, exportName: string): SchemaEnv {
    const stub = new SchemaEnv({ schema: env.schema, schemaId: env.schemaId, root: env.root, baseId: env.baseId });
    const name = new ValueScopeName("validate", exportName);
    const validate = Object.assign(() => false, {
      source: { validateName: name, validateCode: "", scopeValues: {} } satisfies SourceCode,
    });
    name.setValue({ ref: validate }, { property: "validate", itemIndex: 0 });
    stub.validate = validate as unknown as AnyValidateFunction;
    stub.validateName = name;
    this.#byFunction.set(validate, name);
    return stub;
  }

  isStub(ref: unknown): boolean {
    return this.#byFunction.has(ref);
  }

  /** The export name a stub SchemaEnv stands for; undefined for anything else. */
  exportNameOf(env: unknown): string | undefined {
    return env instanceof SchemaEnv ? this.#byFunction.get(env.validate)?.str : undefined;
  }

  /**
   * A fresh name scope in which a reference to a stub is its export name. Its values live in an
   * object of its own: one shared by every entry's scope kept each compiled function, with ajv's
   * code for it, until the run ended (GitHub's spec: hundreds of MB).
   */
  freshScope(): ValueScope {
    const byFunction = this.#byFunction;
    return new (class extends ValueScope {
      override value(nameOrPrefix: ValueScopeName | string, value: NameValue): ValueScopeName {
        return byFunction.get(value.ref) ?? super.value(nameOrPrefix, value);
      }
    })({ ...this.#scopeOptions, scope: {} });
  }
}

export function compileEntry(ajv: Ajv, entry: CompiledEntry, stubs: EntryStubs): EntryCode {
  const writable = ajv as unknown as { scope: ValueScope };
  writable.scope = stubs.freshScope();
  const root = entry.env.root as { refs: SchemaEnv["refs"] };
  // ajv caches what a $ref resolved to on the document's root; those would carry another entry's names.
  root.refs = {};
  try {
    compileSchema.call(ajv, entry.env);
    const source = entry.env.validate?.source;
    if (!source) throw new Error(`ajv kept no source for ${entry.exportName}`);
    const body = `${entryBody(ajv, source, stubs)}`;
    const { code, modules } = requireCalls(body);
    return {
      code: `export const ${entry.exportName} = /* @__PURE__ */ (() => {${code}return ${source.validateName};})();\n`,
      modules,
    };
  } finally {
    forget(entry.env);
    forget(entry.env.root);
  }
}

/**
 * The entry's function and everything of its own it uses, as ajv's standalone module code writes
 * them (ajv/lib/standalone), except that a stub contributes nothing: its entry declares itself.
 */
function entryBody(ajv: Ajv, top: SourceCode, stubs: EntryStubs): Code {
  const used: UsedScopeValues = {};
  const state = (name: ValueScopeName) => used[name.prefix]?.get(name);
  const emit = (source: SourceCode | undefined): Code => {
    if (!source) throw new Error("ajv kept no source for a referenced schema");
    if (state(source.validateName) === UsedValueState.Completed) return nil;
    used.validate ??= new Map();
    used.validate.set(source.validateName, UsedValueState.Started);
    const scopeCode = ajv.scope.scopeCode(source.scopeValues, used, referenced);
    const code = _`${scopeCode}${new _Code(source.validateCode)}`;
    return source.evaluated ? _`${code}${source.validateName}.evaluated = ${source.evaluated};` : code;
  };
  const referenced = (name: ValueScopeName): Code | undefined => {
    const ref = name.value?.ref;
    if (stubs.isStub(ref)) return nil;
    if (name.prefix === "validate" && typeof ref === "function") return emit((ref as AnyValidateFunction).source);
    if ((name.prefix === "root" || name.prefix === "wrapper") && ref instanceof SchemaEnv) {
      if (!ref.validateName) compileSchema.call(ajv, ref);
      const wrapper = _`const ${name} = {validate: ${ref.validateName!}};`;
      if (state(ref.validateName!) === UsedValueState.Started) return wrapper;
      return _`${wrapper}${emit(ref.validate?.source)}`;
    }
    return undefined;
  };
  return emit(top);
}

/**
 * Drops what ajv compiled for an entry once its code is printed: the code-generation trees of every
 * entry would otherwise stay alive to the end (hundreds of MB on GitHub's spec). The document's root
 * too: a `$ref: "#"` compiles it inside one entry, with that entry's names; the next compiles its own.
 */
function forget(env: SchemaEnv): void {
  const compiled = env as { validate?: unknown; validateName?: unknown };
  compiled.validate = undefined;
  compiled.validateName = undefined;
}
