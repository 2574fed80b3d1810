// Tallies: how many items fall in each of a fixed list of categories, every category present
// (a count of 0 included), so summaries and exit codes read one shape.

/** The number of items whose `categoryOf` is each of `categories`. */
export function countBy<T, K extends string>(
  items: readonly T[],
  categoryOf: (item: T) => K,
  categories: readonly K[],
): Record<K, number> {
  const counts = Object.fromEntries(categories.map((category) => [category, 0])) as Record<K, number>;
  for (const item of items) {
    const category = categoryOf(item);
    if (Object.hasOwn(counts, category)) counts[category] += 1;
  }
  return counts;
}
