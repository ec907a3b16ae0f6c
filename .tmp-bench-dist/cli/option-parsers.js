import { InvalidArgumentError } from 'commander';
/**
 * Commander argument parsers. Throwing InvalidArgumentError makes commander print
 * `error: option '--timeout <s>' argument 'x' is invalid. …`, which main() maps to exit code 2.
 */
export const parseOption = {
    /** `a,b , c` → ['a','b','c']. */
    list(value) {
        const items = value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        if (items.length === 0)
            throw new InvalidArgumentError('expected a comma-separated list such as openai,anthropic');
        return items;
    },
    positiveNumber(value) {
        const n = Number(value);
        if (!Number.isFinite(n) || n <= 0)
            throw new InvalidArgumentError('expected a positive number');
        return n;
    },
    nonNegativeNumber(value) {
        const n = Number(value);
        if (!Number.isFinite(n) || n < 0)
            throw new InvalidArgumentError('expected a number ≥ 0');
        return n;
    },
    positiveInt(value) {
        const n = Number(value);
        if (!Number.isInteger(n) || n <= 0)
            throw new InvalidArgumentError('expected a positive integer');
        return n;
    },
    port(value) {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0 || n > 65535)
            throw new InvalidArgumentError('expected a port number 0-65535');
        return n;
    },
};
//# sourceMappingURL=option-parsers.js.map