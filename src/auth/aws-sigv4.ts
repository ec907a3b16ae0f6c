import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 (header form), written against the published aws-sig-v4-test-suite
 * (see aws-sigv4.test.ts). Used to sign Bedrock runtime calls; the fake Bedrock upstream reuses
 * `buildCanonicalRequest` to verify what we send, so both sides share one definition.
 */

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials (STS, SSO, instance roles) come with a session token. */
  sessionToken?: string;
}

export interface SigV4Request {
  method: string;
  /** Absolute URL. The path is used exactly as written (see `canonicalUri`). */
  url: string;
  /** Header names in any case; array values are joined with "," as the spec requires. */
  headers?: Record<string, string | readonly string[] | undefined>;
  body?: string | Uint8Array;
}

export interface SigV4Options {
  service: string;
  region: string;
  credentials: AwsCredentials;
  /** Signing time; injectable for tests. */
  now?: Date;
  /** Also send the payload hash as `x-amz-content-sha256` (S3 style; the test suite's `sign_body`). */
  addContentSha256Header?: boolean;
}

export interface SigV4Result {
  /** Headers to add to the request (lower-case): authorization, x-amz-date, and the optional ones. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  signedHeaders: string;
}

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

/**
 * Hop-by-hop and proxy-rewritten headers are left out of the signature (the AWS SDKs' list), so
 * an intermediary adding or changing them cannot invalidate it.
 */
const UNSIGNABLE = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
]);

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `20150830T123600Z` */
export function toAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** RFC 3986 encoding: everything but unreserved characters, hex upper-case. */
export function uriEscape(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Splits an absolute URL without normalising it, so the path keeps exactly the bytes we send. */
export function splitRawUrl(url: string): { host: string; path: string; query: string } {
  const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/.exec(url);
  if (!m) throw new TypeError(`not an absolute URL: ${url}`);
  // Host as undici sends it: lower-case, default port dropped.
  const host = new URL(url).host;
  return { host, path: m[2] || '/', query: m[3] ?? '' };
}

/**
 * Canonical URI for every service but S3: remove dot segments and empty segments, then URI-encode
 * the path *as sent*. Because the wire path is already encoded once, a Bedrock model id such as
 * `…-v1:0` (`%3A` on the wire) is signed as `%253A` — the "encode twice" rule AWS documents.
 */
export function canonicalUri(path: string): string {
  const segments: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return `/${segments.map(uriEscape).join('/')}${trailing}`;
}

/** Query parameters decoded, RFC 3986 re-encoded, sorted by name then value. */
export function canonicalQuery(query: string): string {
  if (query === '') return '';
  const pairs: [string, string][] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    pairs.push([uriEscape(safeDecode(name)), uriEscape(safeDecode(value))]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Lower-cased, trimmed, inner whitespace runs collapsed; repeated headers joined with ",". */
export function canonicalHeaders(
  headers: Record<string, string | readonly string[] | undefined>,
  /** False on the verifying side: there the client's SignedHeaders list decides. */
  skipUnsignable = true,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [rawName, rawValue] of Object.entries(headers)) {
    if (rawValue === undefined) continue;
    const name = rawName.toLowerCase();
    if (skipUnsignable && UNSIGNABLE.has(name)) continue;
    const values = typeof rawValue === 'string' ? [rawValue] : rawValue;
    const value = values.map((v) => v.trim().replace(/\s+/g, ' ')).join(',');
    const prev = out.get(name);
    out.set(name, prev === undefined ? value : `${prev},${value}`);
  }
  return out;
}

export interface CanonicalRequestParts {
  method: string;
  path: string;
  query: string;
  /** Already-canonical headers (name → value), including host and x-amz-date. */
  headers: Map<string, string>;
  payloadHash: string;
}

export function buildCanonicalRequest(parts: CanonicalRequestParts): { canonicalRequest: string; signedHeaders: string } {
  const names = [...parts.headers.keys()].sort();
  const signedHeaders = names.join(';');
  const headerLines = names.map((n) => `${n}:${parts.headers.get(n)}\n`).join('');
  const canonicalRequest = [
    parts.method.toUpperCase(),
    canonicalUri(parts.path),
    canonicalQuery(parts.query),
    headerLines,
    signedHeaders,
    parts.payloadHash,
  ].join('\n');
  return { canonicalRequest, signedHeaders };
}

export function credentialScope(amzDate: string, region: string, service: string): string {
  return `${amzDate.slice(0, 8)}/${region}/${service}/aws4_request`;
}

export function buildStringToSign(amzDate: string, scope: string, canonicalRequest: string): string {
  return `${SIGV4_ALGORITHM}\n${amzDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
}

// Signing keys are valid for a whole day per secret/region/service: cache a few (4 HMACs saved
// per request). Bounded so rotating many keys cannot grow it without limit.
const keyCache = new Map<string, Buffer>();
const KEY_CACHE_MAX = 64;

export function deriveSigningKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  const cacheKey = `${sha256Hex(secretAccessKey)}|${date}|${region}|${service}`;
  const hit = keyCache.get(cacheKey);
  if (hit) return hit;
  const kDate = createHmac('sha256', `AWS4${secretAccessKey}`).update(date).digest();
  const kRegion = createHmac('sha256', kDate).update(region).digest();
  const kService = createHmac('sha256', kRegion).update(service).digest();
  const kSigning = createHmac('sha256', kService).update('aws4_request').digest();
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value as string);
  keyCache.set(cacheKey, kSigning);
  return kSigning;
}

export function signString(signingKey: Buffer, stringToSign: string): string {
  return createHmac('sha256', signingKey).update(stringToSign).digest('hex');
}

/** Signs a request; returns the headers to add and every intermediate string (for tests/debugging). */
export function signAwsRequest(request: SigV4Request, options: SigV4Options): SigV4Result {
  const { host, path, query } = splitRawUrl(request.url);
  const amzDate = toAmzDate(options.now ?? new Date());
  const payloadHash = sha256Hex(request.body ?? '');
  const given: Record<string, string | readonly string[] | undefined> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    // Stale signing headers from an earlier attempt must not be signed again.
    if (lower === 'x-amz-date' || lower === 'x-amz-security-token' || lower === 'x-amz-content-sha256') continue;
    given[lower] = value;
  }
  const added: Record<string, string> = { 'x-amz-date': amzDate };
  if (options.credentials.sessionToken) added['x-amz-security-token'] = options.credentials.sessionToken;
  if (options.addContentSha256Header) added['x-amz-content-sha256'] = payloadHash;
  const headers = canonicalHeaders({ host, ...given, ...added });
  const { canonicalRequest, signedHeaders } = buildCanonicalRequest({ method: request.method, path, query, headers, payloadHash });
  const scope = credentialScope(amzDate, options.region, options.service);
  const stringToSign = buildStringToSign(amzDate, scope, canonicalRequest);
  const key = deriveSigningKey(options.credentials.secretAccessKey, amzDate.slice(0, 8), options.region, options.service);
  const signature = signString(key, stringToSign);
  added.authorization = `${SIGV4_ALGORITHM} Credential=${options.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { headers: added, canonicalRequest, stringToSign, signature, signedHeaders };
}
