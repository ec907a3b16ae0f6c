import { describe, expect, it } from 'vitest';
import { awsCredentialsFromEnv, awsCredentialsFromSettings, awsRegionFromEnv, regionFromBedrockHost } from './aws-credentials.js';

describe('AWS credentials', () => {
  it('reads snake_case, camelCase and vv-llm spellings from settings', () => {
    expect(awsCredentialsFromSettings({ access_key_id: 'A', secret_access_key: 'S', session_token: 'T' })).toEqual({
      accessKeyId: 'A',
      secretAccessKey: 'S',
      sessionToken: 'T',
    });
    expect(awsCredentialsFromSettings({ accessKeyId: 'A', secretAccessKey: 'S' })).toEqual({ accessKeyId: 'A', secretAccessKey: 'S' });
    expect(awsCredentialsFromSettings({ access_key: 'A', secret_key: 'S' })).toEqual({ accessKeyId: 'A', secretAccessKey: 'S' });
    expect(awsCredentialsFromSettings({ access_key_id: 'A' })).toBeUndefined();
  });

  it('reads the standard environment variables and region', () => {
    expect(awsCredentialsFromEnv({ AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 'S', AWS_SESSION_TOKEN: 'T' })).toEqual({
      accessKeyId: 'A',
      secretAccessKey: 'S',
      sessionToken: 'T',
    });
    expect(awsCredentialsFromEnv({ AWS_ACCESS_KEY_ID: 'A' })).toBeUndefined();
    expect(awsRegionFromEnv({ AWS_DEFAULT_REGION: 'eu-west-3' })).toBe('eu-west-3');
    expect(awsRegionFromEnv({ AWS_REGION: 'ap-south-1', AWS_DEFAULT_REGION: 'eu-west-3' })).toBe('ap-south-1');
  });

  it('finds the region in a Bedrock runtime host', () => {
    expect(regionFromBedrockHost('https://bedrock-runtime.eu-west-1.amazonaws.com/model/x/converse')).toBe('eu-west-1');
    expect(regionFromBedrockHost('https://bedrock-runtime-fips.us-gov-west-1.amazonaws.com')).toBe('us-gov-west-1');
    expect(regionFromBedrockHost('http://127.0.0.1:8080/model/x/converse')).toBeUndefined();
  });
});
