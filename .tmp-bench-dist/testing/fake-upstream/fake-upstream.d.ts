import type { FakeRule } from './fake-rule.js';
import type { ProtocolHandler } from './protocol-handler.js';
import type { RequestLogEntry } from './request-log-entry.js';
export interface FakeUpstreamOptions {
    /** 0 (default) picks a free port. */
    port?: number;
    /** Default `127.0.0.1`. */
    host?: string;
    /** Reject requests real providers reject (missing `max_tokens`, unpaired tool results…). Default true. */
    strict?: boolean;
    /** Replaces `Hello from <model>! You said: <text>` as the default reply text. */
    defaultText?: string;
    /** Model ids listed by the `GET …/models` routes. */
    models?: string[];
    /** Answer 401-style (native `auth` error) when a request carries no key at all. Default false. */
    requireApiKey?: boolean;
    /** Extra protocols, tried before the built-ins. */
    protocols?: ProtocolHandler[];
    /** Rules installed at start. */
    rules?: FakeRule[];
    /** The log keeps at most this many entries, dropping the oldest (default 10,000). */
    maxLogEntries?: number;
}
export interface FakeUpstream {
    /** `http://127.0.0.1:PORT`, no trailing slash. */
    readonly url: string;
    readonly port: number;
    readonly host: string;
    /** The live request log, oldest first. */
    readonly requests: readonly RequestLogEntry[];
    /** Returns the rule id (`rule-1`). */
    addRule(rule: FakeRule): string;
    removeRule(id: string): boolean;
    clearRules(): void;
    clearRequests(): void;
    /** Clears rules and the request log. */
    reset(): void;
    /** Resolves with the log once it holds at least `n` entries; rejects after `timeoutMs` (default 5 s). */
    waitForRequests(n: number, timeoutMs?: number): Promise<RequestLogEntry[]>;
    /** Resolves once `predicate` holds for the log; re-checked on every arrival, finish and abort. */
    waitFor(predicate: (requests: readonly RequestLogEntry[]) => boolean, timeoutMs?: number): Promise<RequestLogEntry[]>;
    /** Adds a protocol ahead of all others. */
    registerProtocol(handler: ProtocolHandler): void;
    /** Stops listening and destroys open connections (stalled streams included). */
    close(): Promise<void>;
}
