/** Reads a whole input stream as UTF-8 (piped prompts, `tokens -`). */
export async function readStreamText(input) {
    const chunks = [];
    for await (const chunk of input)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
}
//# sourceMappingURL=read-stream-text.js.map