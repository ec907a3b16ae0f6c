/**
 * Weighted random order without replacement (Efraimidis–Spirakis: key = u^(1/w), sorted
 * descending), so every item stays in the order as a fallback. Lists of fewer than two items are
 * returned as they are (no copy: the hot path orders one-deployment targets on every request).
 */
export function weightedShuffle<T extends { weight: number }>(items: readonly T[], random: () => number = Math.random): readonly T[] {
  if (items.length < 2) return items;
  return items
    .map((item) => ({ item, k: random() ** (1 / item.weight) }))
    .sort((a, b) => b.k - a.k)
    .map((x) => x.item);
}
