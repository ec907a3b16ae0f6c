import { randomUUID } from 'node:crypto';
import type { HealthBus, HealthEvent } from './health-bus.js';

interface PubSubClient {
  publish(channel: string, message: string): Promise<unknown>;
  subscribe(channel: string): Promise<unknown>;
  on(event: 'message', handler: (channel: string, message: string) => void): unknown;
  on(event: 'error', handler: (err: unknown) => void): unknown;
  quit(): Promise<unknown>;
  disconnect(): void;
}

/**
 * HealthBus over Redis pub/sub (one publishing and one subscribed connection; ioredis is loaded
 * only here). Messages carry the sender's instance id so an instance ignores its own events.
 * Pub/sub is fire-and-forget: an instance that starts later learns state from its own traffic.
 */
export class RedisHealthBus implements HealthBus {
  readonly instanceId = randomUUID();
  private readonly handlers = new Set<(event: HealthEvent) => void>();

  private constructor(
    private readonly pub: PubSubClient,
    private readonly sub: PubSubClient,
    private readonly channel: string,
  ) {
    sub.on('message', (ch, message) => {
      if (ch !== this.channel) return;
      let parsed: { from?: string; event?: HealthEvent };
      try {
        parsed = JSON.parse(message) as { from?: string; event?: HealthEvent };
      } catch {
        return;
      }
      if (!parsed.event || parsed.from === this.instanceId) return;
      for (const h of this.handlers) {
        try {
          h(parsed.event);
        } catch {
          // A bad handler must not stop the others.
        }
      }
    });
  }

  static async connect(url: string, options: { prefix?: string } = {}): Promise<RedisHealthBus> {
    const mod = (await import('ioredis')) as unknown as { default: new (url: string, opts: Record<string, unknown>) => PubSubClient };
    const make = (): PubSubClient => {
      const c = new mod.default(url, { maxRetriesPerRequest: 2, connectTimeout: 3000 });
      c.on('error', () => undefined);
      return c;
    };
    const pub = make();
    const sub = make();
    const channel = `${options.prefix ?? 'stable-llm:'}health`;
    await sub.subscribe(channel);
    return new RedisHealthBus(pub, sub, channel);
  }

  publish(event: HealthEvent): void {
    void this.pub.publish(this.channel, JSON.stringify({ from: this.instanceId, event })).catch(() => undefined);
  }

  subscribe(handler: (event: HealthEvent) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}
