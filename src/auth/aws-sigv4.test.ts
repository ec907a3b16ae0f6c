import { describe, expect, it } from 'vitest';
import { SIGV4_SUITE_CREDENTIALS, SIGV4_SUITE_TIME, SIGV4_VECTORS } from './__fixtures__/sigv4-test-suite.js';
import { canonicalUri, deriveSigningKey, signAwsRequest } from './aws-sigv4.js';

function headersOf(pairs: [string, string][]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    out[key] = [...(out[key] ?? []), value];
  }
  return out;
}

describe('signAwsRequest against the AWS SigV4 test suite', () => {
  for (const v of SIGV4_VECTORS) {
    it(v.name, () => {
      const result = signAwsRequest(
        { method: v.method, url: `https://example.amazonaws.com${v.target}`, headers: headersOf(v.headers), body: v.body },
        {
          service: 'service',
          region: 'us-east-1',
          credentials: { ...SIGV4_SUITE_CREDENTIALS, sessionToken: v.sessionToken },
          now: SIGV4_SUITE_TIME,
          addContentSha256Header: v.signBody,
        },
      );
      expect(result.canonicalRequest).toBe(v.canonicalRequest);
      expect(result.stringToSign).toBe(v.stringToSign);
      expect(result.signature).toBe(v.signature);
      expect(result.headers.authorization).toBe(
        `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${result.signedHeaders}, Signature=${v.signature}`,
      );
      expect(result.headers['x-amz-date']).toBe('20150830T123600Z');
      if (v.sessionToken) expect(result.headers['x-amz-security-token']).toBe(v.sessionToken);
    });
  }

  it('covers the vectors the issue names', () => {
    const names = SIGV4_VECTORS.map((v) => v.name);
    for (const n of ['get-vanilla', 'post-vanilla', 'get-vanilla-query-order-key-case', 'post-x-www-form-urlencoded']) {
      expect(names).toContain(n);
    }
  });
});

describe('SigV4 details that matter for Bedrock', () => {
  it('derives the documented example signing key (AWS "Examples of how to derive a signing key")', () => {
    // docs.aws.amazon.com/general/latest/gr/signature-v4-examples.html: secret
    // wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20120215, us-east-1, iam.
    expect(deriveSigningKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam').toString('hex')).toBe(
      'f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d',
    );
  });

  it('double-encodes an already-encoded model id in the canonical path', () => {
    expect(canonicalUri('/model/anthropic.claude-sonnet-4-6-v1%3A0/converse')).toBe('/model/anthropic.claude-sonnet-4-6-v1%253A0/converse');
    const arn = encodeURIComponent('arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-haiku-4-5');
    expect(canonicalUri(`/model/${arn}/converse-stream`)).toBe(
      '/model/arn%253Aaws%253Abedrock%253Aus-east-1%253A123456789012%253Ainference-profile%252Fus.anthropic.claude-haiku-4-5/converse-stream',
    );
  });

  it('signs the body, content-type and session token, and ignores stale signing headers', () => {
    const base = {
      method: 'POST',
      url: 'https://bedrock-runtime.eu-west-1.amazonaws.com/model/amazon.nova-lite-v1%3A0/converse',
      headers: { 'content-type': 'application/json', 'user-agent': 'x', 'x-amz-date': '19990101T000000Z' },
      body: '{"messages":[]}',
    };
    const opts = {
      service: 'bedrock',
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'tok' },
      now: new Date('2026-01-02T03:04:05Z'),
    };
    const a = signAwsRequest(base, opts);
    expect(a.signedHeaders).toBe('content-type;host;x-amz-date;x-amz-security-token');
    expect(a.canonicalRequest.split('\n').slice(0, 3)).toEqual(['POST', '/model/amazon.nova-lite-v1%253A0/converse', '']);
    expect(a.headers['x-amz-date']).toBe('20260102T030405Z');
    expect(a.headers.authorization).toContain('Credential=AKIDEXAMPLE/20260102/eu-west-1/bedrock/aws4_request');
    const b = signAwsRequest({ ...base, body: '{"messages":[1]}' }, opts);
    expect(b.signature).not.toBe(a.signature);
    const c = signAwsRequest(base, { ...opts, credentials: { ...opts.credentials, sessionToken: undefined } });
    expect(c.signedHeaders).toBe('content-type;host;x-amz-date');
    expect(c.headers['x-amz-security-token']).toBeUndefined();
  });

  it('signs a non-default port as part of host (local fake upstream)', () => {
    const r = signAwsRequest(
      { method: 'POST', url: 'http://127.0.0.1:4567/model/m/converse', body: '{}' },
      { service: 'bedrock', region: 'us-east-1', credentials: SIGV4_SUITE_CREDENTIALS, now: SIGV4_SUITE_TIME },
    );
    expect(r.canonicalRequest).toContain('host:127.0.0.1:4567\n');
  });
});
