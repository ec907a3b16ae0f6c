import { describe, expect, it } from 'vitest';
import { testEndpoint } from './__fixtures__/test-endpoint.js';
import { validateCloudCredentials } from './validate-cloud-credentials.js';

const PEM = '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n';

describe('validateCloudCredentials', () => {
  it('names the missing field with the endpoint path', () => {
    const e = testEndpoint('vertex_gemini', { credentials: { type: 'service_account', client_email: 'a@b.iam.gserviceaccount.com' } });
    expect(validateCloudCredentials(e, 'endpoints[2]')).toEqual([{ path: 'endpoints[2].credentials.private_key', message: 'missing' }]);
  });

  it('accepts well-formed credentials of every kind', () => {
    const ok = [
      testEndpoint('vertex_gemini', {
        credentials: { client_email: 'a@b', private_key: PEM, token_uri: 'https://oauth2.googleapis.com/token' },
      }),
      testEndpoint('vertex_anthropic', {
        credentials: { type: 'authorized_user', client_id: 'c', client_secret: 's', refresh_token: 'r' },
      }),
      testEndpoint('vertex_gemini', { credentials: { access_token: 'ya29.x' } }),
      testEndpoint('vertex_gemini', { credentials: { credentials_file: '/etc/sa.json' } }),
      testEndpoint('bedrock', { credentials: { access_key_id: 'A', secret_access_key: 'S', session_token: 'T' } }),
      testEndpoint('bedrock', { credentials: { accessKeyId: 'A', secretAccessKey: 'S' } }),
      testEndpoint('bedrock', { credentials: { access_key: 'A', secret_key: 'S' } }),
      testEndpoint('bedrock', { credentials: { api_key: 'ABSK' } }),
      testEndpoint('azure_openai', {
        credentials: { tenant_id: 't', client_id: 'c', client_secret: 's', authority_host: 'https://login.microsoftonline.us' },
      }),
      testEndpoint('azure_openai', { credentials: { azure_ad_token: 'eyJ' } }),
      testEndpoint('openai', { credentials: { anything: 1 } }),
      testEndpoint('bedrock'),
    ];
    for (const e of ok) expect(validateCloudCredentials(e, 'endpoints[0]')).toEqual([]);
  });

  it('reports every problem, never the secret values', () => {
    expect(
      validateCloudCredentials(testEndpoint('bedrock', { credentials: { access_key_id: 'A', secret_access_key: 42 } }), 'endpoints[1]'),
    ).toEqual([{ path: 'endpoints[1].credentials.secret_access_key', message: 'must be a non-empty string' }]);
    expect(validateCloudCredentials(testEndpoint('bedrock', { credentials: { region: 'x' } }), 'endpoints[1]')[0]).toMatchObject({
      path: 'endpoints[1].credentials',
    });
    const badKey = validateCloudCredentials(
      testEndpoint('vertex_gemini', { credentials: { client_email: 'a@b', private_key: 'sekrit-not-pem', token_uri: 'ftp://x' } }),
    );
    expect(badKey.map((i) => i.path)).toEqual(['credentials.private_key', 'credentials.token_uri']);
    expect(JSON.stringify(badKey)).not.toContain('sekrit');
    expect(
      validateCloudCredentials(testEndpoint('azure_openai', { credentials: { tenant_id: 't', client_id: 'c' } }), 'endpoints[3]'),
    ).toEqual([{ path: 'endpoints[3].credentials.client_secret', message: 'missing' }]);
    expect(validateCloudCredentials(testEndpoint('vertex_gemini', { credentials: { foo: 'bar' } }))[0].message).toMatch(
      /service-account key/,
    );
  });

  it('validates by an explicit protocol for kind "default" endpoints', () => {
    const e = testEndpoint('default', { credentials: { access_key_id: 'A' } });
    expect(validateCloudCredentials(e, 'endpoints[0]')).toEqual([]);
    expect(validateCloudCredentials(e, 'endpoints[0]', 'bedrock')).toEqual([
      { path: 'endpoints[0].credentials.secret_access_key', message: 'missing' },
    ]);
  });
});
