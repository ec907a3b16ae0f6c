import type { FakeRule } from './fake-rule.js';
import type { RequestLogEntry } from './request-log-entry.js';
export interface FakeUpstreamHealth {
    ok: boolean;
    protocols: string[];
    rules: number;
    requests: number;
}
/** The control API of a fake running in another process, with the in-process method names. */
export interface FakeUpstreamClient {
    readonly url: string;
    addRule(rule: FakeRule): Promise<string>;
    addRules(rules: FakeRule[]): Promise<string[]>;
    removeRule(id: string): Promise<boolean>;
    clearRules(): Promise<void>;
    requests(): Promise<RequestLogEntry[]>;
    clearRequests(): Promise<void>;
    reset(): Promise<void>;
    waitForRequests(n: number, timeoutMs?: number): Promise<RequestLogEntry[]>;
    health(): Promise<FakeUpstreamHealth>;
}
/** Drives a fake upstream over HTTP (`/__fake/*`), e.g. one started with `main.js` or by the gateway's demo mode. */
export declare function connectFakeUpstream(url: string): FakeUpstreamClient;
