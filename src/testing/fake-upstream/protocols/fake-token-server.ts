import { createPublicKey, createVerify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local stand-ins for the OAuth token endpoints the cloud providers use, so token flows are
 * tested without network: Google's (`POST /token`: RFC 7523 JWT-bearer assertions, verified with
 * the service account's public key, and `refresh_token` grants) and Microsoft Entra's
 * (`POST /{tenant}/oauth2/v2.0/token`, client credentials). Error bodies are the real ones.
 * Independent of src/auth on purpose: it checks our JWTs, it does not reuse our JWT code.
 */
export interface FakeTokenServerOptions {
  /** Service accounts: client_email → public key (PEM or KeyObject). */
  serviceAccounts?: Record<string, string | KeyObject>;
  /** authorized_user credentials: client_id → secret and refresh token. */
  authorizedUsers?: Record<string, { clientSecret: string; refreshToken: string }>;
  /** Entra apps: tenant → client_id → client_secret. */
  entraClients?: Record<string, Record<string, string>>;
  /** Token lifetime in seconds (default 3600). */
  expiresIn?: number;
  /** Clock (epoch ms) for JWT iat/exp checks. */
  now?: () => number;
  /** Hold each token response this long (to observe concurrency). */
  delayMs?: number;
}

export interface TokenRequestRecord {
  path: string;
  grantType: string | null;
  clientId?: string;
  scope?: string;
  /** Decoded JWT claims for jwt-bearer grants. */
  claims?: Record<string, unknown>;
  status: number;
}

export interface FakeTokenServer {
  readonly url: string;
  /** Google-style token URI (use as a service account's `token_uri`). */
  readonly googleTokenUrl: string;
  /** Entra authority host (token URL is `${entraAuthority}/{tenant}/oauth2/v2.0/token`). */
  readonly entraAuthority: string;
  readonly requests: readonly TokenRequestRecord[];
  /** True for a token this server issued (fake upstreams accept only these). */
  isIssued(token: string): boolean;
  /** The next `count` token requests fail with this status/body. */
  failNext(status: number, body: Record<string, unknown>, count?: number): void;
  close(): Promise<void>;
}

function b64urlJson(part: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function startFakeTokenServer(options: FakeTokenServerOptions = {}): Promise<FakeTokenServer> {
  const keys = new Map<string, KeyObject>();
  for (const [email, key] of Object.entries(options.serviceAccounts ?? {}))
    keys.set(email, typeof key === 'string' ? createPublicKey(key) : key);
  const issued = new Set<string>();
  const requests: TokenRequestRecord[] = [];
  const failures: { status: number; body: Record<string, unknown> }[] = [];
  const expiresIn = options.expiresIn ?? 3600;
  const now = options.now ?? Date.now;
  let seq = 0;
  let base = '';

  const send = (res: ServerResponse, record: TokenRequestRecord, status: number, body: Record<string, unknown>) => {
    record.status = status;
    requests.push(record);
    const text = JSON.stringify(body);
    const write = () => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (options.delayMs) setTimeout(write, options.delayMs);
    else write();
  };

  const google = (form: URLSearchParams, record: TokenRequestRecord): [number, Record<string, unknown>] => {
    const invalidGrant = (description: string): [number, Record<string, unknown>] => [
      400,
      { error: 'invalid_grant', error_description: description },
    ];
    if (record.grantType === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      const assertion = form.get('assertion') ?? '';
      const parts = assertion.split('.');
      const header = parts.length === 3 ? b64urlJson(parts[0]) : undefined;
      const claims = parts.length === 3 ? b64urlJson(parts[1]) : undefined;
      if (!header || !claims)
        return invalidGrant('Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.');
      record.claims = claims;
      if (header.alg !== 'RS256') return invalidGrant('Invalid JWT Signature.');
      const key = typeof claims.iss === 'string' ? keys.get(claims.iss) : undefined;
      if (!key) return invalidGrant('Invalid grant: account not found');
      const ok = createVerify('RSA-SHA256').update(`${parts[0]}.${parts[1]}`).verify(key, Buffer.from(parts[2], 'base64url'));
      if (!ok) return invalidGrant('Invalid JWT Signature.');
      if (claims.aud !== `${base}/token`) return invalidGrant(`Invalid JWT: Failed audience check. The right audience is ${base}/token`);
      const t = Math.floor(now() / 1000);
      const iat = Number(claims.iat);
      const exp = Number(claims.exp);
      if (!Number.isFinite(iat) || !Number.isFinite(exp) || exp - iat > 3600 || exp < t || iat > t + 300) {
        return invalidGrant(
          'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
        );
      }
      if (typeof claims.scope !== 'string' || claims.scope === '')
        return [400, { error: 'invalid_scope', error_description: 'Empty or missing scope not allowed.' }];
      record.scope = claims.scope;
    } else if (record.grantType === 'refresh_token') {
      const clientId = form.get('client_id') ?? '';
      record.clientId = clientId;
      const user = options.authorizedUsers?.[clientId];
      if (!user || user.clientSecret !== form.get('client_secret'))
        return [401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' }];
      if (user.refreshToken !== form.get('refresh_token')) return invalidGrant('Bad Request');
    } else {
      return [400, { error: 'unsupported_grant_type', error_description: `Invalid grant_type: ${record.grantType ?? ''}` }];
    }
    const token = `ya29.fake-google-${++seq}`;
    issued.add(token);
    return [200, { access_token: token, expires_in: expiresIn, token_type: 'Bearer' }];
  };

  const entra = (tenant: string, form: URLSearchParams, record: TokenRequestRecord): [number, Record<string, unknown>] => {
    const clientId = form.get('client_id') ?? '';
    record.clientId = clientId;
    record.scope = form.get('scope') ?? undefined;
    if (record.grantType !== 'client_credentials') {
      return [400, { error: 'unsupported_grant_type', error_description: 'AADSTS70003: The app requested an unsupported grant type.' }];
    }
    const app = options.entraClients?.[tenant];
    if (!app) return [400, { error: 'invalid_request', error_description: `AADSTS90002: Tenant '${tenant}' not found.` }];
    if (!(clientId in app))
      return [
        400,
        {
          error: 'unauthorized_client',
          error_description: `AADSTS700016: Application with identifier '${clientId}' was not found in the directory.`,
        },
      ];
    if (app[clientId] !== form.get('client_secret')) {
      return [
        401,
        {
          error: 'invalid_client',
          error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.`,
        },
      ];
    }
    if (!record.scope?.endsWith('/.default')) {
      return [
        400,
        {
          error: 'invalid_scope',
          error_description:
            'AADSTS1002012: The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.',
        },
      ];
    }
    const token = `eyJ0eXAiOiJKV1QifQ.fake-entra-${++seq}`;
    issued.add(token);
    return [200, { token_type: 'Bearer', expires_in: expiresIn, ext_expires_in: expiresIn, access_token: token }];
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const path = (req.url ?? '/').split('?')[0];
    const record: TokenRequestRecord = { path, grantType: form.get('grant_type'), status: 0 };
    if (req.method !== 'POST') return send(res, record, 405, { error: 'method_not_allowed' });
    const failure = failures.shift();
    if (failure) return send(res, record, failure.status, failure.body);
    if (path === '/token') return send(res, record, ...google(form, record));
    const m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
    if (m) return send(res, record, ...entra(decodeURIComponent(m[1]), form, record));
    return send(res, record, 404, { error: 'not_found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    googleTokenUrl: `${base}/token`,
    entraAuthority: base,
    requests,
    isIssued: (token) => issued.has(token),
    failNext(status, body, count = 1) {
      for (let i = 0; i < count; i++) failures.push({ status, body });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
