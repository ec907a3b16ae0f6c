import type { ErrorKind } from '../spec/error-kind.js';

/** How a call made with a key ended. */
export type KeyOutcome = { ok: true; tokens?: number } | { ok: false; kind: ErrorKind; retryAfterMs?: number; message?: string };

/** What a lease needs from its pool; keeps KeyLease free of a KeyPool import cycle. */
export interface KeyLeaseHost {
  report(keyId: string, outcome: KeyOutcome): void;
  adjustTokens(keyId: string, at: number, delta: number): void;
  /** Undoes the budget charges of a lease that was never used. */
  refund(keyId: string, at: number, estimatedTokens: number): void;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * One key handed out for one call. The secret is only reachable through the `key` getter: it is
 * not an own enumerable property, and `toString`, `toJSON` and `util.inspect` show the masked
 * form, so logging a lease by accident never leaks the key.
 */
export class KeyLease {
  readonly keyId: string;
  readonly masked: string;
  readonly acquiredAt: number;
  readonly estimatedTokens: number;
  readonly #secret: string;
  readonly #host: KeyLeaseHost;
  #settled = false;
  #reported = false;
  #cancelled = false;

  constructor(init: {
    keyId: string;
    masked: string;
    secret: string;
    acquiredAt: number;
    estimatedTokens: number;
    host: KeyLeaseHost;
  }) {
    this.keyId = init.keyId;
    this.masked = init.masked;
    this.acquiredAt = init.acquiredAt;
    this.estimatedTokens = init.estimatedTokens;
    this.#secret = init.secret;
    this.#host = init.host;
  }

  /** The secret itself — pass it to the upstream call and nowhere else. */
  get key(): string {
    return this.#secret;
  }

  /**
   * The request was never sent (another limit or the breaker said no): gives the key's RPM / TPM /
   * RPD charges back. Only before `report` / `settle`; idempotent.
   */
  cancel(): void {
    if (this.#cancelled || this.#reported || this.#settled) return;
    this.#cancelled = true;
    this.#host.refund(this.keyId, this.acquiredAt, this.estimatedTokens);
  }

  /** Reports the outcome once (cooldown / disable per the pool's error policy). */
  report(outcome: KeyOutcome): void {
    if (this.#reported || this.#cancelled) return;
    this.#reported = true;
    this.#host.report(this.keyId, outcome);
    if (outcome.ok && outcome.tokens !== undefined) this.settle(outcome.tokens);
  }

  /** Replaces the token estimate with real usage in the key's TPM budget (once). */
  settle(actualTokens: number): void {
    if (this.#settled || this.#cancelled) return;
    this.#settled = true;
    const delta = Math.max(0, Math.ceil(actualTokens)) - this.estimatedTokens;
    if (delta !== 0) this.#host.adjustTokens(this.keyId, this.acquiredAt, delta);
  }

  toString(): string {
    return `KeyLease(${this.keyId})`;
  }

  toJSON(): { keyId: string; masked: string } {
    return { keyId: this.keyId, masked: this.masked };
  }

  [INSPECT](): string {
    return this.toString();
  }
}
