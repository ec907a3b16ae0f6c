/** What one line typed at the `you ›` prompt means. */
export type ReplInput = {
    type: 'empty';
} | {
    type: 'exit';
} | {
    type: 'command';
    name: string;
    arg: string;
} | {
    type: 'message';
    text: string;
};
export declare function parseReplInput(line: string): ReplInput;
