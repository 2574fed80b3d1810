// Duplicate deliveries: Stripe may deliver one event more than once. The router asks `has` before
// dispatching and calls `add` only after the handler succeeded, so a delivery whose handler threw
// (answered 500) is handled again when Stripe retries it.

export interface SeenEvents {
  /** True when an event with this id was handled already. */
  has(eventId: string): boolean | Promise<boolean>;
  /** Records an id whose handler succeeded. */
  add(eventId: string): void | Promise<void>;
}

export const DEFAULT_SEEN_CAPACITY = 10_000;

/** The default: the last `capacity` ids in memory, least recently seen evicted first. Per process only. */
export function seenInMemory(capacity: number = DEFAULT_SEEN_CAPACITY): SeenEvents {
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new TypeError(`seenInMemory capacity must be a positive integer, got ${String(capacity)}`);
  // A Map iterates in insertion order: re-inserting an id makes it the most recent.
  const ids = new Map<string, true>();
  return {
    has: (eventId) => ids.has(eventId),
    add: (eventId) => {
      ids.delete(eventId);
      ids.set(eventId, true);
      if (ids.size > capacity) ids.delete(ids.keys().next().value!);
    },
  };
}
