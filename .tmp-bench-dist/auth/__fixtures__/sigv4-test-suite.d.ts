/**
 * AWS SigV4 test-suite vectors (header signing), copied from the copy of AWS's
 * aws-sig-v4-test-suite that the AWS Common Runtime vendors:
 *   github.com/awslabs/aws-c-auth @ 495329c2433034bd8fd53fc6ba9e0202d3fac876,
 *   tests/aws-signing-test-suite/v4/<name>/{context.json,request.txt,header-canonical-request.txt,
 *   header-string-to-sign.txt,header-signature.txt}
 * Upstream: https://docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html
 * Every case: credentials AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, region us-east-1,
 * service "service", time 2015-08-30T12:36:00Z, "normalize": true. `signBody` is the suite's
 * sign_body (adds x-amz-content-sha256); `sessionToken` its credentials.token.
 */
export interface SigV4Vector {
    name: string;
    method: string;
    /** Request target exactly as in request.txt (raw, not percent-encoded). */
    target: string;
    headers: [string, string][];
    body?: string;
    signBody: boolean;
    sessionToken?: string;
    canonicalRequest: string;
    stringToSign: string;
    signature: string;
}
export declare const SIGV4_SUITE_CREDENTIALS: {
    accessKeyId: string;
    secretAccessKey: string;
};
export declare const SIGV4_SUITE_TIME: Date;
export declare const SIGV4_VECTORS: SigV4Vector[];
