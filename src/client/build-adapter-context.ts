import { cloudEndpointOptions } from '../providers/cloud-auth.js';
import type { AdapterContext } from '../providers/provider-adapter.js';
import type { Protocol } from '../providers/provider-preset.js';
import type { ApiKeyConfig } from '../settings/resolved-settings.js';
import type { Deployment } from './deployment.js';

/** The pure data an adapter needs for one attempt on one deployment with one key. */
export function buildAdapterContext(deployment: Deployment, key: ApiKeyConfig | undefined, stream: boolean, protocol?: Protocol): AdapterContext {
  const m = deployment.model;
  return {
    provider: deployment.backend,
    model: deployment.modelId,
    apiBase: deployment.apiBase,
    apiKey: key?.key,
    stream,
    quirks: deployment.quirks,
    capabilities: {
      maxOutputTokens: m.maxOutputTokens,
      contextLength: m.contextLength,
      functionCallAvailable: m.functionCallAvailable,
      responseFormatAvailable: m.responseFormatAvailable,
      nativeMultimodal: m.nativeMultimodal,
    },
    endpointOptions: {
      ...deployment.endpoint.raw,
      region: deployment.endpoint.region,
      api_version: deployment.endpoint.apiVersion,
      // Cloud endpoints: env fallbacks (AZURE_OPENAI_ENDPOINT, GOOGLE_CLOUD_PROJECT, AWS_REGION, …).
      ...(protocol ? cloudEndpointOptions(deployment.endpoint, protocol) : {}),
    },
  };
}
