import { packageVersion } from '../runtime/package-root.js';

/** The package version, read once from package.json. */
export const GATEWAY_VERSION: string = packageVersion();
