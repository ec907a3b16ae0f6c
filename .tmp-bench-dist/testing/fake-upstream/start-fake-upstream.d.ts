import type { FakeUpstream, FakeUpstreamOptions } from './fake-upstream.js';
/** Starts a fake provider server on 127.0.0.1 (random port unless given). */
export declare function startFakeUpstream(options?: FakeUpstreamOptions): Promise<FakeUpstream>;
