import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cloudProtocolOf, cloudSignerHook, getRequestSigner } from '../providers/cloud-auth.js';
import type { AdapterContext, WireRequest } from '../providers/provider-adapter.js';
import { type FakeTokenServer, startFakeTokenServer } from '../testing/fake-upstream/protocols/fake-token-server.js';
import { testEndpoint } from './__fixtures__/test-endpoint.js';
import { verifyAwsSigV4 } from './aws-sigv4-verify.js';
import { clearEntraTokenProviders } from './azure-request-signer.js';
import { clearGoogleTokenProviders } from './google-credentials.js';
import type { SignContext } from './request-signer.js';

const NOW = Date.UTC(2026, 2, 3, 4, 5, 6);
const clock = () => NOW;
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const EMAIL = 'signer@p.iam.gserviceaccount.com';

let tokens: FakeTokenServer;
beforeAll(async () => {
  tokens = await startFakeTokenServer({ serviceAccounts: { [EMAIL]: keys.publicKey }, entraClients: { t1: { c1: 's1' } }, now: clock });
});
afterAll(() => tokens.close());
beforeEach(() => {
  clearGoogleTokenProviders();
  clearEntraTokenProviders();
});

const baseCtx: AdapterContext = {
  provider: 'x',
  model: 'm',
  apiBase: 'https://example.com',
  stream: false,
  quirks: {},
  capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: true },
};

function wire(url: string, headers: Record<string, string> = {}): WireRequest {
  return { url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"messages":[]}', warnings: [] };
}

describe('Bedrock signer', () => {
  const url = 'https://bedrock-runtime.eu-west-1.amazonaws.com/model/amazon.nova-lite-v1%3A0/converse';

  it('signs with settings credentials (replacing a Bearer header) and verifies server-side', async () => {
    const endpoint = testEndpoint('bedrock', { credentials: { access_key_id: 'AKID1', secret_access_key: 'SECRET1' } });
    const signer = getRequestSigner(endpoint, undefined, { now: clock, env: {} });
    const ctx: SignContext = { ...baseCtx, provider: 'bedrock', endpoint };
    const signed = await signer!.sign(wire(url, { authorization: 'Bearer stale' }), ctx);
    expect(signed.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID1\/20260303\/eu-west-1\/bedrock\/aws4_request, SignedHeaders=content-type;host;x-amz-date, /,
    );
    expect(signed.headers['x-amz-date']).toBe('20260303T040506Z');
    const check = verifyAwsSigV4({
      method: 'POST',
      target: '/model/amazon.nova-lite-v1%3A0/converse',
      headers: { ...signed.headers, host: 'bedrock-runtime.eu-west-1.amazonaws.com' },
      body: signed.body,
      secretFor: (id) => (id === 'AKID1' ? 'SECRET1' : undefined),
      now: new Date(NOW),
    });
    expect(check.ok).toBe(true);
  });

  it('keeps a Bedrock API key from the key pool, else falls back to env credentials and region', async () => {
    const endpoint = testEndpoint('bedrock');
    const ctx: SignContext = { ...baseCtx, endpoint };
    const env = { AWS_ACCESS_KEY_ID: 'AKENV', AWS_SECRET_ACCESS_KEY: 'S', AWS_SESSION_TOKEN: 'TOK', AWS_REGION: 'ap-south-1' };
    const signer = getRequestSigner(endpoint, undefined, { now: clock, env })!;
    const bearer = await signer.sign(wire('http://127.0.0.1:1/model/m/converse', { authorization: 'Bearer ABSK' }), ctx);
    expect(bearer.headers.authorization).toBe('Bearer ABSK');
    const viaEnv = await signer.sign(wire('http://127.0.0.1:1/model/m/converse'), ctx);
    expect(viaEnv.headers.authorization).toContain('Credential=AKENV/20260303/ap-south-1/bedrock/aws4_request');
    expect(viaEnv.headers['x-amz-security-token']).toBe('TOK');
    await expect(getRequestSigner(endpoint, undefined, { env: {} })!.sign(wire(url), ctx)).rejects.toMatchObject({
      kind: 'auth',
      code: 'aws_credentials_missing',
    });
  });
});

