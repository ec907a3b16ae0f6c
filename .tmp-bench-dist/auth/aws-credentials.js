/** Accepted spellings, first match wins: settings files come from boto3, vv-llm and the JS SDK. */
const ACCESS_KEY = ['access_key_id', 'accessKeyId', 'aws_access_key_id', 'access_key', 'aws_access_key'];
const SECRET_KEY = ['secret_access_key', 'secretAccessKey', 'aws_secret_access_key', 'secret_key', 'aws_secret_key'];
const SESSION_TOKEN = ['session_token', 'sessionToken', 'aws_session_token'];
export const AWS_CREDENTIAL_FIELDS = { accessKey: ACCESS_KEY, secretKey: SECRET_KEY, sessionToken: SESSION_TOKEN };
function first(obj, names) {
    for (const n of names) {
        const v = obj[n];
        if (typeof v === 'string' && v !== '')
            return v;
    }
    return undefined;
}
/** True when a settings `credentials` object carries any AWS key field. */
export function hasAwsKeyFields(credentials) {
    if (!credentials)
        return false;
    return [...ACCESS_KEY, ...SECRET_KEY].some((n) => n in credentials);
}
/** Access keys from a settings `credentials` object (snake_case or camelCase). */
export function awsCredentialsFromSettings(credentials) {
    if (!credentials)
        return undefined;
    const accessKeyId = first(credentials, ACCESS_KEY);
    const secretAccessKey = first(credentials, SECRET_KEY);
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const sessionToken = first(credentials, SESSION_TOKEN);
    return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}
/** The standard AWS environment variables. */
export function awsCredentialsFromEnv(env = process.env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    return env.AWS_SESSION_TOKEN ? { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN } : { accessKeyId, secretAccessKey };
}
/** `AWS_REGION`, then `AWS_DEFAULT_REGION` (what the CLI and SDKs read). */
export function awsRegionFromEnv(env = process.env) {
    return env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
}
/** Region from a Bedrock runtime host (`bedrock-runtime[-fips].{region}.amazonaws.com`). */
export function regionFromBedrockHost(url) {
    const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1];
    return host ? /^bedrock-runtime(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/i.exec(host)?.[1] : undefined;
}
//# sourceMappingURL=aws-credentials.js.map