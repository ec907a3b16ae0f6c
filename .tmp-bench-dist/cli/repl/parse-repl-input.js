// Bare words that end the session, as in the seed's CLI (and what people type anyway).
const EXIT_WORDS = new Set(['exit', 'quit', 'bye', ':q', '/exit', '/quit', '/bye', '/q']);
export function parseReplInput(line) {
    const text = line.trim();
    if (!text)
        return { type: 'empty' };
    if (EXIT_WORDS.has(text.toLowerCase()))
        return { type: 'exit' };
    // `/` + a word is a command; `/usr/bin …` or `// comment` is a message.
    const m = /^\/([a-z?][a-z-]*)(?:\s+([\s\S]*))?$/i.exec(text);
    if (m)
        return { type: 'command', name: m[1].toLowerCase(), arg: (m[2] ?? '').trim() };
    return { type: 'message', text: line };
}
//# sourceMappingURL=parse-repl-input.js.map