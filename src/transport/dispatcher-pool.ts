import { type Dispatcher, Pool, ProxyAgent } from 'undici';

export interface DispatcherOptions {
  /** Max sockets per origin. */
  connections?: number;
  /** HTTP(S) proxy URL for this endpoint. */
  proxy?: string;
}

/**
 * One long-lived undici dispatcher per origin (and per proxy), so keep-alive sockets are reused
 * across requests and attempts. Header/body timeouts are raised far above undici's defaults:
 * slow first tokens and long streams are normal for LLMs, and our own per-stage timers (connect,
 * first token, idle gap, deadline) decide when to give up — by aborting, which frees the socket.
 */
const pools = new Map<string, Dispatcher>();

const LONG_TIMEOUT_MS = 10 * 60_000;

/** Sockets per upstream origin; `STABLE_LLM_MAX_CONNECTIONS` overrides. */
const DEFAULT_CONNECTIONS = Number(process.env.STABLE_LLM_MAX_CONNECTIONS) || 4096;

export function getDispatcher(origin: string, options: DispatcherOptions = {}): Dispatcher {
  const cacheKey = options.proxy ? `${origin}|${options.proxy}` : origin;
  let dispatcher = pools.get(cacheKey);
  if (dispatcher === undefined) {
    const common = {
      // Streams hold a socket for their whole length: the cap must stay above the concurrent streams
      // one gateway holds per provider (GUIDE §6: 1,000), or the rest queue for a free socket.
      connections: options.connections ?? DEFAULT_CONNECTIONS,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 120_000,
      headersTimeout: LONG_TIMEOUT_MS,
      bodyTimeout: LONG_TIMEOUT_MS,
      connectTimeout: 10_000,
    };
    dispatcher = options.proxy ? new ProxyAgent({ uri: options.proxy, ...common }) : new Pool(origin, common);
    pools.set(cacheKey, dispatcher);
  }
  return dispatcher;
}

/** Closes every pooled dispatcher (graceful shutdown, tests). */
export async function closeAllDispatchers(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.allSettled(all.map((d) => d.close()));
}
