/**
 * Health events one engine instance shares with the others (breaker trips and recoveries, key
 * cooldowns, disables and re-enables), so a 429 or an outage seen by one gateway process or host
 * is respected by all of them at once. Transport-agnostic: Redis pub/sub is one implementation.
 */
export type HealthEvent =
  | { type: 'breaker_open'; deployment: string; coolDownMs: number }
  | { type: 'breaker_closed'; deployment: string }
  | { type: 'key_cooldown'; endpoint: string; keyId: string; untilMs: number; reason: string }
  | { type: 'key_disabled'; endpoint: string; keyId: string; reason: string }
  | { type: 'key_enabled'; endpoint: string; keyId: string };

export interface HealthBus {
  /** Sends to every other instance (never delivered back to the sender). */
  publish(event: HealthEvent): void;
  subscribe(handler: (event: HealthEvent) => void): () => void;
  close(): Promise<void>;
}
