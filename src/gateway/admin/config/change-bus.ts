import type { GatewayLogger } from '../../logging/create-logger.js';

export type ChangeKind = 'config' | 'keys' | 'active' | 'breaker' | 'key_enable';

export interface ChangeNotice {
  kind: ChangeKind;
  /** Instance that made the change (its own notices are ignored). */
  from: string;
  revision?: number;
  /** Breaker resets: the deployment key. */
  deployment?: string;
  /** Key re-enables: endpoint id and key id. */
  endpoint?: string;
  keyId?: string;
}

interface RedisLike {
  connect(): Promise<void>;
  subscribe(channel: string): Promise<unknown>;
  publish(channel: string, message: string): Promise<number>;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  disconnect(): void;
}

/** Channel prefix; the full name adds a digest of the shared store, so separate deployments on one Redis never hear each other. */
export const CHANGE_CHANNEL = 'stable-llm:admin:changes';

/**
 * Tells other gateway instances that the console changed something, so they reload it from the
 * shared store. Redis pub/sub when `stores.redis_url` is set; otherwise a no-op (instances still
 * converge through the periodic store poll in AdminConfigManager).
 */
export class ChangeBus {
  private pub: RedisLike | undefined;
  private sub: RedisLike | undefined;
  private listener: ((notice: ChangeNotice) => void) | undefined;
  private channel = CHANGE_CHANNEL;

  constructor(
    readonly instanceId: string,
    private readonly logger: GatewayLogger,
  ) {}

  get connected(): boolean {
    return this.pub !== undefined;
  }

  /** Connects publisher and subscriber; failures are logged and leave the bus off. */
  async connect(redisUrl: string | undefined, scope: string, onNotice: (notice: ChangeNotice) => void): Promise<void> {
    this.listener = onNotice;
    if (!redisUrl) return;
    this.channel = `${CHANGE_CHANNEL}:${scope}`;
    try {
      const mod = (await import('ioredis')) as unknown as { default: new (url: string, options: Record<string, unknown>) => RedisLike };
      const options = { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 3000 };
      const pub = new mod.default(redisUrl, options);
      const sub = new mod.default(redisUrl, options);
      pub.on('error', () => undefined);
      sub.on('error', () => undefined);
      await Promise.all([pub.connect(), sub.connect()]);
      await sub.subscribe(this.channel);
      sub.on('message', (channel: unknown, message: unknown) => {
        if (channel !== this.channel || typeof message !== 'string') return;
        const notice = parseNotice(message);
        if (notice && notice.from !== this.instanceId) this.listener?.(notice);
      });
      this.pub = pub;
      this.sub = sub;
    } catch (err) {
      this.logger.warn(
        { err: (err as Error).message },
        'admin console: Redis change notifications unavailable; other instances pick up changes by polling the store',
      );
      this.close();
    }
  }

  publish(notice: Omit<ChangeNotice, 'from'>): void {
    if (!this.pub) return;
    this.pub.publish(this.channel, JSON.stringify({ ...notice, from: this.instanceId })).catch((err: unknown) => {
      this.logger.warn({ err: (err as Error).message }, 'admin console: change notification failed');
    });
  }

  close(): void {
    this.pub?.disconnect();
    this.sub?.disconnect();
    this.pub = undefined;
    this.sub = undefined;
  }
}

function parseNotice(text: string): ChangeNotice | undefined {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    if (typeof v.from !== 'string' || !['config', 'keys', 'active', 'breaker', 'key_enable'].includes(v.kind as string)) return undefined;
    return {
      kind: v.kind as ChangeKind,
      from: v.from,
      revision: typeof v.revision === 'number' ? v.revision : undefined,
      deployment: typeof v.deployment === 'string' ? v.deployment : undefined,
      endpoint: typeof v.endpoint === 'string' ? v.endpoint : undefined,
      keyId: typeof v.keyId === 'string' ? v.keyId : undefined,
    };
  } catch {
    return undefined;
  }
}
