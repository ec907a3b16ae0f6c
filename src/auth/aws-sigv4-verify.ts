import { timingSafeEqual } from 'node:crypto';
import {
  buildCanonicalRequest,
  buildStringToSign,
  canonicalHeaders,
  deriveSigningKey,
  SIGV4_ALGORITHM,
  sha256Hex,
  signString,
} from './aws-sigv4.js';

/**
 * Server-side SigV4 check, as AWS does it: recompute the signature from what arrived and compare.
 * The fake Bedrock upstream uses it so an end-to-end test fails exactly where real AWS would
 * (wrong path encoding, unsigned header, body changed after signing, clock skew).
 */
export interface SigV4VerifyInput {
  method: string;
  /** Request target as received (`/model/x%3A0/converse?a=b`), not decoded. */
  target: string;
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array | string;
  /** Secret for an access key id; undefined → unknown key. */
  secretFor(accessKeyId: string): string | undefined;
  /** Session token expected for an access key id, when it is temporary. */
  sessionTokenFor?(accessKeyId: string): string | undefined;
  /** Expected service/region; checked when given. */
  service?: string;
  region?: string;
  now?: Date;
  /** AWS allows 5 minutes of clock skew. */
  maxSkewMs?: number;
}

export type SigV4VerifyResult =
  | { ok: true; accessKeyId: string; region: string; service: string }
  | { ok: false; status: number; errorType: string; message: string };

const AUTH_RE =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;

function fail(errorType: string, message: string, status = 403): SigV4VerifyResult {
  return { ok: false, status, errorType, message };
}

function header(headers: SigV4VerifyInput['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

export function verifyAwsSigV4(input: SigV4VerifyInput): SigV4VerifyResult {
  const auth = header(input.headers, 'authorization');
  if (!auth) return fail('MissingAuthenticationTokenException', 'Missing Authentication Token');
  if (!auth.startsWith(SIGV4_ALGORITHM)) {
    return fail('IncompleteSignatureException', `Authorization header requires ${SIGV4_ALGORITHM}`);
  }
  const m = AUTH_RE.exec(auth.trim());
  if (!m) return fail('IncompleteSignatureException', 'Authorization header is malformed');
  const [, accessKeyId, date, region, service, signedHeaders, signature] = m;
  const secret = input.secretFor(accessKeyId);
  if (secret === undefined) return fail('UnrecognizedClientException', 'The security token included in the request is invalid.');
  const expectedToken = input.sessionTokenFor?.(accessKeyId);
  if (expectedToken !== undefined && header(input.headers, 'x-amz-security-token') !== expectedToken) {
    return fail('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  if (input.service !== undefined && service !== input.service) {
    return fail('InvalidSignatureException', `Credential should be scoped to correct service: '${input.service}'.`);
  }
  if (input.region !== undefined && region !== input.region) {
    return fail('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'.`);
  }
  const amzDate = header(input.headers, 'x-amz-date');
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate) || amzDate.slice(0, 8) !== date) {
    return fail('IncompleteSignatureException', 'Date must be in ISO-8601 basic format and match the credential scope.');
  }
  const signedAt = Date.UTC(
    +amzDate.slice(0, 4),
    +amzDate.slice(4, 6) - 1,
    +amzDate.slice(6, 8),
    +amzDate.slice(9, 11),
    +amzDate.slice(11, 13),
    +amzDate.slice(13, 15),
  );
  const now = (input.now ?? new Date()).getTime();
  if (Math.abs(now - signedAt) > (input.maxSkewMs ?? 5 * 60_000)) {
    return fail('InvalidSignatureException', `Signature expired: ${amzDate} is now earlier or later than the allowed clock skew.`);
  }
  const names = signedHeaders.split(';');
  if (!names.includes('host')) return fail('InvalidSignatureException', "'Host' must be a signed header.");
  const picked: Record<string, string | string[] | undefined> = {};
  for (const name of names) {
    const v = input.headers[name];
    if (v === undefined) return fail('InvalidSignatureException', `Signed header '${name}' is missing from the request.`);
    picked[name] = v;
  }
  const q = input.target.indexOf('?');
  const path = q === -1 ? input.target : input.target.slice(0, q);
  const query = q === -1 ? '' : input.target.slice(q + 1);
  const { canonicalRequest } = buildCanonicalRequest({
    method: input.method,
    path,
    query,
    headers: canonicalHeaders(picked, false),
    payloadHash: sha256Hex(input.body),
  });
  const scope = `${date}/${region}/${service}/aws4_request`;
  const expected = signString(deriveSigningKey(secret, date, region, service), buildStringToSign(amzDate, scope, canonicalRequest));
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    return fail(
      'InvalidSignatureException',
      `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'${canonicalRequest}'\n`,
    );
  }
  return { ok: true, accessKeyId, region, service };
}
