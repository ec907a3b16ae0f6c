import type { EndpointConfig } from '../settings/resolved-settings.js';
import { AWS_CREDENTIAL_FIELDS } from './aws-credentials.js';
import type { CloudProtocol } from './cloud-endpoint-options.js';
import { googleCredentialsKind } from './google-credentials.js';

export interface CredentialIssue {
  /** `endpoints[2].credentials.private_key` (prefixed with the given base path). */
  path: string;
  message: string;
}

type Check = (c: Record<string, unknown>, at: (field: string) => string, issues: CredentialIssue[]) => void;

function requireString(c: Record<string, unknown>, names: readonly string[], at: (f: string) => string, issues: CredentialIssue[]): void {
  const present = names.find((n) => n in c);
  if (present === undefined) issues.push({ path: at(names[0]), message: 'missing' });
  else if (typeof c[present] !== 'string' || c[present] === '') issues.push({ path: at(present), message: 'must be a non-empty string' });
}

function optionalUrl(c: Record<string, unknown>, name: string, at: (f: string) => string, issues: CredentialIssue[]): void {
  const v = c[name];
  if (v === undefined) return;
  if (typeof v !== 'string' || !/^https?:\/\/[^\s]+$/i.test(v)) issues.push({ path: at(name), message: `must be an http(s) URL` });
}

const bedrock: Check = (c, at, issues) => {
  const { accessKey, secretKey, sessionToken } = AWS_CREDENTIAL_FIELDS;
  const hasKeys = [...accessKey, ...secretKey].some((n) => n in c);
  if (!hasKeys) {
    if ('api_key' in c || 'bearer_token' in c) requireString(c, ['api_key', 'bearer_token'], at, issues);
    else
      issues.push({
        path: at(''),
        message: 'expected AWS access keys {access_key_id, secret_access_key, session_token?} or a Bedrock {api_key}',
      });
    return;
  }
  requireString(c, accessKey, at, issues);
  requireString(c, secretKey, at, issues);
  const token = sessionToken.find((n) => n in c);
  if (token && typeof c[token] !== 'string') issues.push({ path: at(token), message: 'must be a string' });
};

const vertex: Check = (c, at, issues) => {
  switch (googleCredentialsKind(c)) {
    case 'service_account':
      requireString(c, ['client_email'], at, issues);
      requireString(c, ['private_key'], at, issues);
      if (typeof c.private_key === 'string' && c.private_key !== '' && !/-----BEGIN (?:RSA )?PRIVATE KEY-----/.test(c.private_key)) {
        issues.push({
          path: at('private_key'),
          message: 'is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----"; keep the \\n line breaks)',
        });
      }
      optionalUrl(c, 'token_uri', at, issues);
      break;
    case 'authorized_user':
      requireString(c, ['client_id'], at, issues);
      requireString(c, ['client_secret'], at, issues);
      requireString(c, ['refresh_token'], at, issues);
      optionalUrl(c, 'token_uri', at, issues);
      break;
    case 'access_token':
      requireString(c, ['access_token'], at, issues);
      break;
    case 'file':
      requireString(c, ['credentials_file', 'key_file'], at, issues);
      break;
    default:
      issues.push({
        path: at(''),
        message:
          'expected a service-account key {client_email, private_key, …}, authorized_user {client_id, client_secret, refresh_token}, {access_token} or {credentials_file}',
      });
  }
};

const azure: Check = (c, at, issues) => {
  if (['azure_ad_token', 'access_token', 'bearer_token'].some((n) => n in c)) {
    requireString(c, ['azure_ad_token', 'access_token', 'bearer_token'], at, issues);
    return;
  }
  if (!['tenant_id', 'tenantId', 'client_id', 'clientId', 'client_secret', 'clientSecret'].some((n) => n in c)) {
    issues.push({ path: at(''), message: 'expected Entra app credentials {tenant_id, client_id, client_secret} or {azure_ad_token}' });
    return;
  }
  requireString(c, ['tenant_id', 'tenantId'], at, issues);
  requireString(c, ['client_id', 'clientId'], at, issues);
  requireString(c, ['client_secret', 'clientSecret'], at, issues);
  for (const name of ['authority_host', 'authorityHost', 'authority', 'token_url', 'tokenUrl']) optionalUrl(c, name, at, issues);
};

const CHECKS: Record<CloudProtocol, Check> = {
  bedrock,
  vertex_gemini: vertex,
  vertex_anthropic: vertex,
  azure_openai: azure,
};

/**
 * Checks an endpoint's `credentials` object for its cloud protocol and returns every problem with
 * the field named (`endpoints[2].credentials.private_key: missing`). `protocol` defaults to the
 * endpoint's kind; endpoints of other kinds (or without credentials) yield no issues. Never
 * echoes secret values.
 */
export function validateCloudCredentials(endpoint: EndpointConfig, basePath = '', protocol?: CloudProtocol): CredentialIssue[] {
  const p = protocol ?? (endpoint.kind in CHECKS ? (endpoint.kind as CloudProtocol) : undefined);
  const c = endpoint.credentials;
  if (!p || c === undefined) return [];
  const prefix = basePath ? `${basePath}.credentials` : 'credentials';
  const at = (field: string) => (field ? `${prefix}.${field}` : prefix);
  if (c === null || typeof c !== 'object' || Array.isArray(c)) return [{ path: prefix, message: 'must be an object' }];
  const issues: CredentialIssue[] = [];
  CHECKS[p](c, at, issues);
  return issues;
}
