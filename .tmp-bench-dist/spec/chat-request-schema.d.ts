import { z } from 'zod';
export declare const chatMessageSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
}, z.core.$loose>], "role">;
export declare const toolDefinitionSchema: z.ZodObject<{
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
}, z.core.$loose>;
export declare const chatRequestSchema: z.ZodObject<{
    model: z.ZodOptional<z.ZodString>;
    messages: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    }, z.core.$loose>], "role">>;
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
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        auto: "auto";
        none: "none";
        required: "required";
    }>, z.ZodObject<{
        type: z.ZodLiteral<"function">;
        function: z.ZodObject<{
            name: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>]>>;
    parallel_tool_calls: z.ZodOptional<z.ZodBoolean>;
    response_format: z.ZodOptional<z.ZodUnion<readonly [z.ZodObject<{
        type: z.ZodLiteral<"text">;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"json_object">;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"json_schema">;
        json_schema: z.ZodObject<{
            name: z.ZodString;
            schema: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            strict: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
        }, z.core.$loose>;
    }, z.core.$loose>]>>;
    temperature: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    top_p: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    max_tokens: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    max_completion_tokens: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    stop: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>>;
    seed: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    n: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    presence_penalty: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    frequency_penalty: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    logit_bias: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodNumber>>>;
    user: z.ZodOptional<z.ZodString>;
    stream: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
    stream_options: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        include_usage: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$loose>>>;
    reasoning_effort: z.ZodOptional<z.ZodEnum<{
        low: "low";
        high: "high";
        none: "none";
        minimal: "minimal";
        medium: "medium";
        xhigh: "xhigh";
        max: "max";
    }>>;
    thinking: z.ZodOptional<z.ZodObject<{
        type: z.ZodEnum<{
            enabled: "enabled";
            disabled: "disabled";
            adaptive: "adaptive";
        }>;
        budget_tokens: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>>;
    provider_options: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
}, z.core.$loose>;
