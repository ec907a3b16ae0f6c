/**
 * The semantics every LimiterStore must share, run against memory, Redis and SQLite alike.
 * vitest is injected (type-only import) so this file adds nothing to the runtime build.
 */
export function limiterStoreConformance(t, target) {
    const { describe, it, expect } = t;
    const W = target.windowMs;
    describe(`${target.name}: LimiterStore conformance`, () => {
        it('500 concurrent acquires against limit 100 → exactly 100 allowed', async () => {
            const store = await target.makeStore();
            try {
                const results = await Promise.all(Array.from({ length: 500 }, () => store.acquire('rpm', { limit: 100, windowMs: W })));
                const allowed = results.filter((r) => r.allowed);
                expect(allowed).toHaveLength(100);
                expect(new Set(allowed.map((r) => r.ticket)).size).toBe(100);
                const denied = results.filter((r) => !r.allowed);
                expect(denied.every((r) => r.retryAfterMs > 0 && r.retryAfterMs <= W)).toBe(true);
                expect(denied.every((r) => r.remaining === 0)).toBe(true);
            }
            finally {
                await store.close();
            }
        });
        it('charges cost (TPM) and corrects it with adjust', async () => {
            const store = await target.makeStore();
            try {
                const a = await store.acquire('tpm', { limit: 1_000, windowMs: W, cost: 400 });
                const b = await store.acquire('tpm', { limit: 1_000, windowMs: W, cost: 400 });
                expect([a.allowed, b.allowed]).toEqual([true, true]);
                expect(b.remaining).toBe(200);
                expect((await store.acquire('tpm', { limit: 1_000, windowMs: W, cost: 400 })).allowed).toBe(false);
                await store.adjust('tpm', a.ticket, 100); // real usage was lower
                const c = await store.acquire('tpm', { limit: 1_000, windowMs: W, cost: 400 });
                expect(c).toMatchObject({ allowed: true, remaining: 100 });
                expect((await store.acquire('tpm', { limit: 1_000, windowMs: W, cost: 200 })).allowed).toBe(false);
                await store.adjust('tpm', c.ticket, 700); // real usage was higher: now over
                const d = await store.acquire('tpm', { limit: 1_000, windowMs: W, cost: 0 });
                expect(d.allowed).toBe(false);
            }
            finally {
                await store.close();
            }
        });
        it('refund gives an admission back', async () => {
            const store = await target.makeStore();
            try {
                const a = await store.acquire('one', { limit: 1, windowMs: W });
                expect((await store.acquire('one', { limit: 1, windowMs: W })).allowed).toBe(false);
                await store.refund('one', a.ticket);
                expect((await store.acquire('one', { limit: 1, windowMs: W })).allowed).toBe(true);
            }
            finally {
                await store.close();
            }
        });
        it('admits an over-limit cost only into an empty window', async () => {
            const store = await target.makeStore();
            try {
                expect((await store.acquire('big', { limit: 10, windowMs: W, cost: 50 })).allowed).toBe(true);
                expect((await store.acquire('big', { limit: 10, windowMs: W, cost: 1 })).allowed).toBe(false);
                expect((await store.acquire('big2', { limit: 10, windowMs: W, cost: 1 })).allowed).toBe(true);
                expect((await store.acquire('big2', { limit: 10, windowMs: W, cost: 50 })).allowed).toBe(false);
            }
            finally {
                await store.close();
            }
        });
        it('acquireAll is all-or-nothing across windows and slots', async () => {
            const store = await target.makeStore();
            try {
                const reqs = [
                    { type: 'window', key: 'A', limit: 5, windowMs: W, cost: 1 },
                    { type: 'slot', key: 'S', max: 3, ttlMs: 60_000 },
                    { type: 'window', key: 'B', limit: 1, windowMs: W, cost: 1 },
                ];
                const first = await store.acquireAll(reqs);
                expect(first).toMatchObject({ allowed: true, deniedIndex: -1, remaining: [4, 2, 0] });
                expect(first.tickets).toHaveLength(3);
                const second = await store.acquireAll(reqs);
                expect(second).toMatchObject({ allowed: false, deniedIndex: 2, tickets: [] });
                // Nothing was charged for the denied call.
                expect(second.remaining).toEqual([4, 2, 0]);
                const onlyA = await store.acquireAll([reqs[0], reqs[1]]);
                expect(onlyA.remaining).toEqual([3, 1]);
            }
            finally {
                await store.close();
            }
        });
        it('500 concurrent slot requests against max 10 → exactly 10; release frees one', async () => {
            const store = await target.makeStore();
            try {
                const results = await Promise.all(Array.from({ length: 500 }, () => store.acquireSlot('conc', 10)));
                const held = results.filter((r) => r.allowed);
                expect(held).toHaveLength(10);
                expect((await store.acquireSlot('conc', 10)).allowed).toBe(false);
                await store.releaseSlot('conc', held[0].slotId);
                expect((await store.acquireSlot('conc', 10)).allowed).toBe(true);
                expect((await store.acquireSlot('conc', 10)).allowed).toBe(false);
            }
            finally {
                await store.close();
            }
        });
        it('windows slide: capacity returns after windowMs, retryAfterMs says when', async () => {
            const store = await target.makeStore();
            try {
                expect((await store.acquire('slide', { limit: 2, windowMs: W })).allowed).toBe(true);
                expect((await store.acquire('slide', { limit: 2, windowMs: W })).allowed).toBe(true);
                const denied = await store.acquire('slide', { limit: 2, windowMs: W });
                expect(denied.allowed).toBe(false);
                expect(denied.retryAfterMs).toBeGreaterThan(W * 0.5);
                expect(denied.retryAfterMs).toBeLessThanOrEqual(W);
                await target.advance(denied.retryAfterMs + 5);
                expect((await store.acquire('slide', { limit: 2, windowMs: W })).allowed).toBe(true);
            }
            finally {
                await store.close();
            }
        });
        it('adjusting an expired ticket does not free capacity', async () => {
            const store = await target.makeStore();
            try {
                const old = await store.acquire('exp', { limit: 5, windowMs: W, cost: 5 });
                await target.advance(W + 5);
                expect((await store.acquire('exp', { limit: 5, windowMs: W, cost: 5 })).allowed).toBe(true);
                await store.adjust('exp', old.ticket, 0);
                expect((await store.acquire('exp', { limit: 5, windowMs: W, cost: 1 })).allowed).toBe(false);
            }
            finally {
                await store.close();
            }
        });
        it('unreleased slots are reclaimed after their TTL', async () => {
            const store = await target.makeStore();
            try {
                expect((await store.acquireSlot('ttl', 1, W)).allowed).toBe(true);
                expect((await store.acquireSlot('ttl', 1, W)).allowed).toBe(false);
                await target.advance(W + 5);
                expect((await store.acquireSlot('ttl', 1, W)).allowed).toBe(true);
            }
            finally {
                await store.close();
            }
        });
        it('rejects nonsensical limits', async () => {
            const store = await target.makeStore();
            try {
                await expect(store.acquire('bad', { limit: 0, windowMs: W })).rejects.toThrow(RangeError);
                await expect(store.acquireSlot('bad', 0)).rejects.toThrow(RangeError);
                const w = { type: 'window', key: 'dup', limit: 1, windowMs: W, cost: 1 };
                await expect(store.acquireAll([w, w])).rejects.toThrow(/appears twice/);
            }
            finally {
                await store.close();
            }
        });
    });
}
//# sourceMappingURL=limiter-store-conformance.js.map