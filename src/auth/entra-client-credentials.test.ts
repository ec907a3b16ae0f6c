import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTokenServer, startFakeTokenServer } from '../testing/fake-upstream/protocols/fake-token-server.js';
import { COGNITIVE_SERVICES_SCOPE, createEntraTokenProvider, entraTokenUrl } from './entra-client-credentials.js';

let now = Date.UTC(2026, 5, 1);
const clock = () => now;
let server: FakeTokenServer;

beforeAll(async () => {
  server = await startFakeTokenServer({ entraClients: { 'tenant-a': { 'app-1': 's3cret' } }, delayMs: 20, expiresIn: 3599 });
});
afterAll(() => server.close());

describe('Entra client-credentials token provider', () => {
  it('builds the v2.0 token URL for a tenant and authority', () => {
    expect(entraTokenUrl({ tenantId: 'contoso.onmicrosoft.com' })).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
    );
    expect(entraTokenUrl({ tenantId: 't', authorityHost: 'https://login.microsoftonline.us/' })).toBe(
      'https://login.microsoftonline.us/t/oauth2/v2.0/token',
    );
    expect(entraTokenUrl({ tenantId: 't', tokenUrl: 'http://x/y' })).toBe('http://x/y');
  });

  it('fetches once for 100 concurrent callers and refreshes before expiry', async () => {
    const provider = createEntraTokenProvider(
      { tenantId: 'tenant-a', clientId: 'app-1', clientSecret: 's3cret', authorityHost: server.entraAuthority },
      { now: clock },
    );
    const before = server.requests.length;
    const tokens = await Promise.all(Array.from({ length: 100 }, () => provider.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(server.isIssued(tokens[0])).toBe(true);
    expect(server.requests.slice(before)).toEqual([
      {
        path: '/tenant-a/oauth2/v2.0/token',
        grantType: 'client_credentials',
        clientId: 'app-1',
        scope: COGNITIVE_SERVICES_SCOPE,
        status: 200,
      },
    ]);
    now += 3599_000 - 5 * 60_000 - 1;
    expect(await provider.getAccessToken()).toBe(tokens[0]);
    now += 2;
    expect(await provider.getAccessToken()).not.toBe(tokens[0]);
    expect(server.requests.length - before).toBe(2);
  });

  it('turns a wrong secret into an auth error carrying the AADSTS code text', async () => {
    const provider = createEntraTokenProvider({
      tenantId: 'tenant-a',
      clientId: 'app-1',
      clientSecret: 'wrong',
      authorityHost: server.entraAuthority,
    });
    await expect(provider.getAccessToken()).rejects.toMatchObject({
      kind: 'auth',
      status: 401,
      code: 'invalid_client',
      message: expect.stringContaining('AADSTS7000215'),
    });
  });
});
