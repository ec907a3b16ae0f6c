/** Structural equality for JSON-like values (config objects); undefined fields count as absent. */
export declare function deepEqual(a: unknown, b: unknown): boolean;
