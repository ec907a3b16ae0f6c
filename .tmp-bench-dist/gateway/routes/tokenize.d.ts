import { z } from 'zod';
import type { GatewayState } from '../gateway-state.js';
import type { RequestContext } from '../http/request-context.js';
export declare const tokenizeRequestSchema: z.ZodObject<{
    model: z.ZodOptional<z.ZodString>;
    text: z.ZodOptional<z.ZodString>;
    messages: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        role: z.ZodLiteral<"system">;
        content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            cache_control: z.ZodOptional<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$strip>>;
        }, z.core.$loose>>]>;
        name: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>, z.ZodObject<{
        role: z.ZodLiteral<"developer">;
        content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            cache_control: z.ZodOptional<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$strip>>;
        }, z.core.$loose>>]>;
        name: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>, z.ZodObject<{
        role: z.ZodLiteral<"user">;
        content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            cache_control: z.ZodOptional<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$strip>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"image_url">;
            image_url: z.ZodObject<{
                url: z.ZodString;
                detail: z.ZodOptional<z.ZodEnum<{
                    auto: "auto";
                    low: "low";
                    high: "high";
                }>>;
            }, z.core.$loose>;
            cache_control: z.ZodOptional<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$strip>>;
        }, z.core.$loose>], "type">>]>;
        name: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>, z.ZodObject<{
        role: z.ZodLiteral<"assistant">;
        content: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            cache_control: z.ZodOptional<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$strip>>;
        }, z.core.$loose>>, z.ZodNull]>>;
        name: z.ZodOptional<z.ZodString>;
        tool_calls: z.ZodOptional<z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            type: z.ZodLiteral<"function">;
            function: z.ZodObject<{
                name: z.ZodString;
                arguments: z.ZodString;
            }, z.core.$loose>;
        }, z.core.$loose>>>;
        reasoning_content: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        reasoning_details: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
            type: z.ZodLiteral<"thinking">;
            text: z.ZodString;
            signature: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"redacted_thinking">;
            data: z.ZodString;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"thought_signature">;
            signature: z.ZodString;
            tool_call_id: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>]>>>;
    }, z.core.$loose>, z.ZodObject<{
        role: z.ZodLiteral<"tool">;
        tool_call_id: z.ZodString;
        content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            cache_control: z.ZodOptional<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$strip>>;
        }, z.core.$loose>>]>;
    }, z.core.$loose>], "role">>>;
    tools: z.ZodOptional<z.ZodArray<z.ZodObject<{
        type: z.ZodLiteral<"function">;
        function: z.ZodObject<{
            name: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            parameters: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            strict: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
        }, z.core.$loose>;
        cache_control: z.ZodOptional<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$strip>>;
    }, z.core.$loose>>>;
}, z.core.$loose>;
export declare const countTokensRequestSchema: z.ZodObject<{
    text: z.ZodString;
    model: z.ZodOptional<z.ZodString>;
}, z.core.$loose>;
/** Upstream model id for a requested name, so the right tokenizer family is picked. */
export declare function tokenizerModel(state: GatewayState, requested: string | undefined): string;
/** POST /v1/tokenize — `{model?, text}` or `{model?, messages, tools?}` → token count with the model's own tokenizer. */
export declare function tokenize(ctx: RequestContext): Promise<void>;
/** POST /count_tokens — vv-llm's `{text, model}` → `{total_tokens}`. */
export declare function countTokens(ctx: RequestContext): Promise<void>;
