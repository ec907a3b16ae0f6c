/** SHA-256 digest; secrets are compared and looked up by digest, never as plain strings. */
export declare function sha256(text: string): Buffer;
