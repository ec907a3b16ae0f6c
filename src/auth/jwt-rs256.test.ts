import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signJwtRs256, verifyJwtRs256 } from './jwt-rs256.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('RS256 JWT', () => {
  it('signs a token that verifies and decodes to the same claims', () => {
    const claims = {
      iss: 'sa@p.iam.gserviceaccount.com',
      aud: 'https://oauth2.googleapis.com/token',
      iat: 1_700_000_000,
      exp: 1_700_003_600,
    };
    const token = signJwtRs256(claims, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, 'kid-1');
    expect(token.split('.')).toHaveLength(3);
    expect(token).not.toMatch(/[+/=]/);
    const decoded = verifyJwtRs256(token, publicKey);
    expect(decoded.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'kid-1' });
    expect(decoded.claims).toEqual(claims);
  });

  it('rejects another key, a tampered payload and other algorithms', () => {
    const token = signJwtRs256({ sub: 'a' }, privateKey);
    expect(() => verifyJwtRs256(token, other.publicKey)).toThrow(/invalid JWT signature/);
    const [h, , s] = token.split('.');
    const forged = `${h}.${Buffer.from('{"sub":"b"}').toString('base64url')}.${s}`;
    expect(() => verifyJwtRs256(forged, publicKey)).toThrow(/invalid JWT signature/);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.`;
    expect(() => verifyJwtRs256(none, publicKey)).toThrow(/unexpected JWT alg/);
  });
});
