import { type Gateway } from './create-gateway.js';
import type { EngineFactory } from './engine/engine-factory.js';
import type { GatewayRuntime, ReloadResult } from './gateway-runtime.js';
import type { GatewayRouter } from './http/router.js';
export interface StartGatewayOptions {
    /** Config file (YAML or JSON). Default: ./stable-llm.yaml if present, else environment variables only. */
    configPath?: string;
    /** A config object instead of a file (embedding, tests). */
    config?: Record<string, unknown>;
    /** Override server.host (default 127.0.0.1). */
    host?: string;
    /** Override server.port (default 8000; 0 = any free port). */
    port?: number;
    /** Serve the built-in, clearly labelled simulated provider (`local/demo-*`). */
    demo?: boolean;
    /** Processes to run (node:cluster). Default server.workers, else 1. */
    workers?: number;
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    /** Watch the config file and hot-reload on change. Default true. */
    watch?: boolean;
    /** Install SIGTERM/SIGINT (drain + exit) and SIGHUP (reload) handlers. Default true. */
    handleSignals?: boolean;
    /** Print the startup banner (default: to stdout), or pass a function to receive it. */
    banner?: boolean | ((text: string) => void);
    /** Log destination (default: stdout, async). */
    logDestination?: NodeJS.WritableStream;
    /** `memory` keeps usage and keys in memory only (tests, read-only disks). */
    storeKind?: 'auto' | 'memory';
    /** Postgres schema for the store (tests isolate themselves). */
    postgresSchema?: string;
    /** Replace the resilience engine (tests). */
    engineFactory?: EngineFactory;
    /** Extra routes (plug-ins); the admin console registers itself automatically when present. */
    registerRoutes?: (router: GatewayRouter, runtime: GatewayRuntime) => void | Promise<void>;
}
export interface RunningGateway {
    url: string;
    port: number;
    /** Drains in-flight requests (bounded), flushes the usage log, closes stores and the demo provider. */
    close(): Promise<void>;
    /** Re-reads the config; a bad file is rejected and the running config kept. */
    reload(): Promise<ReloadResult>;
    /** The in-process gateway (undefined in a cluster primary, whose workers serve). */
    gateway: Gateway | undefined;
}
/**
 * `stable-llm serve`: config → stores → engine → HTTP server, with hot reload, signals, the
 * startup banner and `--workers`. Heavy modules (drivers, tokenizers, the demo server) load only
 * when used, to keep cold start small.
 */
export declare function startGateway(options?: StartGatewayOptions): Promise<RunningGateway>;
