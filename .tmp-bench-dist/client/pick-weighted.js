/** Picks one item at random, proportionally to `weight`. `random` is injectable for tests. */
export function pickWeighted(items, random = Math.random) {
    if (items.length === 1)
        return items[0];
    let total = 0;
    for (const it of items)
        total += it.weight;
    let r = random() * total;
    for (const it of items) {
        r -= it.weight;
        if (r < 0)
            return it;
    }
    return items[items.length - 1];
}
//# sourceMappingURL=pick-weighted.js.map