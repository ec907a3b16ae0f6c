import type { Engine } from '../../../src/engine/engine-types.js';
import { buildGatewayConfig } from '../../../src/gateway/config/build-gateway-config.js';
import { createGateway, type Gateway } from '../../../src/gateway/create-gateway.js';
import { createLogger } from '../../../src/gateway/logging/create-logger.js';
import { MemoryGatewayStore } from '../../../src/store/memory-gateway-store.js';

export interface InProcess {
  url: string;
  gateway: Gateway;
  store: MemoryGatewayStore;
  close(): Promise<void>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** A gateway on a fake engine (no upstream): fast route tests on a real socket. */
export async function inProcessGateway(engine: Engine, config: Record<string, unknown> = {}): Promise<InProcess> {
  const base = {
    VERSION: '2',
    endpoints: [{ id: 'oa', api_base: 'http://127.0.0.1:9/v1', api_key: 'sk-unused-0000000000000000' }],
    backends: { openai: { models: { 'gpt-4o': { endpoints: ['oa'] }, 'gpt-4o-mini': { endpoints: ['oa'] } } } },
    server: { log_level: 'silent' },
    ...config,
  };
  const store = new MemoryGatewayStore();
  const gateway = await createGateway({
    config: buildGatewayConfig(base, { source: 'object', env: {} }),
    engineFactory: () => engine,
    store,
    logger: createLogger({ level: 'silent' }),
  });
  const { url } = await gateway.listen(0, '127.0.0.1');
  return {
    url,
    gateway,
    store,
    close: () => gateway.close(1000),
    post: (path, body, headers = {}) =>
      fetch(url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}
