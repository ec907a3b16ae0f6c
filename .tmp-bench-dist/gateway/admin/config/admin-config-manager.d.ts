import type { GatewayConfig } from '../../config/gateway-config.js';
import type { GatewayRuntime, ReloadResult } from '../../gateway-runtime.js';
import { type AdminOverlay } from '../overlay/admin-overlay.js';
import type { OverlayStore } from '../overlay/overlay-store.js';
import type { ChangeBus } from './change-bus.js';
/** What a console edit sees: the latest stored overlay (to change in place) and the file's config. */
export interface MutationContext {
    overlay: AdminOverlay;
    base: GatewayConfig;
    /** Merged settings before this edit, console `${ENV}` references kept. */
    source: Record<string, unknown>;
}
/**
 * Owns "file + console overlay = running config". The file's config is the base (whatever the
 * gateway loaded last); the overlay comes from the store. Every edit is serialised, re-based on
 * the latest stored overlay (other instances may have saved since), validated by building the
 * merged config, applied live (`applyConfig`), then saved and announced to other instances.
 */
export declare class AdminConfigManager {
    private readonly runtime;
    private readonly store;
    private readonly bus;
    private readonly env;
    private base;
    private overlay;
    /** Configs this manager produced or already merged; anything else came from a file reload. */
    private readonly known;
    private queue;
    private lastActiveRaw;
    /** Set when the overlay no longer fits the file (e.g. the file dropped an endpoint a console model uses). */
    overlayError: string | undefined;
    constructor(runtime: GatewayRuntime, store: OverlayStore, bus: ChangeBus, env?: NodeJS.ProcessEnv);
    start(): Promise<void>;
    get persistent(): boolean;
    get revision(): number;
    /** The file's config (no console changes). */
    baseConfig(): GatewayConfig;
    currentOverlay(): AdminOverlay;
    /** Merged settings as written (console `${ENV}` references kept) — what edits start from. */
    currentSource(): Record<string, unknown>;
    /** Merges the overlay onto a freshly loaded file config (reload path). Never throws. */
    mergeLoaded(base: GatewayConfig): GatewayConfig;
    /** Picks up a config applied behind our back (a file reload) and puts the overlay back on top. */
    sync(): Promise<void>;
    /** Runs a console edit. A ConfigError (bad input) leaves everything unchanged. */
    mutate(change: (m: MutationContext) => void | Promise<void>): Promise<ReloadResult>;
    /** Another instance changed the overlay (notice or poll): load and apply it. */
    refreshFromStore(): Promise<void>;
    /** Active models chosen on another instance. */
    refreshActive(): Promise<void>;
    /** Records the active-models value this instance just wrote (so polling does not re-apply it). */
    noteActiveWritten(raw: string | undefined): void;
    private install;
    private applyCurrent;
    private exclusive;
}
