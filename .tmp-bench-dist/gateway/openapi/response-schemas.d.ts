import { z } from 'zod';
export declare const chatCompletionSchema: z.ZodObject<{
    id: z.ZodString;
    object: z.ZodLiteral<"chat.completion">;
    created: z.ZodNumber;
    model: z.ZodString;
    choices: z.ZodArray<z.ZodObject<{
        index: z.ZodNumber;
        message: z.ZodObject<{
            role: z.ZodLiteral<"assistant">;
            content: z.ZodNullable<z.ZodString>;
            reasoning_content: z.ZodOptional<z.ZodString>;
            tool_calls: z.ZodOptional<z.ZodArray<z.ZodObject<{
                id: z.ZodString;
                type: z.ZodLiteral<"function">;
                function: z.ZodObject<{
                    name: z.ZodString;
                    arguments: z.ZodString;
                }, z.core.$strip>;
            }, z.core.$strip>>>;
        }, z.core.$strip>;
        finish_reason: z.ZodEnum<{
            length: "length";
            stop: "stop";
            tool_calls: "tool_calls";
            content_filter: "content_filter";
            function_call: "function_call";
        }>;
    }, z.core.$strip>>;
    usage: z.ZodObject<{
        prompt_tokens: z.ZodNumber;
        completion_tokens: z.ZodNumber;
        total_tokens: z.ZodNumber;
        prompt_tokens_details: z.ZodOptional<z.ZodObject<{
            cached_tokens: z.ZodOptional<z.ZodNumber>;
            cache_write_tokens: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        completion_tokens_details: z.ZodOptional<z.ZodObject<{
            reasoning_tokens: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const openaiErrorSchema: z.ZodObject<{
    error: z.ZodObject<{
        message: z.ZodString;
        type: z.ZodString;
        param: z.ZodNullable<z.ZodString>;
        code: z.ZodNullable<z.ZodString>;
        attempts: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const anthropicMessageResponseSchema: z.ZodObject<{
    id: z.ZodString;
    type: z.ZodLiteral<"message">;
    role: z.ZodLiteral<"assistant">;
    model: z.ZodString;
    content: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    stop_reason: z.ZodEnum<{
        max_tokens: "max_tokens";
        tool_use: "tool_use";
        end_turn: "end_turn";
        stop_sequence: "stop_sequence";
        refusal: "refusal";
    }>;
    stop_sequence: z.ZodNullable<z.ZodString>;
    usage: z.ZodObject<{
        input_tokens: z.ZodNumber;
        output_tokens: z.ZodNumber;
        cache_creation_input_tokens: z.ZodNumber;
        cache_read_input_tokens: z.ZodNumber;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const anthropicErrorSchema: z.ZodObject<{
    type: z.ZodLiteral<"error">;
    error: z.ZodObject<{
        type: z.ZodString;
        message: z.ZodString;
    }, z.core.$strip>;
    request_id: z.ZodString;
}, z.core.$strip>;
export declare const modelListSchema: z.ZodObject<{
    object: z.ZodLiteral<"list">;
    data: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        object: z.ZodLiteral<"model">;
        created: z.ZodNumber;
        owned_by: z.ZodString;
    }, z.core.$loose>>;
}, z.core.$strip>;
export declare const visionMultipartSchema: z.ZodObject<{
    image: z.ZodString;
    prompt: z.ZodOptional<z.ZodString>;
    model: z.ZodOptional<z.ZodString>;
    stream: z.ZodOptional<z.ZodEnum<{
        false: "false";
        true: "true";
    }>>;
    temperature: z.ZodOptional<z.ZodString>;
    max_tokens: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const visionJsonSchema: z.ZodObject<{
    image: z.ZodString;
    prompt: z.ZodOptional<z.ZodString>;
    model: z.ZodOptional<z.ZodString>;
    stream: z.ZodOptional<z.ZodBoolean>;
    temperature: z.ZodOptional<z.ZodNumber>;
    max_tokens: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export declare const simpleChatEventSchema: z.ZodObject<{
    content: z.ZodString;
}, z.core.$strip>;
export declare const tokenCountSchema: z.ZodObject<{
    model: z.ZodString;
    tokens: z.ZodNumber;
    total_tokens: z.ZodNumber;
    family: z.ZodString;
    estimated: z.ZodBoolean;
}, z.core.$loose>;
