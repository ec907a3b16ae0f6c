/** Text routed to the answer and to the reasoning by one push. */
export interface ThinkSplit {
    content: string;
    reasoning: string;
}
/**
 * Stateful splitter for `<think>…</think>` reasoning inlined in content (MiniMax by default, Groq
 * `raw`, local models). Tags may be cut anywhere between chunks: a suffix that could still become a
 * tag is held back until the next push. Cosmetic whitespace is removed the same way whatever the
 * chunking: leading whitespace after either tag, and trailing whitespace before `</think>`, so the
 * output for a stream equals the output for the whole text.
 */
export declare class ThinkTagSplitter {
    private inside;
    /** End of the previous push that may be the start of a tag. */
    private partial;
    /** Whitespace inside reasoning held back in case `</think>` follows it. */
    private heldSpace;
    private trimContentStart;
    private trimReasoningStart;
    push(text: string): ThinkSplit;
    /** End of text: a held partial tag was literal text after all; an unclosed think block ends. */
    flush(): ThinkSplit;
    private toggle;
    private emit;
}
/** Splits a complete text at once (non-streaming responses). */
export declare function splitThinkTags(text: string): ThinkSplit;
