/** Picks one item at random, proportionally to `weight`. `random` is injectable for tests. */
export declare function pickWeighted<T extends {
    weight: number;
}>(items: readonly T[], random?: () => number): T;
