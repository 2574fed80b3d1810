// `contract --shard <index>/<count>`: which cassettes one CI job replays, split the way vitest's
// --shard splits test files: sorted by the SHA-1 of each file's path from the project root, then cut
// into `count` runs whose sizes differ by at most one. A file keeps its shard while the suite grows
// around it only as far as the sort allows; every file is in exactly one shard.
import { createHash } from "node:crypto";

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** "2/3" → { index: 2, count: 3 }; undefined when the text is not of that form or out of range. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (match === null) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/** The [start, end) range of the sorted list that shard `index` of `count` takes (vitest's calculateShardRange). */
export function shardRange(length: number, { index, count }: Shard): [number, number] {
  const base = Math.floor(length / count);
  const remainder = length % count;
  if (remainder >= index) return [(base + 1) * (index - 1), (base + 1) * index];
  const start = remainder * (base + 1) + (index - remainder - 1) * base;
  return [start, start + base];
}

/** The items of one shard; `path` gives each item's path relative to the project root ("contract-tests/x.json"). */
export function itemsOfShard<T>(items: readonly T[], shard: Shard, path: (item: T) => string): T[] {
  const [start, end] = shardRange(items.length, shard);
  return items
    .map((item) => ({ item, hash: sha1(`/${path(item).replaceAll("\\", "/")}`) }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
    .slice(start, end)
    .map(({ item }) => item);
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}
