import { createLLMError } from '../errors/llm-error.js';
import { awsCredentialsFromEnv, awsCredentialsFromSettings, awsRegionFromEnv, regionFromBedrockHost } from './aws-credentials.js';
import { signAwsRequest } from './aws-sigv4.js';
import type { CloudSignerOptions, RequestSigner } from './request-signer.js';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * Bedrock auth, in this order: access keys in the endpoint's `credentials` (SigV4); a Bedrock API
 * key (`credentials.api_key`, or the attempt's key from `api_key(s)` / AWS_BEARER_TOKEN_BEDROCK,
 * which the adapter already sent as Bearer); the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
 * (/ AWS_SESSION_TOKEN) environment (SigV4). SigV4 signs service `bedrock` in the endpoint's
 * region (else the one in the host name, else AWS_REGION / AWS_DEFAULT_REGION, else us-east-1).
 */
export function createBedrockSigner(options: CloudSignerOptions = {}): RequestSigner {
  return {
    async sign(req, ctx) {
      const settingsCreds = awsCredentialsFromSettings(ctx.endpoint.credentials);
      const bearer = str(ctx.endpoint.credentials?.api_key) ?? str(ctx.endpoint.credentials?.bearer_token);
      if (!settingsCreds && bearer) return { ...req, headers: { ...req.headers, authorization: `Bearer ${bearer}` } };
      if (!settingsCreds && req.headers.authorization) return req;
      const env = options.env ?? process.env;
      const credentials = settingsCreds ?? awsCredentialsFromEnv(env);
      if (!credentials) {
        throw createLLMError({
          kind: 'auth',
          provider: ctx.provider,
          retryable: false,
          code: 'aws_credentials_missing',
          message: `${ctx.provider}: no AWS credentials for endpoint "${ctx.endpoint.id}": set credentials {access_key_id, secret_access_key}, api_key (Bedrock API key), AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_BEARER_TOKEN_BEDROCK`,
        });
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) {
        if (k === 'authorization' || k.startsWith('x-amz-')) continue;
        headers[k] = v;
      }
      // The host names the region the request really goes to; an explicit setting still wins.
      const region =
        ctx.endpoint.region ?? regionFromBedrockHost(req.url) ?? str(ctx.endpointOptions?.region) ?? awsRegionFromEnv(env) ?? 'us-east-1';
      const signed = signAwsRequest(
        { method: req.method, url: req.url, headers, body: req.body },
        { service: 'bedrock', region, credentials, now: options.now ? new Date(options.now()) : undefined },
      );
      return { ...req, headers: { ...headers, ...signed.headers } };
    },
  };
}
