import { createHash } from 'node:crypto';
import { BaseLimiterStore, newTicketId, normaliseRequests } from './limiter-store.js';
// All-or-nothing acquire of windows ('w': zset of tickets scored by admission time + hash of
// ticket → cost with a running '__sum') and slots ('s': zset of slot ids scored by expiry).
// Time comes from the Redis server (TIME), so gateway instances with skewed clocks agree.
const ACQUIRE_LUA = `
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = tonumber(ARGV[1])
local denied = -1
local retry = 0
local remaining = {}
local ki = 1
for i = 0, n - 1 do
  local a = 2 + i * 5
  local lim = tonumber(ARGV[a + 1])
  local span = tonumber(ARGV[a + 2])
  if ARGV[a] == 'w' then
    local z, h = KEYS[ki], KEYS[ki + 1]
    ki = ki + 2
    local cost = tonumber(ARGV[a + 3])
    local cutoff = now - span
    while true do
      local old = redis.call('ZRANGEBYSCORE', z, '-inf', cutoff, 'LIMIT', 0, 500)
      if #old == 0 then break end
      local costs = redis.call('HMGET', h, unpack(old))
      local freed = 0
      for j = 1, #costs do freed = freed + (tonumber(costs[j]) or 0) end
      redis.call('HDEL', h, unpack(old))
      redis.call('ZREM', z, unpack(old))
      if freed ~= 0 then redis.call('HINCRBY', h, '__sum', -freed) end
    end
    local used = tonumber(redis.call('HGET', h, '__sum') or '0')
    local need = math.min(cost, lim)
    if used + need > lim then
      if denied < 0 then denied = i end
      local s = used
      local off = 0
      local found = false
      while not found do
        local batch = redis.call('ZRANGE', z, off, off + 499, 'WITHSCORES')
        if #batch == 0 then break end
        local ids = {}
        for j = 1, #batch, 2 do ids[#ids + 1] = batch[j] end
        local costs = redis.call('HMGET', h, unpack(ids))
        for j = 1, #ids do
          s = s - (tonumber(costs[j]) or 0)
          if s + need <= lim then
            local r = tonumber(batch[j * 2]) + span - now
            if r > retry then retry = r end
            found = true
            break
          end
        end
        off = off + 500
      end
    end
    remaining[#remaining + 1] = math.max(0, lim - used)
  else
    local z = KEYS[ki]
    ki = ki + 1
    redis.call('ZREMRANGEBYSCORE', z, '-inf', now)
    local held = redis.call('ZCARD', z)
    if held >= lim and denied < 0 then denied = i end
    remaining[#remaining + 1] = math.max(0, lim - held)
  end
end
if denied >= 0 then
  local out = {0, denied, retry}
  for j = 1, #remaining do out[#out + 1] = remaining[j] end
  return out
end
ki = 1
for i = 0, n - 1 do
  local a = 2 + i * 5
  local lim = tonumber(ARGV[a + 1])
  local span = tonumber(ARGV[a + 2])
  local ticket = ARGV[a + 4]
  if ARGV[a] == 'w' then
    local z, h = KEYS[ki], KEYS[ki + 1]
    ki = ki + 2
    local cost = tonumber(ARGV[a + 3])
    redis.call('ZADD', z, now, ticket)
    redis.call('HSET', h, ticket, cost)
    local used = redis.call('HINCRBY', h, '__sum', cost)
    redis.call('PEXPIRE', z, span)
    redis.call('PEXPIRE', h, span)
    remaining[i + 1] = math.max(0, lim - used)
  else
    local z = KEYS[ki]
    ki = ki + 1
    redis.call('ZADD', z, now + span, ticket)
    if redis.call('PTTL', z) < span then redis.call('PEXPIRE', z, span) end
    remaining[i + 1] = remaining[i + 1] - 1
  end
end
local out = {1, -1, 0}
for j = 1, #remaining do out[#out + 1] = remaining[j] end
return out
`;
// Re-cost a live ticket; a ticket already gone from the window is left alone.
const ADJUST_LUA = `
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
local old = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
local new = tonumber(ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], new)
redis.call('HINCRBY', KEYS[2], '__sum', new - old)
return 1
`;
const sha1 = (s) => createHash('sha1').update(s).digest('hex');
const ACQUIRE_SHA = sha1(ACQUIRE_LUA);
const ADJUST_SHA = sha1(ADJUST_LUA);
/**
 * Redis store: limits shared exactly by every gateway instance. One EVALSHA per acquireAll
 * (all scopes in one round trip, atomically), Redis server time, keys expire on their own.
 */
export class RedisLimiterStore extends BaseLimiterStore {
    client;
    prefix;
    ownsClient;
    constructor(options) {
        super();
        this.client = options.client;
        this.prefix = options.prefix ?? 'stable-llm:rl:';
        this.ownsClient = options.ownsClient ?? false;
    }
    /** Opens its own ioredis connection (loaded on demand); close() quits it. */
    static async connect(url, options = {}) {
        const mod = await import('ioredis');
        const client = new mod.Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
        return new RedisLimiterStore({ client, prefix: options.prefix, ownsClient: true });
    }
    async acquireAll(requests) {
        const reqs = normaliseRequests(requests);
        const keys = [];
        const argv = [reqs.length];
        const tickets = [];
        for (const r of reqs) {
            const ticket = newTicketId();
            tickets.push(ticket);
            if (r.type === 'window') {
                keys.push(this.windowKey(r.key), this.costKey(r.key));
                argv.push('w', r.limit, r.windowMs, r.cost, ticket);
            }
            else {
                keys.push(this.slotKey(r.key));
                argv.push('s', r.max, r.ttlMs, 0, ticket);
            }
        }
        const reply = await this.run(ACQUIRE_SHA, ACQUIRE_LUA, keys, argv);
        if (!Array.isArray(reply) || reply.length < 3)
            throw new Error('redis limiter: unexpected script reply');
        const nums = reply.map((v) => Number(v));
        const allowed = nums[0] === 1;
        return {
            allowed,
            deniedIndex: nums[1],
            retryAfterMs: Math.max(0, nums[2]),
            remaining: nums.slice(3),
            tickets: allowed ? tickets : [],
        };
    }
    async adjust(key, ticket, cost) {
        await this.run(ADJUST_SHA, ADJUST_LUA, [this.windowKey(key), this.costKey(key)], [ticket, Math.max(0, Math.ceil(cost))]);
    }
    async releaseSlot(key, slotId) {
        // ZREM via a one-line script keeps the client interface down to eval/evalsha.
        await this.client.eval("return redis.call('ZREM', KEYS[1], ARGV[1])", 1, this.slotKey(key), slotId);
    }
    async close() {
        if (this.ownsClient)
            await this.client.quit();
    }
    windowKey(key) {
        return `${this.prefix}${key}:z`;
    }
    costKey(key) {
        return `${this.prefix}${key}:h`;
    }
    slotKey(key) {
        return `${this.prefix}${key}:slots`;
    }
    async run(sha, script, keys, argv) {
        try {
            return await this.client.evalsha(sha, keys.length, ...keys, ...argv);
        }
        catch (err) {
            // First use on this server (or after SCRIPT FLUSH): send the body once; it is cached after.
            if (err instanceof Error && err.message.includes('NOSCRIPT'))
                return this.client.eval(script, keys.length, ...keys, ...argv);
            throw err;
        }
    }
}
//# sourceMappingURL=redis-limiter-store.js.map