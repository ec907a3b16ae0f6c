import { createLLMError } from '../errors/llm-error.js';
import type { AccessTokenProvider } from './access-token.js';
import {
  applicationDefaultCredentials,
  googleCredentialsKind,
  googleTokenProvider,
  readGoogleCredentialsFile,
} from './google-credentials.js';
import type { CloudSignerOptions, RequestSigner } from './request-signer.js';

/**
 * Vertex auth, in this order: the endpoint's `credentials` (service-account key, authorized_user,
 * `access_token`, or `credentials_file`) → OAuth Bearer token, cached and refreshed early; the
 * attempt's key (already sent by the adapter: Bearer access token, or `x-goog-api-key` for
 * express mode); Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, the gcloud file).
 */
export function createVertexSigner(options: CloudSignerOptions = {}): RequestSigner {
  return {
    async sign(req, ctx, signal) {
      const creds = ctx.endpoint.credentials;
      let provider: AccessTokenProvider | undefined;
      const tokenOptions = { now: options.now, provider: ctx.provider };
      if (creds && Object.keys(creds).length > 0) {
        if (googleCredentialsKind(creds) === 'file') {
          const path = String(creds.credentials_file ?? creds.key_file);
          provider = googleTokenProvider(await readGoogleCredentialsFile(path, ctx.provider), tokenOptions);
        } else {
          provider = googleTokenProvider(creds, tokenOptions);
        }
      } else if (req.headers.authorization || req.headers['x-goog-api-key']) {
        return req;
      } else {
        const adc = await applicationDefaultCredentials(options.env ?? process.env, ctx.provider);
        if (adc) provider = googleTokenProvider(adc, tokenOptions);
      }
      if (!provider) {
        throw createLLMError({
          kind: 'auth',
          provider: ctx.provider,
          retryable: false,
          code: 'google_credentials_missing',
          message: `${ctx.provider}: no Google credentials for endpoint "${ctx.endpoint.id}": set credentials (service-account JSON), api_key (access token or express-mode key), GOOGLE_VERTEX_ACCESS_TOKEN or GOOGLE_APPLICATION_CREDENTIALS`,
        });
      }
      const token = await provider.getAccessToken(signal);
      const { 'x-goog-api-key': _key, ...headers } = req.headers;
      return { ...req, headers: { ...headers, authorization: `Bearer ${token}` } };
    },
  };
}
