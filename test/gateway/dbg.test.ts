import { it } from 'vitest';
import { errors } from '../../src/testing/fake-upstream/index.js';
import { startTestGateway } from '../../test/gateway/support/start-test-gateway.js';
it('dbg', async () => {
  const t = await startTestGateway();
  t.fake.addRule({ match: { model: 'gpt-4o-mini' }, ...errors.openaiRateLimit({ retryAfterS: 7 }) });
  const r = await fetch(`${t.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] }) });
  console.log(r.status, [...r.headers], await r.text());
  console.log(JSON.stringify(t.fake.requests.map(q => [q.status, q.apiKey])));
  await t.close();
});
