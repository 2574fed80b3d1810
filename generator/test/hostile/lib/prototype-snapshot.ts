// What a prototype-pollution attack would change: the own keys of the built-in prototypes that
// every object in the process inherits from.

const PROTOTYPES = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
};

export function prototypeSnapshot(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(PROTOTYPES).map(([name, prototype]) => [name, Reflect.ownKeys(prototype).map(String).sort()]),
  );
}

/** Keys an attack would most likely have planted, read through a fresh object. */
export function plantedValues(): Record<string, unknown> {
  const probe = {} as Record<string, unknown>;
  return {
    polluted: probe.polluted,
    isAdmin: probe.isAdmin,
    toStringIsNative: probe.toString === Object.prototype.toString,
  };
}
