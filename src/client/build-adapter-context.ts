import { cloudEndpointOptions } from '../providers/cloud-auth.js';
import type { AdapterContext } from '../providers/provider-adapter.js';
import type { Protocol } from '../providers/provider-preset.js';
import type { ApiKeyConfig } from '../settings/resolved-settings.js';
import type { Deployment } from './deployment.js';

/** The pure data an adapter needs for one attempt on one deployment with one key. */
const staticParts = new WeakMap<Deployment, Map<Protocol | undefined, AdapterContext>>();

/**
 * Everything but the key and the stream flag is fixed per deployment (deployments are cached per
 * settings version), so it is built once — env lookups for cloud endpoints included.
 */
export function buildAdapterContext(
  deployment: Deployment,
  key: ApiKeyConfig | undefined,
  stream: boolean,
  protocol?: Protocol,
): AdapterContext {
  let byProtocol = staticParts.get(deployment);
  if (!byProtocol) {
    byProtocol = new Map();
    staticParts.set(deployment, byProtocol);
  }
  let base = byProtocol.get(protocol);
  if (!base) {
    base = buildStatic(deployment, protocol);
    byProtocol.set(protocol, base);
  }
  return { ...base, apiKey: key?.key, stream };
}

function buildStatic(deployment: Deployment, protocol: Protocol | undefined): AdapterContext {
  const m = deployment.model;
  return {
    provider: deployment.backend,
    model: deployment.modelId,
    apiBase: deployment.apiBase,
    apiKey: undefined,
    stream: false,
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
