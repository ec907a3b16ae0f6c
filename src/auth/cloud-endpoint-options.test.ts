import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testEndpoint } from './__fixtures__/test-endpoint.js';
import { resolveCloudEndpointOptions } from './cloud-endpoint-options.js';

describe('resolveCloudEndpointOptions', () => {
  it('fills Azure base and api-version from the environment', () => {
    expect(
      resolveCloudEndpointOptions(testEndpoint('azure_openai'), 'azure_openai', {
        AZURE_OPENAI_ENDPOINT: 'https://r.openai.azure.com/',
        OPENAI_API_VERSION: '2025-01-01-preview',
      }),
    ).toEqual({
      api_base: 'https://r.openai.azure.com',
      api_version: '2025-01-01-preview',
    });
    expect(
      resolveCloudEndpointOptions(testEndpoint('azure_openai', { apiVersion: 'v1' }), 'azure_openai', { AZURE_RESOURCE_NAME: 'res' }),
    ).toEqual({ resource_name: 'res', api_version: 'v1' });
    expect(
      resolveCloudEndpointOptions(testEndpoint('azure_openai', { apiBase: 'https://set' }), 'azure_openai', {
        AZURE_OPENAI_ENDPOINT: 'https://env',
      }),
    ).toEqual({});
  });

  it('finds the Vertex project in settings, credentials, env or the key file, and defaults the region to global', () => {
    expect(
      resolveCloudEndpointOptions(
        testEndpoint('vertex_gemini', { raw: { id: 'v', project: 'p1' }, region: 'us-east5' }),
        'vertex_gemini',
        {},
      ),
    ).toEqual({ project: 'p1', region: 'us-east5' });
    expect(
      resolveCloudEndpointOptions(testEndpoint('vertex_gemini', { credentials: { quota_project_id: 'p2' } }), 'vertex_anthropic', {}),
    ).toEqual({ project: 'p2', region: 'global' });
    expect(
      resolveCloudEndpointOptions(testEndpoint('vertex_gemini'), 'vertex_gemini', {
        GOOGLE_CLOUD_PROJECT: 'p3',
        GOOGLE_CLOUD_LOCATION: 'europe-west1',
      }),
    ).toEqual({ project: 'p3', region: 'europe-west1' });
    const file = join(mkdtempSync(join(tmpdir(), 'adc-')), 'sa.json');
    writeFileSync(file, JSON.stringify({ type: 'service_account', project_id: 'p4' }));
    expect(resolveCloudEndpointOptions(testEndpoint('vertex_gemini'), 'vertex_gemini', { GOOGLE_APPLICATION_CREDENTIALS: file })).toEqual({
      project: 'p4',
      region: 'global',
    });
  });

  it('takes the Bedrock region from settings, then AWS_REGION / AWS_DEFAULT_REGION', () => {
    expect(resolveCloudEndpointOptions(testEndpoint('bedrock', { region: 'eu-west-1' }), 'bedrock', { AWS_REGION: 'us-west-2' })).toEqual({
      region: 'eu-west-1',
    });
    expect(resolveCloudEndpointOptions(testEndpoint('bedrock'), 'bedrock', { AWS_DEFAULT_REGION: 'us-west-2' })).toEqual({
      region: 'us-west-2',
    });
    expect(resolveCloudEndpointOptions(testEndpoint('bedrock'), 'bedrock', {})).toEqual({});
  });
});
