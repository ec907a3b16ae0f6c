import { z } from 'zod';
/**
 * The VERSION 2 settings shape (vv-llm compatible) as zod schemas. Objects are loose so settings
 * written for vv-llm keep loading; unknown keys are reported as warnings by `parseSettings`.
 */
export declare const ENDPOINT_TYPES: readonly ["default", "openai", "anthropic", "gemini", "openai_azure", "azure_openai", "openai_vertex", "vertex", "gemini_vertex", "anthropic_vertex", "anthropic_bedrock", "bedrock"];
export declare const KEY_SELECTIONS: readonly ["round_robin", "random", "weighted", "least_recently_limited"];
export declare const apiKeyEntrySchema: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    key: z.ZodString;
    id: z.ZodOptional<z.ZodString>;
    weight: z.ZodOptional<z.ZodNumber>;
    rpm: z.ZodOptional<z.ZodNumber>;
    tpm: z.ZodOptional<z.ZodNumber>;
    rpd: z.ZodOptional<z.ZodNumber>;
    enabled: z.ZodOptional<z.ZodBoolean>;
}, z.core.$loose>]>;
export declare const endpointSchema: z.ZodObject<{
    id: z.ZodString;
    api_base: z.ZodOptional<z.ZodString>;
    api_key: z.ZodOptional<z.ZodString>;
    api_keys: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        key: z.ZodString;
        id: z.ZodOptional<z.ZodString>;
        weight: z.ZodOptional<z.ZodNumber>;
        rpm: z.ZodOptional<z.ZodNumber>;
        tpm: z.ZodOptional<z.ZodNumber>;
        rpd: z.ZodOptional<z.ZodNumber>;
        enabled: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$loose>]>>>;
    endpoint_type: z.ZodOptional<z.ZodEnum<{
        openai: "openai";
        anthropic: "anthropic";
        gemini: "gemini";
        azure_openai: "azure_openai";
        vertex: "vertex";
        bedrock: "bedrock";
        default: "default";
        openai_azure: "openai_azure";
        openai_vertex: "openai_vertex";
        gemini_vertex: "gemini_vertex";
        anthropic_vertex: "anthropic_vertex";
        anthropic_bedrock: "anthropic_bedrock";
    }>>;
    rpm: z.ZodOptional<z.ZodNumber>;
    tpm: z.ZodOptional<z.ZodNumber>;
    concurrent_requests: z.ZodOptional<z.ZodNumber>;
    enabled: z.ZodOptional<z.ZodBoolean>;
    proxy: z.ZodOptional<z.ZodString>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    key_selection: z.ZodOptional<z.ZodEnum<{
        round_robin: "round_robin";
        random: "random";
        weighted: "weighted";
        least_recently_limited: "least_recently_limited";
    }>>;
    timeout: z.ZodOptional<z.ZodNumber>;
    is_azure: z.ZodOptional<z.ZodBoolean>;
    is_vertex: z.ZodOptional<z.ZodBoolean>;
    is_bedrock: z.ZodOptional<z.ZodBoolean>;
    region: z.ZodOptional<z.ZodString>;
    api_version: z.ZodOptional<z.ZodString>;
    credentials: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$loose>;
export declare const modelEndpointRefSchema: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    endpoint_id: z.ZodString;
    model_id: z.ZodOptional<z.ZodString>;
    rpm: z.ZodOptional<z.ZodNumber>;
    tpm: z.ZodOptional<z.ZodNumber>;
    concurrent_requests: z.ZodOptional<z.ZodNumber>;
    weight: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>]>;
