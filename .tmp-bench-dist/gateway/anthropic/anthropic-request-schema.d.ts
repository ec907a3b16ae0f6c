import { z } from 'zod';
export declare const anthropicContentBlockSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"text">;
    text: z.ZodString;
    cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        type: z.ZodLiteral<"ephemeral">;
        ttl: z.ZodOptional<z.ZodEnum<{
            "5m": "5m";
            "1h": "1h";
        }>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, z.ZodObject<{
    type: z.ZodLiteral<"image">;
    source: z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"base64">;
        media_type: z.ZodString;
        data: z.ZodString;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"url">;
        url: z.ZodString;
    }, z.core.$loose>], "type">;
    cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        type: z.ZodLiteral<"ephemeral">;
        ttl: z.ZodOptional<z.ZodEnum<{
            "5m": "5m";
            "1h": "1h";
        }>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, z.ZodObject<{
    type: z.ZodLiteral<"document">;
    source: z.ZodObject<{
        type: z.ZodString;
    }, z.core.$loose>;
    title: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        type: z.ZodLiteral<"ephemeral">;
        ttl: z.ZodOptional<z.ZodEnum<{
            "5m": "5m";
            "1h": "1h";
        }>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, z.ZodObject<{
    type: z.ZodLiteral<"tool_use">;
    id: z.ZodString;
    name: z.ZodString;
    input: z.ZodUnknown;
    cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        type: z.ZodLiteral<"ephemeral">;
        ttl: z.ZodOptional<z.ZodEnum<{
            "5m": "5m";
            "1h": "1h";
        }>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, z.ZodObject<{
    type: z.ZodLiteral<"tool_result">;
    tool_use_id: z.ZodString;
    content: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
        type: z.ZodLiteral<"text">;
        text: z.ZodString;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"image">;
        source: z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"base64">;
            media_type: z.ZodString;
            data: z.ZodString;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"url">;
            url: z.ZodString;
        }, z.core.$loose>], "type">;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>]>>]>>;
    is_error: z.ZodOptional<z.ZodBoolean>;
    cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        type: z.ZodLiteral<"ephemeral">;
        ttl: z.ZodOptional<z.ZodEnum<{
            "5m": "5m";
            "1h": "1h";
        }>>;
    }, z.core.$loose>>>;
}, z.core.$loose>, z.ZodObject<{
    type: z.ZodLiteral<"thinking">;
    thinking: z.ZodString;
    signature: z.ZodOptional<z.ZodString>;
}, z.core.$loose>, z.ZodObject<{
    type: z.ZodLiteral<"redacted_thinking">;
    data: z.ZodString;
}, z.core.$loose>], "type">;
export declare const anthropicMessageSchema: z.ZodObject<{
    role: z.ZodEnum<{
        user: "user";
        assistant: "assistant";
    }>;
    content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"text">;
        text: z.ZodString;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"image">;
        source: z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"base64">;
            media_type: z.ZodString;
            data: z.ZodString;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"url">;
            url: z.ZodString;
        }, z.core.$loose>], "type">;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"document">;
        source: z.ZodObject<{
            type: z.ZodString;
        }, z.core.$loose>;
        title: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"tool_use">;
        id: z.ZodString;
        name: z.ZodString;
        input: z.ZodUnknown;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"tool_result">;
        tool_use_id: z.ZodString;
        content: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"image">;
            source: z.ZodDiscriminatedUnion<[z.ZodObject<{
                type: z.ZodLiteral<"base64">;
                media_type: z.ZodString;
                data: z.ZodString;
            }, z.core.$loose>, z.ZodObject<{
                type: z.ZodLiteral<"url">;
                url: z.ZodString;
            }, z.core.$loose>], "type">;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>]>>]>>;
        is_error: z.ZodOptional<z.ZodBoolean>;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"thinking">;
        thinking: z.ZodString;
        signature: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"redacted_thinking">;
        data: z.ZodString;
    }, z.core.$loose>], "type">>]>;
}, z.core.$loose>;
export declare const anthropicRequestSchema: z.ZodObject<{
    model: z.ZodString;
    max_tokens: z.ZodNumber;
    messages: z.ZodArray<z.ZodObject<{
        role: z.ZodEnum<{
            user: "user";
            assistant: "assistant";
        }>;
        content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"image">;
            source: z.ZodDiscriminatedUnion<[z.ZodObject<{
                type: z.ZodLiteral<"base64">;
                media_type: z.ZodString;
                data: z.ZodString;
            }, z.core.$loose>, z.ZodObject<{
                type: z.ZodLiteral<"url">;
                url: z.ZodString;
            }, z.core.$loose>], "type">;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"document">;
            source: z.ZodObject<{
                type: z.ZodString;
            }, z.core.$loose>;
            title: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"tool_use">;
            id: z.ZodString;
            name: z.ZodString;
            input: z.ZodUnknown;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"tool_result">;
            tool_use_id: z.ZodString;
            content: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
                type: z.ZodLiteral<"text">;
                text: z.ZodString;
                cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                    type: z.ZodLiteral<"ephemeral">;
                    ttl: z.ZodOptional<z.ZodEnum<{
                        "5m": "5m";
                        "1h": "1h";
                    }>>;
                }, z.core.$loose>>>;
            }, z.core.$loose>, z.ZodObject<{
                type: z.ZodLiteral<"image">;
                source: z.ZodDiscriminatedUnion<[z.ZodObject<{
                    type: z.ZodLiteral<"base64">;
                    media_type: z.ZodString;
                    data: z.ZodString;
                }, z.core.$loose>, z.ZodObject<{
                    type: z.ZodLiteral<"url">;
                    url: z.ZodString;
                }, z.core.$loose>], "type">;
                cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                    type: z.ZodLiteral<"ephemeral">;
                    ttl: z.ZodOptional<z.ZodEnum<{
                        "5m": "5m";
                        "1h": "1h";
                    }>>;
                }, z.core.$loose>>>;
            }, z.core.$loose>]>>]>>;
            is_error: z.ZodOptional<z.ZodBoolean>;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"thinking">;
            thinking: z.ZodString;
            signature: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"redacted_thinking">;
            data: z.ZodString;
        }, z.core.$loose>], "type">>]>;
    }, z.core.$loose>>;
    system: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
        type: z.ZodLiteral<"text">;
        text: z.ZodString;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>]>>;
    stop_sequences: z.ZodOptional<z.ZodArray<z.ZodString>>;
    stream: z.ZodOptional<z.ZodBoolean>;
    temperature: z.ZodOptional<z.ZodNumber>;
    top_p: z.ZodOptional<z.ZodNumber>;
    top_k: z.ZodOptional<z.ZodNumber>;
    tools: z.ZodOptional<z.ZodArray<z.ZodObject<{
        type: z.ZodOptional<z.ZodLiteral<"custom">>;
        name: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        input_schema: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodObject<{
        type: z.ZodEnum<{
            any: "any";
            auto: "auto";
            none: "none";
        }>;
        disable_parallel_tool_use: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"tool">;
        name: z.ZodString;
        disable_parallel_tool_use: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$loose>]>>;
    thinking: z.ZodOptional<z.ZodUnion<readonly [z.ZodObject<{
        type: z.ZodLiteral<"enabled">;
        budget_tokens: z.ZodNumber;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"disabled">;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"adaptive">;
    }, z.core.$loose>]>>;
    metadata: z.ZodOptional<z.ZodObject<{
        user_id: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$loose>>;
}, z.core.$loose>;
export declare const anthropicCountTokensSchema: z.ZodObject<{
    thinking: z.ZodOptional<z.ZodUnion<readonly [z.ZodObject<{
        type: z.ZodLiteral<"enabled">;
        budget_tokens: z.ZodNumber;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"disabled">;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"adaptive">;
    }, z.core.$loose>]>>;
    system: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodObject<{
        type: z.ZodLiteral<"text">;
        text: z.ZodString;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>]>>;
    model: z.ZodString;
    messages: z.ZodArray<z.ZodObject<{
        role: z.ZodEnum<{
            user: "user";
            assistant: "assistant";
        }>;
        content: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"image">;
            source: z.ZodDiscriminatedUnion<[z.ZodObject<{
                type: z.ZodLiteral<"base64">;
                media_type: z.ZodString;
                data: z.ZodString;
            }, z.core.$loose>, z.ZodObject<{
                type: z.ZodLiteral<"url">;
                url: z.ZodString;
            }, z.core.$loose>], "type">;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"document">;
            source: z.ZodObject<{
                type: z.ZodString;
            }, z.core.$loose>;
            title: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"tool_use">;
            id: z.ZodString;
            name: z.ZodString;
            input: z.ZodUnknown;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"tool_result">;
            tool_use_id: z.ZodString;
            content: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
                type: z.ZodLiteral<"text">;
                text: z.ZodString;
                cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                    type: z.ZodLiteral<"ephemeral">;
                    ttl: z.ZodOptional<z.ZodEnum<{
                        "5m": "5m";
                        "1h": "1h";
                    }>>;
                }, z.core.$loose>>>;
            }, z.core.$loose>, z.ZodObject<{
                type: z.ZodLiteral<"image">;
                source: z.ZodDiscriminatedUnion<[z.ZodObject<{
                    type: z.ZodLiteral<"base64">;
                    media_type: z.ZodString;
                    data: z.ZodString;
                }, z.core.$loose>, z.ZodObject<{
                    type: z.ZodLiteral<"url">;
                    url: z.ZodString;
                }, z.core.$loose>], "type">;
                cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                    type: z.ZodLiteral<"ephemeral">;
                    ttl: z.ZodOptional<z.ZodEnum<{
                        "5m": "5m";
                        "1h": "1h";
                    }>>;
                }, z.core.$loose>>>;
            }, z.core.$loose>]>>]>>;
            is_error: z.ZodOptional<z.ZodBoolean>;
            cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodLiteral<"ephemeral">;
                ttl: z.ZodOptional<z.ZodEnum<{
                    "5m": "5m";
                    "1h": "1h";
                }>>;
            }, z.core.$loose>>>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"thinking">;
            thinking: z.ZodString;
            signature: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>, z.ZodObject<{
            type: z.ZodLiteral<"redacted_thinking">;
            data: z.ZodString;
        }, z.core.$loose>], "type">>]>;
    }, z.core.$loose>>;
    tools: z.ZodOptional<z.ZodArray<z.ZodObject<{
        type: z.ZodOptional<z.ZodLiteral<"custom">>;
        name: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        input_schema: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        cache_control: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            type: z.ZodLiteral<"ephemeral">;
            ttl: z.ZodOptional<z.ZodEnum<{
                "5m": "5m";
                "1h": "1h";
            }>>;
        }, z.core.$loose>>>;
    }, z.core.$loose>>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodObject<{
        type: z.ZodEnum<{
            any: "any";
            auto: "auto";
            none: "none";
        }>;
        disable_parallel_tool_use: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$loose>, z.ZodObject<{
        type: z.ZodLiteral<"tool">;
        name: z.ZodString;
        disable_parallel_tool_use: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$loose>]>>;
    temperature: z.ZodOptional<z.ZodNumber>;
    top_p: z.ZodOptional<z.ZodNumber>;
    metadata: z.ZodOptional<z.ZodObject<{
        user_id: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$loose>>;
    stop_sequences: z.ZodOptional<z.ZodArray<z.ZodString>>;
    top_k: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>;
export type AnthropicRequest = z.output<typeof anthropicRequestSchema>;
export type AnthropicContentBlock = z.output<typeof anthropicContentBlockSchema>;
