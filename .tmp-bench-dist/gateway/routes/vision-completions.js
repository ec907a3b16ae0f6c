import { validateChatRequest } from '../../spec/validate-chat-request.js';
import { countTries, noteServed, servedHeaders } from '../chat/note-served.js';
import { pipeEngineStream } from '../chat/pipe-engine-stream.js';
import { prepareChat } from '../chat/prepare-chat.js';
import { badRequest, GatewayHttpError } from '../http/http-error.js';
import { parseJsonObject } from '../http/parse-json-object.js';
import { readBody } from '../http/read-body.js';
import { sendJson } from '../http/send-json.js';
import { multipartBoundary } from '../multipart/multipart-parser.js';
import { readMultipart } from '../multipart/read-multipart.js';
import { OpenAISseEncoder } from '../openai/openai-sse-encoder.js';
import { toChatCompletion } from '../openai/to-chat-completion.js';
import { overheadOf } from './chat-completions.js';
import { sniffImageType } from './sniff-image-type.js';
export const DEFAULT_VISION_PROMPT = 'Describe this image in detail.';
/**
 * POST /api/v1/vision/completions: an image and a prompt in, a chat completion out (JSON or
 * OpenAI SSE with `stream`). Multipart (`image` file + `prompt`, `model`, `stream` fields) or
 * JSON (`image` as a data URL or http(s) URL, or a full chat request with `messages`). Without
 * `model` the active vision model answers.
 */
export async function visionCompletions(ctx) {
    const boundary = multipartBoundary(ctx.header('content-type'));
    let request;
    let bytes;
    if (boundary) {
        const parts = await readMultipart(ctx, boundary, ctx.state.config.server.uploadLimit);
        bytes = parts.reduce((n, p) => n + p.data.length, 0);
        request = buildRequest(fieldsFromParts(parts));
    }
    else if ((ctx.header('content-type') ?? 'application/json').includes('json')) {
        const body = await readBody(ctx, Math.max(ctx.state.config.server.bodyLimit, Math.ceil(ctx.state.config.server.uploadLimit * 1.4)));
        bytes = body.length;
        const json = parseJsonObject(body);
        request = Array.isArray(json.messages) ? validateChatRequest(json) : buildRequest(fieldsFromJson(json));
    }
    else {
        throw new GatewayHttpError({
            status: 415,
            type: 'invalid_request_error',
            code: 'unsupported_media_type',
            message: 'send multipart/form-data (image file + prompt) or application/json',
        });
    }
    const options = await prepareChat(ctx, request, 'vision', bytes);
    const id = `chatcmpl-${ctx.requestId.replace(/-/g, '')}`;
    const created = Math.floor(ctx.startedAtMs / 1000);
    if (request.stream) {
        const stream = ctx.state.engine.stream(request, options);
        await pipeEngineStream(ctx, stream, () => new OpenAISseEncoder(id, created, false, options.model ?? 'default'));
        return;
    }
    const result = await ctx.state.engine.complete(request, options);
    noteServed(ctx, {
        target: result.target,
        provider: result.provider,
        model: result.model,
        usage: result.usage,
        cost: result.cost,
        attempts: result.attempts,
    });
    const headers = servedHeaders(ctx, {
        keyId: result.keyId,
        attempts: result.attempts,
        tries: countTries(result.attempts),
        overheadMs: overheadOf(ctx, result.attempts),
        costUsd: result.cost?.total,
    });
    sendJson(ctx, 200, toChatCompletion(result, id, created), headers);
}
function fieldsFromParts(parts) {
    const field = (name) => {
        const p = parts.find((x) => x.name === name && x.filename === undefined);
        return p ? p.data.toString('utf8') : undefined;
    };
    const file = parts.find((p) => (p.name === 'image' || p.name === 'file') && p.filename !== undefined) ?? parts.find((p) => p.name === 'image');
    let image;
    if (file && file.filename !== undefined) {
        if (file.data.length === 0)
            throw badRequest('image: the uploaded file is empty', 'image');
        const declared = file.contentType?.split(';')[0].trim().toLowerCase();
        const type = declared?.startsWith('image/') ? declared : sniffImageType(file.data);
        if (!type)
            throw badRequest(`image: not an image (${declared ?? 'unknown type'}); send PNG, JPEG, GIF or WebP`, 'image');
        image = `data:${type};base64,${file.data.toString('base64')}`;
    }
    else {
        image = field('image') ?? field('image_url');
    }
    if (!image)
        throw badRequest('image: required (a file field named "image", or an image URL / data URL)', 'image');
    return {
        image,
        prompt: field('prompt'),
        model: field('model') || undefined,
        stream: parseBool(field('stream'), 'stream'),
        temperature: parseNum(field('temperature'), 'temperature'),
        max_tokens: parseNum(field('max_tokens'), 'max_tokens'),
    };
}
function fieldsFromJson(json) {
    const image = json.image ?? json.image_url;
    if (typeof image !== 'string' || image.length === 0)
        throw badRequest('image: required (a data URL or an http(s) URL)', 'image');
    const str = (k) => {
        const v = json[k];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string')
            throw badRequest(`${k}: must be a string`, k);
        return v;
    };
    const num = (k) => {
        const v = json[k];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'number')
            throw badRequest(`${k}: must be a number`, k);
        return v;
    };
    if (json.stream !== undefined && typeof json.stream !== 'boolean')
        throw badRequest('stream: must be a boolean', 'stream');
    return {
        image,
        prompt: str('prompt'),
        model: str('model'),
        stream: json.stream,
        temperature: num('temperature'),
        max_tokens: num('max_tokens'),
    };
}
function buildRequest(f) {
    if (!/^(data:image\/[a-z0-9.+-]+;base64,|https?:\/\/)/i.test(f.image))
        throw badRequest('image: must be a data:image/...;base64 URL or an http(s) URL', 'image');
    return validateChatRequest({
        model: f.model,
        messages: [
            {
                role: 'user',
                content: [
                    { type: 'text', text: f.prompt?.trim() || DEFAULT_VISION_PROMPT },
                    { type: 'image_url', image_url: { url: f.image } },
                ],
            },
        ],
        stream: f.stream,
        temperature: f.temperature,
        max_tokens: f.max_tokens,
    });
}
function parseBool(v, name) {
    if (v === undefined || v === '')
        return undefined;
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === '1' || s === 'yes')
        return true;
    if (s === 'false' || s === '0' || s === 'no')
        return false;
    throw badRequest(`${name}: must be true or false`, name);
}
function parseNum(v, name) {
    if (v === undefined || v.trim() === '')
        return undefined;
    const n = Number(v);
    if (!Number.isFinite(n))
        throw badRequest(`${name}: must be a number`, name);
    return n;
}
//# sourceMappingURL=vision-completions.js.map