import { z } from 'zod';
export declare const gatewayKeySchema: z.ZodObject<{
    id: z.ZodString;
    key: z.ZodString;
    name: z.ZodOptional<z.ZodString>;
    models: z.ZodOptional<z.ZodArray<z.ZodString>>;
    rpm: z.ZodOptional<z.ZodNumber>;
    tpm: z.ZodOptional<z.ZodNumber>;
    budget_usd: z.ZodOptional<z.ZodNumber>;
    expires_at: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodDate]>>;
    enabled: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const corsSchema: z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
    origins: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<"*">, z.ZodArray<z.ZodString>]>>;
    credentials: z.ZodOptional<z.ZodBoolean>;
    max_age: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>]>;
export declare const serverSchema: z.ZodObject<{
    host: z.ZodOptional<z.ZodString>;
    port: z.ZodOptional<z.ZodNumber>;
    master_key: z.ZodOptional<z.ZodString>;
    admin_key: z.ZodOptional<z.ZodString>;
    keys: z.ZodOptional<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        key: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        models: z.ZodOptional<z.ZodArray<z.ZodString>>;
        rpm: z.ZodOptional<z.ZodNumber>;
        tpm: z.ZodOptional<z.ZodNumber>;
        budget_usd: z.ZodOptional<z.ZodNumber>;
        expires_at: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodDate]>>;
        enabled: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>>;
    body_limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    upload_limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    cors: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
        origins: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<"*">, z.ZodArray<z.ZodString>]>>;
        credentials: z.ZodOptional<z.ZodBoolean>;
        max_age: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>]>>;
    request_timeout: z.ZodOptional<z.ZodNumber>;
    shutdown_timeout: z.ZodOptional<z.ZodNumber>;
    log_level: z.ZodOptional<z.ZodEnum<{
        error: "error";
        fatal: "fatal";
        warn: "warn";
        info: "info";
        debug: "debug";
        trace: "trace";
        silent: "silent";
    }>>;
    log_requests: z.ZodOptional<z.ZodBoolean>;
    workers: z.ZodOptional<z.ZodNumber>;
    public_url: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const limitsSchema: z.ZodObject<{
    rpm: z.ZodOptional<z.ZodNumber>;
    tpm: z.ZodOptional<z.ZodNumber>;
    per_key: z.ZodOptional<z.ZodObject<{
        rpm: z.ZodOptional<z.ZodNumber>;
        tpm: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    per_model: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        rpm: z.ZodOptional<z.ZodNumber>;
        tpm: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const storesSchema: z.ZodObject<{
    sqlite_path: z.ZodOptional<z.ZodString>;
    database_url: z.ZodOptional<z.ZodString>;
    redis_url: z.ZodOptional<z.ZodString>;
    usage_log: z.ZodOptional<z.ZodBoolean>;
    flush_interval_ms: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const activeSchema: z.ZodObject<{
    chat: z.ZodOptional<z.ZodString>;
    vision: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const gatewayConfigSchema: z.ZodObject<{
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
    $schema: z.ZodOptional<z.ZodString>;
    server: z.ZodOptional<z.ZodObject<{
        host: z.ZodOptional<z.ZodString>;
        port: z.ZodOptional<z.ZodNumber>;
        master_key: z.ZodOptional<z.ZodString>;
        admin_key: z.ZodOptional<z.ZodString>;
        keys: z.ZodOptional<z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            key: z.ZodString;
            name: z.ZodOptional<z.ZodString>;
            models: z.ZodOptional<z.ZodArray<z.ZodString>>;
            rpm: z.ZodOptional<z.ZodNumber>;
            tpm: z.ZodOptional<z.ZodNumber>;
            budget_usd: z.ZodOptional<z.ZodNumber>;
            expires_at: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodDate]>>;
            enabled: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>>;
        body_limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        upload_limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        cors: z.ZodOptional<z.ZodUnion<readonly [z.ZodBoolean, z.ZodObject<{
            origins: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<"*">, z.ZodArray<z.ZodString>]>>;
            credentials: z.ZodOptional<z.ZodBoolean>;
            max_age: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>]>>;
        request_timeout: z.ZodOptional<z.ZodNumber>;
        shutdown_timeout: z.ZodOptional<z.ZodNumber>;
        log_level: z.ZodOptional<z.ZodEnum<{
            error: "error";
            fatal: "fatal";
            warn: "warn";
            info: "info";
            debug: "debug";
            trace: "trace";
            silent: "silent";
        }>>;
        log_requests: z.ZodOptional<z.ZodBoolean>;
        workers: z.ZodOptional<z.ZodNumber>;
        public_url: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    routes: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        target: z.ZodString;
        weight: z.ZodOptional<z.ZodNumber>;
        priority: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>]>>, z.ZodObject<{
        strategy: z.ZodDefault<z.ZodEnum<{
            weighted: "weighted";
            priority: "priority";
            ordered: "ordered";
        }>>;
        targets: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            target: z.ZodString;
            weight: z.ZodOptional<z.ZodNumber>;
            priority: z.ZodOptional<z.ZodNumber>;
        }, z.core.$loose>]>>;
        hedge_after_ms: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"p95">]>>;
    }, z.core.$loose>]>>>;
    limits: z.ZodOptional<z.ZodObject<{
        rpm: z.ZodOptional<z.ZodNumber>;
        tpm: z.ZodOptional<z.ZodNumber>;
        per_key: z.ZodOptional<z.ZodObject<{
            rpm: z.ZodOptional<z.ZodNumber>;
            tpm: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        per_model: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
            rpm: z.ZodOptional<z.ZodNumber>;
            tpm: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    stores: z.ZodOptional<z.ZodObject<{
        sqlite_path: z.ZodOptional<z.ZodString>;
        database_url: z.ZodOptional<z.ZodString>;
        redis_url: z.ZodOptional<z.ZodString>;
        usage_log: z.ZodOptional<z.ZodBoolean>;
        flush_interval_ms: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    active: z.ZodOptional<z.ZodObject<{
        chat: z.ZodOptional<z.ZodString>;
        vision: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    service_order: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$loose>;
export type GatewayConfigInput = z.input<typeof gatewayConfigSchema>;
export type GatewayKeyInput = z.output<typeof gatewayKeySchema>;
