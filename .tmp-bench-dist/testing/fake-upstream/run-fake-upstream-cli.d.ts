import type { FakeUpstream } from './fake-upstream.js';
export declare const FAKE_UPSTREAM_USAGE = "Usage: fake-upstream [--port N] [--host H] [--default-text T] [--models a,b] [--rules FILE.json] [--lenient] [--require-api-key]\n\nPrints FAKE_UPSTREAM_URL=http://HOST:PORT when ready; control API under /__fake/.";
/**
 * The logic of `main.ts`, testable in-process: parses flags, starts the server and announces its
 * URL through `print` (stdout in the real entry point).
 */
export declare function runFakeUpstreamCli(argv: string[], print: (line: string) => void): Promise<FakeUpstream>;
