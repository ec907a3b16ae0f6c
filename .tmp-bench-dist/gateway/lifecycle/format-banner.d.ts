import type { GatewayConfig } from '../config/gateway-config.js';
export interface BannerInfo {
    url: string;
    version: string;
    config: GatewayConfig;
    readyMs: number;
    storeLabel: string;
    limitsLabel: string;
    workers: number;
    watching: boolean;
}
/** The startup banner: where it listens, what it serves, and how to add a provider. */
export declare function formatBanner(info: BannerInfo): string;
