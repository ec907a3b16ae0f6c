/** The package version, read once from package.json (two levels up from src/ or dist/). */
export declare const GATEWAY_VERSION: string;
