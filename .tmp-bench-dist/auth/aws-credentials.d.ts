import type { AwsCredentials } from './aws-sigv4.js';
export declare const AWS_CREDENTIAL_FIELDS: {
    accessKey: readonly ["access_key_id", "accessKeyId", "aws_access_key_id", "access_key", "aws_access_key"];
    secretKey: readonly ["secret_access_key", "secretAccessKey", "aws_secret_access_key", "secret_key", "aws_secret_key"];
    sessionToken: readonly ["session_token", "sessionToken", "aws_session_token"];
};
/** True when a settings `credentials` object carries any AWS key field. */
export declare function hasAwsKeyFields(credentials: Record<string, unknown> | undefined): boolean;
/** Access keys from a settings `credentials` object (snake_case or camelCase). */
export declare function awsCredentialsFromSettings(credentials: Record<string, unknown> | undefined): AwsCredentials | undefined;
/** The standard AWS environment variables. */
export declare function awsCredentialsFromEnv(env?: NodeJS.ProcessEnv): AwsCredentials | undefined;
/** `AWS_REGION`, then `AWS_DEFAULT_REGION` (what the CLI and SDKs read). */
export declare function awsRegionFromEnv(env?: NodeJS.ProcessEnv): string | undefined;
/** Region from a Bedrock runtime host (`bedrock-runtime[-fips].{region}.amazonaws.com`). */
export declare function regionFromBedrockHost(url: string): string | undefined;
