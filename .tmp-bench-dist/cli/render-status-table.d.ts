import type { Style } from './style.js';
/** The fields of a target's status the table shows (engine `TargetStatus`, or a gateway's `/status` entry). */
export interface StatusRow {
    available?: boolean;
    state?: string;
    failure_count?: number;
    cool_down_remaining?: number;
    latency_p50_ms?: number | null;
    latency_p95_ms?: number | null;
    total_requests?: number;
    success_rate?: number | null;
    last_error?: string | null;
    deployments?: unknown[];
}
/** Breakers, keys and latency per `backend/model`, coloured by state. */
export declare function renderStatusTable(status: Record<string, StatusRow>, style: Style): string;
