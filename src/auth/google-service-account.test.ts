import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTokenServer, startFakeTokenServer } from '../testing/fake-upstream/protocols/fake-token-server.js';
import {
  createAuthorizedUserTokenProvider,
  createServiceAccountTokenProvider,
  GOOGLE_CLOUD_PLATFORM_SCOPE,
} from './google-service-account.js';

const EMAIL = 'stable-llm@demo-project.iam.gserviceaccount.com';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_PEM = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const wrong = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

// Fixed clock shared by the client (JWT iat/exp, expiry) and the fake server (its checks).
let now = Date.UTC(2026, 0, 1, 12, 0, 0);
const clock = () => now;

let server: FakeTokenServer;
beforeAll(async () => {
  server = await startFakeTokenServer({
    serviceAccounts: { [EMAIL]: keys.publicKey },
    authorizedUsers: { 'client-1.apps.googleusercontent.com': { clientSecret: 'cs', refreshToken: 'rt' } },
    now: clock,
    delayMs: 20,
  });
});
afterAll(() => server.close());

const saKey = () => ({
  client_email: EMAIL,
  private_key: PRIVATE_PEM,
  private_key_id: 'abc123',
  token_uri: server.googleTokenUrl,
  project_id: 'demo-project',
});

describe('service-account token provider (against a local fake token endpoint)', () => {
  it('exchanges a signed JWT for a token; 100 concurrent callers cause one token request', async () => {
    const before = server.requests.length;
    const provider = createServiceAccountTokenProvider(saKey(), { now: clock });
    const tokens = await Promise.all(Array.from({ length: 100 }, () => provider.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(server.isIssued(tokens[0])).toBe(true);
    const made = server.requests.slice(before);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      status: 200,
      scope: GOOGLE_CLOUD_PLATFORM_SCOPE,
    });
    const iat = Math.floor(now / 1000);
    expect(made[0].claims).toEqual({
      iss: EMAIL,
      sub: EMAIL,
      aud: server.googleTokenUrl,
      scope: GOOGLE_CLOUD_PLATFORM_SCOPE,
      iat,
      exp: iat + 3600,
    });
  });

  it('refreshes 5 minutes before expiry with a fresh assertion', async () => {
    const provider = createServiceAccountTokenProvider(saKey(), { now: clock });
    const first = await provider.getAccessToken();
    const before = server.requests.length;
    now += 54 * 60_000;
    expect(await provider.getAccessToken()).toBe(first);
    now += 60_000 + 1;
    const second = await provider.getAccessToken();
    expect(second).not.toBe(first);
    expect(server.requests.slice(before)).toHaveLength(1);
    expect(server.requests.at(-1)?.claims?.iat).toBe(Math.floor(now / 1000));
  });

  it('reports a key the endpoint rejects as a non-retryable auth error', async () => {
    const provider = createServiceAccountTokenProvider({ ...saKey(), private_key: wrong }, { now: clock });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ kind: 'auth', status: 400, code: 'invalid_grant', retryable: false });
  });

  it('fails at setup on a malformed private key, naming the account', () => {
    expect(() => createServiceAccountTokenProvider({ ...saKey(), private_key: 'not a key' })).toThrow(
      /stable-llm@demo-project.*private_key is not a valid PEM key/,
    );
  });

  it('maps token-endpoint outages to retryable errors', async () => {
    server.failNext(503, { error: 'backend_error' });
    const provider = createServiceAccountTokenProvider(saKey(), { now: clock });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ kind: 'server', status: 503, retryable: true });
    expect(await provider.getAccessToken()).toMatch(/^ya29\.fake-google-/);
  });

  it('supports authorized_user (gcloud ADC) refresh tokens', async () => {
    const provider = createAuthorizedUserTokenProvider(
      { client_id: 'client-1.apps.googleusercontent.com', client_secret: 'cs', refresh_token: 'rt', token_uri: server.googleTokenUrl },
      { now: clock },
    );
    expect(server.isIssued(await provider.getAccessToken())).toBe(true);
    const bad = createAuthorizedUserTokenProvider(
      { client_id: 'client-1.apps.googleusercontent.com', client_secret: 'cs', refresh_token: 'nope', token_uri: server.googleTokenUrl },
      { now: clock },
    );
    await expect(bad.getAccessToken()).rejects.toMatchObject({ kind: 'auth', code: 'invalid_grant' });
  });
});