export declare const modelSchema: z.ZodObject<{
    id: z.ZodOptional<z.ZodString>;
    endpoints: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        endpoint_id: z.ZodString;
        model_id: z.ZodOptional<z.ZodString>;
        rpm: z.ZodOptional<z.ZodNumber>;
        tpm: z.ZodOptional<z.ZodNumber>;
        concurrent_requests: z.ZodOptional<z.ZodNumber>;
        weight: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>]>>>;
    function_call_available: z.ZodOptional<z.ZodBoolean>;
    response_format_available: z.ZodOptional<z.ZodBoolean>;
    native_multimodal: z.ZodOptional<z.ZodBoolean>;
    context_length: z.ZodOptional<z.ZodNumber>;
    max_output_tokens: z.ZodOptional<z.ZodNumber>;
    enabled: z.ZodOptional<z.ZodBoolean>;
    aliases: z.ZodOptional<z.ZodArray<z.ZodString>>;
    backup: z.ZodOptional<z.ZodBoolean>;
    pricing: z.ZodOptional<z.ZodObject<{
        input: z.ZodOptional<z.ZodNumber>;
        output: z.ZodOptional<z.ZodNumber>;
        cache_read: z.ZodOptional<z.ZodNumber>;
        cache_write: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>>;
}, z.core.$loose>;
export declare const backendSchema: z.ZodObject<{
    models: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
        id: z.ZodOptional<z.ZodString>;
        endpoints: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            endpoint_id: z.ZodString;
            model_id: z.ZodOptional<z.ZodString>;
            rpm: z.ZodOptional<z.ZodNumber>;
            tpm: z.ZodOptional<z.ZodNumber>;
            concurrent_requests: z.ZodOptional<z.ZodNumber>;
            weight: z.ZodOptional<z.ZodNumber>;
        }, z.core.$loose>]>>>;
        function_call_available: z.ZodOptional<z.ZodBoolean>;
        response_format_available: z.ZodOptional<z.ZodBoolean>;
        native_multimodal: z.ZodOptional<z.ZodBoolean>;
        context_length: z.ZodOptional<z.ZodNumber>;
        max_output_tokens: z.ZodOptional<z.ZodNumber>;
        enabled: z.ZodOptional<z.ZodBoolean>;
        aliases: z.ZodOptional<z.ZodArray<z.ZodString>>;
        backup: z.ZodOptional<z.ZodBoolean>;
        pricing: z.ZodOptional<z.ZodObject<{
            input: z.ZodOptional<z.ZodNumber>;
            output: z.ZodOptional<z.ZodNumber>;
            cache_read: z.ZodOptional<z.ZodNumber>;
            cache_write: z.ZodOptional<z.ZodNumber>;
        }, z.core.$loose>>;
    }, z.core.$loose>>>;
    default_endpoint: z.ZodOptional<z.ZodString>;
}, z.core.$loose>;
export declare const settingsSchema: z.ZodObject<{
    VERSION: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    endpoints: z.ZodDefault<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        api_base: z.ZodOptional<z.ZodString>;
        api_key: z.ZodOptional<z.ZodString>;
        api_keys: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            key: z.ZodString;
            id: z.ZodOptional<z.ZodString>;
            weight: z.ZodOptional<z.ZodNumber>;
            rpm: z.ZodOptional<z.ZodNumber>;
            tpm: z.ZodOptional<z.ZodNumber>;
            rpd: z.ZodOptional<z.ZodNumber>;
            enabled: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$loose>]>>>;
        endpoint_type: z.ZodOptional<z.ZodEnum<{
            openai: "openai";
            anthropic: "anthropic";
            gemini: "gemini";
            azure_openai: "azure_openai";
            vertex: "vertex";
            bedrock: "bedrock";
            default: "default";
            openai_azure: "openai_azure";
            openai_vertex: "openai_vertex";
            gemini_vertex: "gemini_vertex";
            anthropic_vertex: "anthropic_vertex";
            anthropic_bedrock: "anthropic_bedrock";
        }>>;
        rpm: z.ZodOptional<z.ZodNumber>;
        tpm: z.ZodOptional<z.ZodNumber>;
        concurrent_requests: z.ZodOptional<z.ZodNumber>;
        enabled: z.ZodOptional<z.ZodBoolean>;
        proxy: z.ZodOptional<z.ZodString>;
        headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        key_selection: z.ZodOptional<z.ZodEnum<{
            round_robin: "round_robin";
            random: "random";
            weighted: "weighted";
            least_recently_limited: "least_recently_limited";
        }>>;
        timeout: z.ZodOptional<z.ZodNumber>;
        is_azure: z.ZodOptional<z.ZodBoolean>;
        is_vertex: z.ZodOptional<z.ZodBoolean>;
        is_bedrock: z.ZodOptional<z.ZodBoolean>;
        region: z.ZodOptional<z.ZodString>;
        api_version: z.ZodOptional<z.ZodString>;
        credentials: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$loose>>>;
    backends: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
        models: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            endpoints: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                endpoint_id: z.ZodString;
                model_id: z.ZodOptional<z.ZodString>;
                rpm: z.ZodOptional<z.ZodNumber>;
                tpm: z.ZodOptional<z.ZodNumber>;
                concurrent_requests: z.ZodOptional<z.ZodNumber>;
                weight: z.ZodOptional<z.ZodNumber>;
            }, z.core.$loose>]>>>;
            function_call_available: z.ZodOptional<z.ZodBoolean>;
            response_format_available: z.ZodOptional<z.ZodBoolean>;
            native_multimodal: z.ZodOptional<z.ZodBoolean>;
            context_length: z.ZodOptional<z.ZodNumber>;
            max_output_tokens: z.ZodOptional<z.ZodNumber>;
            enabled: z.ZodOptional<z.ZodBoolean>;
            aliases: z.ZodOptional<z.ZodArray<z.ZodString>>;
            backup: z.ZodOptional<z.ZodBoolean>;
            pricing: z.ZodOptional<z.ZodObject<{
                input: z.ZodOptional<z.ZodNumber>;
                output: z.ZodOptional<z.ZodNumber>;
                cache_read: z.ZodOptional<z.ZodNumber>;
                cache_write: z.ZodOptional<z.ZodNumber>;
            }, z.core.$loose>>;
        }, z.core.$loose>>>;
        default_endpoint: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>>;
}, z.core.$loose>;
export type EndpointSettingsInput = z.input<typeof endpointSchema>;
export type ModelSettingsInput = z.input<typeof modelSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
