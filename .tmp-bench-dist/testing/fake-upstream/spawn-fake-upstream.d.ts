import { type ChildProcess } from 'node:child_process';
import { type FakeUpstreamClient } from './connect-fake-upstream.js';
export interface SpawnedFakeUpstream {
    url: string;
    client: FakeUpstreamClient;
    child: ChildProcess;
    /** SIGTERM, then waits for the process to exit. */
    close(): Promise<void>;
}
export interface SpawnFakeUpstreamOptions {
    /** Path of the compiled `main.js`; defaults to the one beside this module (works from `dist`). */
    entry?: string;
    args?: string[];
    timeoutMs?: number;
}
/** Runs the fake in a child process (as CLI and browser tests do) and waits for its URL line. */
export declare function spawnFakeUpstream(options?: SpawnFakeUpstreamOptions): Promise<SpawnedFakeUpstream>;
