import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatClient } from '../../src/client/create-chat-client.js';
import type { FakeUpstream } from '../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../src/testing/fake-upstream/start-fake-upstream.js';
import { closeAllDispatchers } from '../../src/transport/dispatcher-pool.js';

/** A minimal HTTP CONNECT proxy that records which targets it tunnelled to. */
let proxy: Server;
let proxyUrl: string;
const tunnelled: string[] = [];
const sockets = new Set<{ destroy(): void }>();
let fake: FakeUpstream;

beforeAll(async () => {
  fake = await startFakeUpstream();
  proxy = createServer((_req, res) => {
    res.statusCode = 405;
    res.end();
  });
  proxy.on('connect', (req, clientSocket, head) => {
    tunnelled.push(String(req.url));
    const [host, port] = String(req.url).split(':');
    sockets.add(clientSocket);
    const upstream = connect(Number(port), host, () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => clientSocket.destroy());
    clientSocket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const addr = proxy.address() as { port: number };
  proxyUrl = `http://127.0.0.1:${addr.port}`;
});

afterAll(async () => {
  // Tunnels are kept alive by the client's pool: close them, then the server.
  await closeAllDispatchers();
  for (const s of sockets) s.destroy();
  proxy.closeAllConnections();
  await new Promise((r) => proxy.close(r));
  await fake.close();
});

describe('endpoint proxy option', () => {
  it('sends upstream requests through the configured HTTP proxy', async () => {
    const port = new URL(fake.url).port;
    const client = createChatClient('openai', {
      model: 'gpt-5.5',
      settings: {
        endpoints: [{ id: 'via-proxy', api_base: `${fake.url}/v1`, api_key: 'sk-proxy-test', proxy: proxyUrl }],
        backends: { openai: { models: { 'gpt-5.5': { endpoints: ['via-proxy'] } } } },
      },
    });
    const res = await client.createCompletion([{ role: 'user', content: 'through the proxy' }]);
    expect(res.content).toContain('You said: through the proxy');
    expect(tunnelled).toContain(`127.0.0.1:${port}`);
    expect(fake.requests.at(-1)?.apiKey).toBe('sk-proxy-test');
  });
});
