import type { AdapterContext } from '../providers/provider-adapter.js';
import type { ApiKeyConfig } from '../settings/resolved-settings.js';
import type { Deployment } from './deployment.js';
/** The pure data an adapter needs for one attempt on one deployment with one key. */
export declare function buildAdapterContext(deployment: Deployment, key: ApiKeyConfig | undefined, stream: boolean): AdapterContext;
