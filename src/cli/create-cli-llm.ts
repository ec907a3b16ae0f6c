import type { RouteInput } from '../router/route-config.js';
import type { StableLLM } from '../stable/stable-llm.js';
import { usageError } from './cli-error.js';
import { type CliConfig, hasEnabledModel } from './load-cli-config.js';
import { noProviderError } from './no-provider-error.js';

export interface LLMFlags {
  serviceOrder?: string[];
  /** Per-attempt timeout, seconds (the seed's service timeout). */
  timeout?: number;
  /** Non-fatal notes for the user (stderr). */
  warn?: (message: string) => void;
}

/** The StableLLM facade configured from the CLI config and flags; fails early when nothing is callable. */
export async function createCliLLM(config: CliConfig, flags: LLMFlags): Promise<StableLLM> {
  if (!hasEnabledModel(config.settings)) throw noProviderError(config.configPath);
  const serviceOrder = flags.serviceOrder ?? (config.serviceOrder.length ? config.serviceOrder : undefined);
  if (serviceOrder) {
    const known = Object.keys(config.settings.backends);
    const unknown = serviceOrder.filter((s) => !s.includes('/') && !known.includes(s));
    // Like the seed: services without a key are skipped, not fatal — unless none is left.
    if (unknown.length === serviceOrder.length) {
      throw usageError(
        `--service-order: none of ${unknown.join(', ')} is configured`,
        `configured backends: ${known.join(', ') || '(none)'}`,
      );
    }
    if (unknown.length > 0) flags.warn?.(`--service-order: skipping ${unknown.join(', ')} (not configured)`);
  }
  const routes: Record<string, RouteInput> = {};
  for (const [name, route] of config.routes) {
    routes[name] = {
      strategy: route.strategy,
      targets: route.targets.map((t) => ({ target: `${t.backend}/${t.model}`, weight: t.weight, priority: t.priority })),
      ...(route.hedgeAfterMs !== undefined ? { hedge_after_ms: route.hedgeAfterMs } : {}),
    };
  }
  const { StableLLM } = await import('../stable/stable-llm.js');
  return new StableLLM({
    settings: config.settings,
    routes,
    serviceOrder,
    ...(flags.timeout !== undefined ? { serviceTimeout: flags.timeout, deadline: Math.max(180, flags.timeout * 3) } : {}),
  });
}
