const OPEN = '<think>';
const CLOSE = '</think>';
const WS = /^\s+/;
const TRAILING_WS = /\s+$/;
/**
 * Stateful splitter for `<think>…</think>` reasoning inlined in content (MiniMax by default, Groq
 * `raw`, local models). Tags may be cut anywhere between chunks: a suffix that could still become a
 * tag is held back until the next push. Cosmetic whitespace is removed the same way whatever the
 * chunking: leading whitespace after either tag, and trailing whitespace before `</think>`, so the
 * output for a stream equals the output for the whole text.
 */
export class ThinkTagSplitter {
    inside = false;
    /** End of the previous push that may be the start of a tag. */
    partial = '';
    /** Whitespace inside reasoning held back in case `</think>` follows it. */
    heldSpace = '';
    trimContentStart = false;
    trimReasoningStart = false;
    push(text) {
        const out = { content: '', reasoning: '' };
        let buf = this.partial + text;
        this.partial = '';
        while (buf.length > 0) {
            const tag = this.inside ? CLOSE : OPEN;
            const at = buf.indexOf(tag);
            if (at >= 0) {
                this.emit(buf.slice(0, at), out);
                buf = buf.slice(at + tag.length);
                this.toggle();
                continue;
            }
            const keep = partialTagLength(buf, tag);
            this.emit(buf.slice(0, buf.length - keep), out);
            this.partial = buf.slice(buf.length - keep);
            break;
        }
        return out;
    }
    /** End of text: a held partial tag was literal text after all; an unclosed think block ends. */
    flush() {
        const out = { content: '', reasoning: '' };
        const rest = this.partial;
        this.partial = '';
        this.emit(rest, out);
        this.heldSpace = '';
        return out;
    }
    toggle() {
        if (this.inside) {
            this.heldSpace = ''; // whitespace right before </think> is cosmetic
            this.trimContentStart = true;
        }
        else {
            this.trimReasoningStart = true;
        }
        this.inside = !this.inside;
    }
    emit(text, out) {
        if (text === '')
            return;
        if (!this.inside) {
            if (this.trimContentStart) {
                text = text.replace(WS, '');
                if (text === '')
                    return;
                this.trimContentStart = false;
            }
            out.content += text;
            return;
        }
        if (this.trimReasoningStart) {
            text = text.replace(WS, '');
            if (text === '')
                return;
            this.trimReasoningStart = false;
        }
        text = this.heldSpace + text;
        const trailing = TRAILING_WS.exec(text);
        if (trailing) {
            this.heldSpace = trailing[0];
            text = text.slice(0, trailing.index);
        }
        else {
            this.heldSpace = '';
        }
        out.reasoning += text;
    }
}
/** Length of the longest suffix of `text` that is a proper prefix of `tag`. */
function partialTagLength(text, tag) {
    const max = Math.min(tag.length - 1, text.length);
    for (let n = max; n > 0; n--) {
        if (tag.startsWith(text.slice(text.length - n)))
            return n;
    }
    return 0;
}
/** Splits a complete text at once (non-streaming responses). */
export function splitThinkTags(text) {
    const splitter = new ThinkTagSplitter();
    const a = splitter.push(text);
    const b = splitter.flush();
    return { content: a.content + b.content, reasoning: a.reasoning + b.reasoning };
}
//# sourceMappingURL=split-think-tags.js.map