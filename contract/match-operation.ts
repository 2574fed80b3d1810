// Finds the operation a concrete request belongs to, so cassettes need not name their
// operation (a hand-written operationId could silently disagree with the path).
import type { OperationDescriptor } from "../runtime/operation.ts";

export interface OperationMatch {
  readonly operation: OperationDescriptor;
  /** Path parameters taken from the concrete path, e.g. { id: "evt_123" }. */
  readonly pathParams: Record<string, string>;
}

function templateRegExp(template: string): { regexp: RegExp; names: string[] } {
  const names: string[] = [];
  const escaped = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/]+)";
    })
    .join("");
  return { regexp: new RegExp(`^${escaped}$`), names };
}

/** Literal segments beat parameters: "/v1/events/search" would win over "/v1/events/{id}". */
function literalLength(template: string): number {
  return template.replace(/\{[^}]+\}/g, "").length;
}

export function matchOperation(
  operations: Readonly<Record<string, OperationDescriptor>>,
  method: string,
  path: string,
): OperationMatch | undefined {
  const candidates = Object.values(operations)
    .filter((operation) => operation.method === method.toUpperCase())
    .sort((a, b) => literalLength(b.path) - literalLength(a.path));
  for (const operation of candidates) {
    const { regexp, names } = templateRegExp(operation.path);
    const match = regexp.exec(path);
    if (match === null) continue;
    const pathParams = Object.fromEntries(
      names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? "")]),
    );
    return { operation, pathParams };
  }
  return undefined;
}
