import { z } from 'zod';
/**
 * Response shapes, for the OpenAPI document only (responses are built by code, not parsed).
 * Kept close to the wire so SDK users recognise them.
 */
const usage = z.object({
    prompt_tokens: z.number().int(),
    completion_tokens: z.number().int(),
    total_tokens: z.number().int(),
    prompt_tokens_details: z
        .object({ cached_tokens: z.number().int().optional(), cache_write_tokens: z.number().int().optional() })
        .optional(),
    completion_tokens_details: z.object({ reasoning_tokens: z.number().int().optional() }).optional(),
});
const toolCall = z.object({ id: z.string(), type: z.literal('function'), function: z.object({ name: z.string(), arguments: z.string() }) });
export const chatCompletionSchema = z
    .object({
    id: z.string(),
    object: z.literal('chat.completion'),
    created: z.number().int(),
    model: z.string().describe('Upstream model id that answered.'),
    choices: z.array(z.object({
        index: z.number().int(),
        message: z.object({
            role: z.literal('assistant'),
            content: z.string().nullable(),
            reasoning_content: z.string().optional().describe("stable-llm extension: the model's reasoning."),
            tool_calls: z.array(toolCall).optional(),
        }),
        finish_reason: z.enum(['stop', 'length', 'tool_calls', 'content_filter', 'function_call']),
    })),
    usage,
})
    .describe('OpenAI chat.completion. With stream: true the body is text/event-stream of chat.completion.chunk events ending with data: [DONE].');
export const openaiErrorSchema = z
    .object({
    error: z.object({
        message: z.string(),
        type: z.string(),
        param: z.string().nullable(),
        code: z.string().nullable(),
        attempts: z.array(z.record(z.string(), z.unknown())).optional().describe('Every upstream try when all failed (masked).'),
    }),
})
    .describe('OpenAI-style error.');
export const anthropicMessageResponseSchema = z.object({
    id: z.string(),
    type: z.literal('message'),
    role: z.literal('assistant'),
    model: z.string(),
    content: z.array(z.record(z.string(), z.unknown())).describe('thinking, text and tool_use blocks.'),
    stop_reason: z.enum(['end_turn', 'max_tokens', 'tool_use', 'stop_sequence', 'refusal']),
    stop_sequence: z.string().nullable(),
    usage: z.object({
        input_tokens: z.number().int(),
        output_tokens: z.number().int(),
        cache_creation_input_tokens: z.number().int(),
        cache_read_input_tokens: z.number().int(),
    }),
});
export const anthropicErrorSchema = z.object({
    type: z.literal('error'),
    error: z.object({ type: z.string(), message: z.string() }),
    request_id: z.string(),
});
export const modelListSchema = z.object({
    object: z.literal('list'),
    data: z.array(z
        .object({
        id: z.string().describe('backend/model, or a route name'),
        object: z.literal('model'),
        created: z.number().int(),
        owned_by: z.string(),
    })
        .loose()),
});
export const visionMultipartSchema = z.object({
    image: z.string().describe('The image file (PNG, JPEG, GIF, WebP).').meta({ format: 'binary' }),
    prompt: z.string().optional().describe('Default: "Describe this image in detail."'),
    model: z.string().optional().describe('Default: the active vision model.'),
    stream: z.enum(['true', 'false']).optional(),
    temperature: z.string().optional(),
    max_tokens: z.string().optional(),
});
export const visionJsonSchema = z.object({
    image: z.string().describe('data:image/...;base64 URL or http(s) URL.'),
    prompt: z.string().optional(),
    model: z.string().optional(),
    stream: z.boolean().optional(),
    temperature: z.number().optional(),
    max_tokens: z.number().int().optional(),
});
export const simpleChatEventSchema = z
    .object({ content: z.string() })
    .describe('One event: data: {"content": "..."}; the stream ends with data: [DONE].');
export const tokenCountSchema = z
    .object({ model: z.string(), tokens: z.number().int(), total_tokens: z.number().int(), family: z.string(), estimated: z.boolean() })
    .loose();
//# sourceMappingURL=response-schemas.js.map