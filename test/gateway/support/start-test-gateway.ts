import { type RunningGateway, type StartGatewayOptions, startGateway } from '../../../src/gateway/start-gateway.js';
import type { FakeUpstream } from '../../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../../src/testing/fake-upstream/start-fake-upstream.js';
import { upstreamConfig } from './upstream-config.js';

export interface TestGateway {
  url: string;
  fake: FakeUpstream;
  gateway: RunningGateway;
  close(): Promise<void>;
}

/** The real gateway + real engine in process, every backend pointed at a fresh fake upstream. */
export async function startTestGateway(
  options: { config?: (fakeUrl: string) => Record<string, unknown>; gateway?: Partial<StartGatewayOptions> } = {},
): Promise<TestGateway> {
  const fake = await startFakeUpstream();
  const gateway = await startGateway({
    config: options.config ? options.config(fake.url) : upstreamConfig(fake.url),
    host: '127.0.0.1',
    port: 0,
    banner: false,
    handleSignals: false,
    watch: false,
    storeKind: 'memory',
    env: {},
    ...options.gateway,
  });
  return {
    url: gateway.url,
    fake,
    gateway,
    async close() {
      await gateway.close();
      await fake.close();
    },
  };
}
