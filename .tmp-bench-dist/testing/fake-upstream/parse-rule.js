import { FAKE_ERROR_KINDS } from './fake-error-kind.js';
import { isRecord } from './guards.js';
/**
 * Checks a rule (from a test or from JSON over the control API) and returns a normalised copy:
 * header names lower-cased so they override the protocol's own. Errors name the offending field.
 */
export function parseRule(input, path = 'rule') {
    const r = record(input, path);
    const rule = {};
    for (const key of Object.keys(r))
        if (!RULE_KEYS.has(key))
            throw new TypeError(`${path}.${key}: unknown field`);
    if (r.name !== undefined)
        rule.name = str(r.name, `${path}.name`);
    if (r.match !== undefined)
        rule.match = parseMatch(r.match, `${path}.match`);
    if (r.times !== undefined) {
        rule.times = count(r.times, `${path}.times`);
        if (rule.times < 1)
            throw new TypeError(`${path}.times: must be at least 1`);
    }
    if (r.error !== undefined) {
        if (!FAKE_ERROR_KINDS.includes(r.error))
            throw new TypeError(`${path}.error: expected one of ${FAKE_ERROR_KINDS.join(', ')}`);
        rule.error = r.error;
    }
    if (r.errorMessage !== undefined)
        rule.errorMessage = str(r.errorMessage, `${path}.errorMessage`);
    if (r.status !== undefined) {
        const status = count(r.status, `${path}.status`);
        if (status < 100 || status > 999)
            throw new TypeError(`${path}.status: expected an HTTP status`);
        rule.status = status;
    }
    if (r.headers !== undefined) {
        const headers = record(r.headers, `${path}.headers`);
        rule.headers = {};
        for (const [name, value] of Object.entries(headers))
            rule.headers[name.toLowerCase()] = str(value, `${path}.headers.${name}`);
    }
    if (r.body !== undefined)
        rule.body = r.body;
    for (const key of ['delayMs', 'chunkDelayMs', 'dropAfterChunks', 'stallAfterChunks']) {
        if (r[key] !== undefined)
            rule[key] = count(r[key], `${path}.${key}`);
    }
    if (r.malformedChunk !== undefined) {
        rule.malformedChunk = typeof r.malformedChunk === 'boolean' ? r.malformedChunk : count(r.malformedChunk, `${path}.malformedChunk`);
    }
    if (r.streamError !== undefined)
        rule.streamError = parseStreamError(r.streamError, `${path}.streamError`);
    if (r.reply !== undefined)
        rule.reply = parseReply(r.reply, `${path}.reply`);
    return rule;
}
const RULE_KEYS = new Set([
    'name',
    'match',
    'times',
    'error',
    'errorMessage',
    'status',
    'headers',
    'body',
    'delayMs',
    'chunkDelayMs',
    'dropAfterChunks',
    'stallAfterChunks',
    'malformedChunk',
    'streamError',
    'reply',
]);
function parseMatch(input, path) {
    const m = record(input, path);
    const match = {};
    for (const key of Object.keys(m)) {
        if (key === 'stream')
            match.stream = bool(m.stream, `${path}.stream`);
        else if (key === 'protocol' || key === 'path' || key === 'model' || key === 'apiKey' || key === 'operation')
            match[key] = str(m[key], `${path}.${key}`);
        else
            throw new TypeError(`${path}.${key}: unknown field`);
    }
    return match;
}
function parseStreamError(input, path) {
    if (typeof input === 'boolean')
        return input;
    if (typeof input === 'number')
        return count(input, path);
    const s = record(input, path);
    const spec = {};
    if (s.afterChunks !== undefined)
        spec.afterChunks = count(s.afterChunks, `${path}.afterChunks`);
    if (s.body !== undefined)
        spec.body = s.body;
    return spec;
}
function parseReply(input, path) {
    const r = record(input, path);
    const reply = {};
    if (r.content !== undefined)
        reply.content = str(r.content, `${path}.content`);
    if (r.contentChunks !== undefined)
        reply.contentChunks = list(r.contentChunks, `${path}.contentChunks`).map((c, i) => str(c, `${path}.contentChunks[${i}]`));
    if (r.reasoning !== undefined)
        reply.reasoning = str(r.reasoning, `${path}.reasoning`);
    if (r.reasoningField !== undefined) {
        if (r.reasoningField !== 'reasoning_content' && r.reasoningField !== 'reasoning' && r.reasoningField !== 'think_tags') {
            throw new TypeError(`${path}.reasoningField: expected reasoning_content, reasoning or think_tags`);
        }
        reply.reasoningField = r.reasoningField;
    }
    if (r.finishReason !== undefined)
        reply.finishReason = str(r.finishReason, `${path}.finishReason`);
    if (r.toolCalls !== undefined)
        reply.toolCalls = list(r.toolCalls, `${path}.toolCalls`).map((c, i) => parseToolCall(c, `${path}.toolCalls[${i}]`));
    if (r.usage !== undefined) {
        const u = record(r.usage, `${path}.usage`);
        const usage = {};
        for (const key of ['inputTokens', 'outputTokens', 'reasoningTokens', 'cachedTokens']) {
            if (u[key] !== undefined)
                usage[key] = count(u[key], `${path}.usage.${key}`);
        }
        reply.usage = usage;
    }
    return reply;
}
function parseToolCall(input, path) {
    const c = record(input, path);
    const call = { name: str(c.name, `${path}.name`) };
    if (c.id !== undefined)
        call.id = str(c.id, `${path}.id`);
    if (c.arguments !== undefined)
        call.arguments = typeof c.arguments === 'string' ? c.arguments : record(c.arguments, `${path}.arguments`);
    return call;
}
function record(value, path) {
    if (!isRecord(value))
        throw new TypeError(`${path}: expected an object`);
    return value;
}
function list(value, path) {
    if (!Array.isArray(value))
        throw new TypeError(`${path}: expected an array`);
    return value;
}
function str(value, path) {
    if (typeof value !== 'string')
        throw new TypeError(`${path}: expected a string`);
    return value;
}
function bool(value, path) {
    if (typeof value !== 'boolean')
        throw new TypeError(`${path}: expected a boolean`);
    return value;
}
function count(value, path) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        throw new TypeError(`${path}: expected a non-negative integer`);
    return value;
}
//# sourceMappingURL=parse-rule.js.map