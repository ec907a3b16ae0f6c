import { describe, expect, it } from 'vitest';
import { signAwsRequest } from './aws-sigv4.js';
import { verifyAwsSigV4 } from './aws-sigv4-verify.js';

const NOW = new Date('2026-03-04T05:06:07Z');
const CREDS = { accessKeyId: 'AKIDTEST', secretAccessKey: 'sekrit/KEY+1' };
const URL_ = 'http://127.0.0.1:9999/model/anthropic.claude-haiku-4-5-20251001-v1%3A0/converse';
const BODY = '{"messages":[{"role":"user","content":[{"text":"hi"}]}]}';

function signed(overrides: { body?: string; creds?: typeof CREDS & { sessionToken?: string }; now?: Date } = {}): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const r = signAwsRequest(
    { method: 'POST', url: URL_, headers, body: overrides.body ?? BODY },
    { service: 'bedrock', region: 'us-east-1', credentials: overrides.creds ?? CREDS, now: overrides.now ?? NOW },
  );
  return { ...headers, ...r.headers, host: '127.0.0.1:9999' };
}

function verify(headers: Record<string, string>, extra: { body?: string; target?: string; now?: Date } = {}) {
  return verifyAwsSigV4({
    method: 'POST',
    target: extra.target ?? '/model/anthropic.claude-haiku-4-5-20251001-v1%3A0/converse',
    headers,
    body: extra.body ?? BODY,
    secretFor: (id) => (id === CREDS.accessKeyId ? CREDS.secretAccessKey : undefined),
    service: 'bedrock',
    region: 'us-east-1',
    now: extra.now ?? NOW,
  });
}

describe('verifyAwsSigV4', () => {
  it('accepts what signAwsRequest produced', () => {
    expect(verify(signed())).toEqual({ ok: true, accessKeyId: 'AKIDTEST', region: 'us-east-1', service: 'bedrock' });
  });

  it('rejects a body changed after signing', () => {
    const r = verify(signed(), { body: `${BODY} ` });
    expect(r).toMatchObject({ ok: false, status: 403, errorType: 'InvalidSignatureException' });
  });

  it('rejects a path signed without the double encoding', () => {
    const r = verify(signed(), { target: '/model/anthropic.claude-haiku-4-5-20251001-v1:0/converse' });
    expect(r).toMatchObject({ ok: false, errorType: 'InvalidSignatureException' });
  });

  it('rejects an unknown access key, a missing header and clock skew', () => {
    expect(verify({ ...signed(), authorization: signed().authorization.replace('AKIDTEST', 'AKIDOTHER') })).toMatchObject({
      ok: false,
      errorType: 'UnrecognizedClientException',
    });
    const { authorization: _a, ...noAuth } = signed();
    expect(verify(noAuth)).toMatchObject({ ok: false, errorType: 'MissingAuthenticationTokenException' });
    expect(verify(signed(), { now: new Date(NOW.getTime() + 6 * 60_000) })).toMatchObject({
      ok: false,
      errorType: 'InvalidSignatureException',
    });
    const tampered = { ...signed(), 'content-type': 'text/plain' };
    expect(verify(tampered)).toMatchObject({ ok: false, errorType: 'InvalidSignatureException' });
  });

  it('checks the session token when the key is temporary', () => {
    const headers = signed({ creds: { ...CREDS, sessionToken: 'good' } });
    const base = {
      method: 'POST',
      target: '/model/anthropic.claude-haiku-4-5-20251001-v1%3A0/converse',
      body: BODY,
      secretFor: () => CREDS.secretAccessKey,
      now: NOW,
    };
    expect(verifyAwsSigV4({ ...base, headers, sessionTokenFor: () => 'good' }).ok).toBe(true);
    expect(verifyAwsSigV4({ ...base, headers, sessionTokenFor: () => 'other' })).toMatchObject({
      errorType: 'UnrecognizedClientException',
    });
  });
});
