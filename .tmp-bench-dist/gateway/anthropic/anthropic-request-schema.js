import { z } from 'zod';
/**
 * Anthropic Messages API request body (the parts a gateway can honour), validated at the edge
 * and published in /openapi.json. Loose objects: fields we do not know pass through unharmed.
 */
const cacheControl = z.looseObject({ type: z.literal('ephemeral'), ttl: z.enum(['5m', '1h']).optional() });
const textBlock = z.looseObject({ type: z.literal('text'), text: z.string(), cache_control: cacheControl.nullish() });
const imageSource = z.discriminatedUnion('type', [
    z.looseObject({ type: z.literal('base64'), media_type: z.string().min(1), data: z.string().min(1) }),
    z.looseObject({ type: z.literal('url'), url: z.string().min(1) }),
]);
const imageBlock = z.looseObject({ type: z.literal('image'), source: imageSource, cache_control: cacheControl.nullish() });
const documentBlock = z.looseObject({
    type: z.literal('document'),
    source: z.looseObject({ type: z.string() }),
    title: z.string().nullish(),
    cache_control: cacheControl.nullish(),
});
const toolUseBlock = z.looseObject({
    type: z.literal('tool_use'),
    id: z.string().min(1),
    name: z.string().min(1),
    input: z.unknown(),
    cache_control: cacheControl.nullish(),
});
const toolResultBlock = z.looseObject({
    type: z.literal('tool_result'),
    tool_use_id: z.string().min(1),
    content: z.union([z.string(), z.array(z.union([textBlock, imageBlock]))]).optional(),
    is_error: z.boolean().optional(),
    cache_control: cacheControl.nullish(),
});
const thinkingBlock = z.looseObject({ type: z.literal('thinking'), thinking: z.string(), signature: z.string().optional() });
const redactedThinkingBlock = z.looseObject({ type: z.literal('redacted_thinking'), data: z.string() });
export const anthropicContentBlockSchema = z.discriminatedUnion('type', [
    textBlock,
    imageBlock,
    documentBlock,
    toolUseBlock,
    toolResultBlock,
    thinkingBlock,
    redactedThinkingBlock,
]);
export const anthropicMessageSchema = z.looseObject({
    role: z.enum(['user', 'assistant']),
    content: z.union([z.string(), z.array(anthropicContentBlockSchema)]),
});
const customTool = z.looseObject({
    type: z.literal('custom').optional(),
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,128}$/, 'must be 1-128 letters, digits, _ or -'),
    description: z.string().optional(),
    input_schema: z.record(z.string(), z.unknown()),
    cache_control: cacheControl.nullish(),
});
export const anthropicRequestSchema = z.looseObject({
    model: z.string().min(1),
    max_tokens: z.number().int().positive(),
    messages: z.array(anthropicMessageSchema).min(1, 'must contain at least one message'),
    system: z.union([z.string(), z.array(textBlock)]).optional(),
    stop_sequences: z.array(z.string()).optional(),
    stream: z.boolean().optional(),
    temperature: z.number().min(0).max(1).optional(),
    top_p: z.number().min(0).max(1).optional(),
    top_k: z.number().int().nonnegative().optional(),
    tools: z.array(customTool).optional(),
    tool_choice: z
        .union([
        z.looseObject({ type: z.enum(['auto', 'any', 'none']), disable_parallel_tool_use: z.boolean().optional() }),
        z.looseObject({ type: z.literal('tool'), name: z.string().min(1), disable_parallel_tool_use: z.boolean().optional() }),
    ])
        .optional(),
    thinking: z
        .union([
        z.looseObject({ type: z.literal('enabled'), budget_tokens: z.number().int().positive() }),
        z.looseObject({ type: z.literal('disabled') }),
        z.looseObject({ type: z.literal('adaptive') }),
    ])
        .optional(),
    metadata: z.looseObject({ user_id: z.string().nullish() }).optional(),
});
export const anthropicCountTokensSchema = anthropicRequestSchema.omit({ max_tokens: true, stream: true }).extend({});
//# sourceMappingURL=anthropic-request-schema.js.map