describe('Vertex signer', () => {
  const sa = () => ({
    type: 'service_account',
    client_email: EMAIL,
    private_key: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    token_uri: tokens.googleTokenUrl,
  });

  it('exchanges service-account credentials for a Bearer token and drops an express key header', async () => {
    const endpoint = testEndpoint('vertex_gemini', { credentials: sa() });
    const signed = await getRequestSigner(endpoint, undefined, { now: clock })!.sign(wire('https://x', { 'x-goog-api-key': 'AIza' }), {
      ...baseCtx,
      endpoint,
    });
    expect(tokens.isIssued(signed.headers.authorization.replace('Bearer ', ''))).toBe(true);
    expect(signed.headers['x-goog-api-key']).toBeUndefined();
  });

  it('reads credentials_file and GOOGLE_APPLICATION_CREDENTIALS, and passes through a key-pool token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vertex-'));
    const file = join(dir, 'sa.json');
    writeFileSync(file, JSON.stringify(sa()));
    const fromFile = testEndpoint('vertex_anthropic', { credentials: { credentials_file: file } });
    const a = await getRequestSigner(fromFile, undefined, { now: clock })!.sign(wire('https://x'), { ...baseCtx, endpoint: fromFile });
    expect(tokens.isIssued(a.headers.authorization.replace('Bearer ', ''))).toBe(true);
    const bare = testEndpoint('vertex_gemini');
    const adc = await getRequestSigner(bare, undefined, { now: clock, env: { GOOGLE_APPLICATION_CREDENTIALS: file } })!.sign(
      wire('https://x'),
      { ...baseCtx, endpoint: bare },
    );
    expect(tokens.isIssued(adc.headers.authorization.replace('Bearer ', ''))).toBe(true);
    const pooled = await getRequestSigner(bare)!.sign(wire('https://x', { authorization: 'Bearer ya29.pool' }), {
      ...baseCtx,
      endpoint: bare,
    });
    expect(pooled.headers.authorization).toBe('Bearer ya29.pool');
    await expect(
      getRequestSigner(bare, undefined, { env: { CLOUDSDK_CONFIG: dir } })!.sign(wire('https://x'), { ...baseCtx, endpoint: bare }),
    ).rejects.toMatchObject({ kind: 'auth', code: 'google_credentials_missing' });
  });
});

describe('Azure signer', () => {
  it('swaps api-key for an Entra token from settings or env, and passes a plain key through', async () => {
    const endpoint = testEndpoint('azure_openai', {
      credentials: { tenant_id: 't1', client_id: 'c1', client_secret: 's1', authority_host: tokens.entraAuthority },
    });
    const signed = await getRequestSigner(endpoint)!.sign(wire('https://x', { 'api-key': 'k' }), { ...baseCtx, endpoint });
    expect(signed.headers['api-key']).toBeUndefined();
    expect(tokens.isIssued(signed.headers.authorization.replace('Bearer ', ''))).toBe(true);

    const bare = testEndpoint('azure_openai');
    const keyOnly = await getRequestSigner(bare)!.sign(wire('https://x', { 'api-key': 'k' }), { ...baseCtx, endpoint: bare });
    expect(keyOnly.headers['api-key']).toBe('k');
    const env = { AZURE_TENANT_ID: 't1', AZURE_CLIENT_ID: 'c1', AZURE_CLIENT_SECRET: 's1', AZURE_AUTHORITY_HOST: tokens.entraAuthority };
    const viaEnv = await getRequestSigner(bare, undefined, { env })!.sign(wire('https://x'), { ...baseCtx, endpoint: bare });
    expect(tokens.isIssued(viaEnv.headers.authorization.replace('Bearer ', ''))).toBe(true);
    const staticToken = testEndpoint('azure_openai', { credentials: { azure_ad_token: 'eyJ.static' } });
    expect(
      (await getRequestSigner(staticToken)!.sign(wire('https://x'), { ...baseCtx, endpoint: staticToken })).headers.authorization,
    ).toBe('Bearer eyJ.static');
    await expect(
      getRequestSigner(bare, undefined, { env: {} })!.sign(wire('https://x'), { ...baseCtx, endpoint: bare }),
    ).rejects.toMatchObject({ kind: 'auth' });
  });
});

describe('cloud-auth wiring', () => {
  it('picks the protocol from the endpoint kind, the backend preset and Claude model ids', () => {
    expect(cloudProtocolOf(testEndpoint('default'), 'bedrock')).toBe('bedrock');
    expect(cloudProtocolOf(testEndpoint('default'), 'vertex', 'gemini-2.5-pro')).toBe('vertex_gemini');
    expect(cloudProtocolOf(testEndpoint('default'), 'vertex', 'claude-sonnet-4-6@20250929')).toBe('vertex_anthropic');
    expect(cloudProtocolOf(testEndpoint('vertex_gemini'), 'anthropic', 'claude-x')).toBe('vertex_anthropic');
    expect(cloudProtocolOf(testEndpoint('azure_openai'), 'openai')).toBe('azure_openai');
    expect(cloudProtocolOf(testEndpoint('default'), 'openai')).toBe('openai');
    expect(getRequestSigner(testEndpoint('openai'))).toBeUndefined();
    expect(getRequestSigner(testEndpoint('default'))).toBeUndefined();
  });

  it('cloudSignerHook leaves non-cloud requests untouched', async () => {
    const w = wire('https://api.openai.com/v1/chat/completions', { authorization: 'Bearer sk' });
    expect(await cloudSignerHook(w, { backend: 'openai', endpoint: testEndpoint('default') }, baseCtx)).toBe(w);
  });
});
