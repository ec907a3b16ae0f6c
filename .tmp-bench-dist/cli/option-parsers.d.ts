/**
 * Commander argument parsers. Throwing InvalidArgumentError makes commander print
 * `error: option '--timeout <s>' argument 'x' is invalid. …`, which main() maps to exit code 2.
 */
export declare const parseOption: {
    /** `a,b , c` → ['a','b','c']. */
    list(value: string): string[];
    positiveNumber(value: string): number;
    nonNegativeNumber(value: string): number;
    positiveInt(value: string): number;
    port(value: string): number;
};
