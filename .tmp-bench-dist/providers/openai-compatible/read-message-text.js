import { isRecord, readString } from '../classify/json-guards.js';
const DEFAULT_REASONING_FIELDS = ['reasoning_content', 'reasoning'];
/**
 * Reads answer text and reasoning from a message/delta object: `content` as a string or as
 * Mistral-style chunks (`text` parts, `thinking` parts) or else OpenAI's `refusal`; reasoning from
 * the vendor's fields in order, then MiniMax `reasoning_details: [{text}]`. Missing pieces are
 * empty strings.
 */
export function readMessageText(message, reasoningFields) {
    const out = { content: '', reasoning: '' };
    const content = message.content;
    if (typeof content === 'string')
        out.content = content;
    else if (Array.isArray(content))
        readContentParts(content, out);
    // OpenAI puts a safety refusal in `refusal` with null content; the canonical shape has no
    // refusal field, and dropping the text would leave the caller with an empty answer.
    if (out.content === '' && typeof message.refusal === 'string')
        out.content = message.refusal;
    for (const field of reasoningFields ?? DEFAULT_REASONING_FIELDS) {
        const value = readString(message[field]);
        if (value) {
            out.reasoning += value;
            break;
        }
    }
    if (out.reasoning === '' && Array.isArray(message.reasoning_details)) {
        for (const detail of message.reasoning_details) {
            if (isRecord(detail))
                out.reasoning += readString(detail.text) ?? '';
        }
    }
    return out;
}
function readContentParts(parts, out) {
    for (const part of parts) {
        if (typeof part === 'string') {
            out.content += part;
            continue;
        }
        if (!isRecord(part))
            continue;
        if (part.type === 'thinking') {
            const thinking = part.thinking;
            if (typeof thinking === 'string')
                out.reasoning += thinking;
            else if (Array.isArray(thinking)) {
                for (const t of thinking)
                    if (isRecord(t))
                        out.reasoning += readString(t.text) ?? '';
            }
        }
        else if (part.type === 'text' || part.type === undefined) {
            out.content += readString(part.text) ?? '';
        }
    }
}
//# sourceMappingURL=read-message-text.js.map