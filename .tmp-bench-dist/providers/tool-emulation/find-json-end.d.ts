/**
 * Index just past the JSON object or array that starts at `start` (a `{` or `[`), or -1 when the
 * text ends first. Brackets inside strings (and escaped quotes) are skipped; validity is left to
 * JSON.parse.
 */
export declare function findJsonEnd(text: string, start: number): number;
