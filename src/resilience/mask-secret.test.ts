import { describe, expect, it } from 'vitest';
import { maskSecret, maskSecretsInText } from './mask-secret.js';

describe('maskSecret', () => {
  it('keeps a recognisable head and tail of long keys', () => {
    expect(maskSecret('sk-abcdefghijklmnopqrstuvwxyz0123456789wxyz')).toBe('sk-abc…wxyz');
  });

  it('reveals less of medium keys and nothing of short ones', () => {
    expect(maskSecret('abcdefghijklmnopqrstu')).toBe('abc…rstu');
    expect(maskSecret('short-key-123')).toBe('****');
    expect(maskSecret('')).toBe('****');
  });

  it('never returns the key itself', () => {
    for (const k of ['a'.repeat(19), 'b'.repeat(20), 'c'.repeat(64)]) expect(maskSecret(k)).not.toContain(k);
  });
});

describe('maskSecretsInText', () => {
  const key = 'sk-proj-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

  it('masks known secrets wherever they appear', () => {
    const out = maskSecretsInText(`Incorrect API key provided: ${key}. Try again (${key})`, [key]);
    expect(out).not.toContain(key);
    expect(out).toContain('sk-pro…6789');
  });

  it('masks credential-shaped strings it was not told about', () => {
    const text =
      'auth failed for sk-live_0123456789abcdefghij with header Bearer abc.def.ghi123 and ?api_key=SECRETVALUE42&x=1; Gemini AIzaSyA1234567890abcdefghijklmnop';
    const out = maskSecretsInText(text);
    expect(out).not.toContain('0123456789abcdefghij');
    expect(out).not.toContain('abc.def.ghi123');
    expect(out).not.toContain('SECRETVALUE42');
    expect(out).not.toContain('AIzaSyA1234567890abcdefghijklmnop');
    expect(out).toContain('Bearer ****');
    expect(out).toContain('api_key=****');
  });

  it('leaves ordinary error text alone', () => {
    const text = 'Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 500, Used 500.';
    expect(maskSecretsInText(text)).toBe(text);
  });
});

describe('maskSecretsInText on prose', () => {
  it('leaves ordinary words after "key:" alone but still masks key-shaped values', () => {
    expect(maskSecretsInText('api_key: environment variable ${X} is not set')).toBe('api_key: environment variable ${X} is not set');
    expect(maskSecretsInText('api_key: abc123def456')).toBe('api_key: ****');
    expect(maskSecretsInText('token=AbCdEfGhIjKlMnOpQr')).toBe('token=****');
  });
});
