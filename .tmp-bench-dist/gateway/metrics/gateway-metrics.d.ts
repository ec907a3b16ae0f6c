import { Registry } from 'prom-client';
import type { BreakerState, TargetStatus } from '../../engine/engine-types.js';
/**
 * Prometheus metrics of one gateway process, on its own registry (several gateways can live in
 * one test process). Label sets are small and bounded: endpoint paths, configured targets,
 * status codes and error kinds; never request ids or key material.
 */
export declare class GatewayMetrics {
    readonly registry: Registry;
    private readonly requests;
    private readonly duration;
    private readonly ttft;
    private readonly tokens;
    private readonly cost;
    private readonly failovers;
    private readonly upstreamErrors;
    private readonly keyCooldowns;
    private readonly breaker;
    private readonly inflight;
    private readonly limited;
    private statusSource;
    constructor(options?: {
        defaultMetrics?: boolean;
        prefix?: string;
    });
    /** Where breaker states come from at scrape time (the current engine). */
    setStatusSource(source: () => Record<string, TargetStatus>): void;
    requestStarted(): void;
    requestFinished(endpoint: string, target: string | undefined, status: number, seconds: number): void;
    usage(target: string, promptTokens: number, completionTokens: number, costUsd: number): void;
    firstToken(target: string, seconds: number): void;
    failover(from: string, to: string): void;
    upstreamError(backend: string, kind: string): void;
    keyCooldown(endpoint: string): void;
    breakerChanged(target: string, state: BreakerState): void;
    gatewayLimited(scope: string): void;
    /** Cluster workers replace this with "ask the primary for every worker's metrics". */
    renderOverride: (() => Promise<string>) | undefined;
    render(): Promise<{
        contentType: string;
        body: string;
    }>;
    private collectBreakers;
}
