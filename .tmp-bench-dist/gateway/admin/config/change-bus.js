export const CHANGE_CHANNEL = 'stable-llm:admin:changes';
/**
 * Tells other gateway instances that the console changed something, so they reload it from the
 * shared store. Redis pub/sub when `stores.redis_url` is set; otherwise a no-op (instances still
 * converge through the periodic store poll in AdminConfigManager).
 */
export class ChangeBus {
    instanceId;
    logger;
    pub;
    sub;
    listener;
    constructor(instanceId, logger) {
        this.instanceId = instanceId;
        this.logger = logger;
    }
    get connected() {
        return this.pub !== undefined;
    }
    /** Connects publisher and subscriber; failures are logged and leave the bus off. */
    async connect(redisUrl, onNotice) {
        this.listener = onNotice;
        if (!redisUrl)
            return;
        try {
            const mod = (await import('ioredis'));
            const options = { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 3000 };
            const pub = new mod.default(redisUrl, options);
            const sub = new mod.default(redisUrl, options);
            pub.on('error', () => undefined);
            sub.on('error', () => undefined);
            await Promise.all([pub.connect(), sub.connect()]);
            await sub.subscribe(CHANGE_CHANNEL);
            sub.on('message', (channel, message) => {
                if (channel !== CHANGE_CHANNEL || typeof message !== 'string')
                    return;
                const notice = parseNotice(message);
                if (notice && notice.from !== this.instanceId)
                    this.listener?.(notice);
            });
            this.pub = pub;
            this.sub = sub;
        }
        catch (err) {
            this.logger.warn({ err: err.message }, 'admin console: Redis change notifications unavailable; other instances pick up changes by polling the store');
            this.close();
        }
    }
    publish(notice) {
        if (!this.pub)
            return;
        this.pub.publish(CHANGE_CHANNEL, JSON.stringify({ ...notice, from: this.instanceId })).catch((err) => {
            this.logger.warn({ err: err.message }, 'admin console: change notification failed');
        });
    }
    close() {
        this.pub?.disconnect();
        this.sub?.disconnect();
        this.pub = undefined;
        this.sub = undefined;
    }
}
function parseNotice(text) {
    try {
        const v = JSON.parse(text);
        if (typeof v.from !== 'string' || !['config', 'keys', 'active', 'breaker'].includes(v.kind))
            return undefined;
        return {
            kind: v.kind,
            from: v.from,
            revision: typeof v.revision === 'number' ? v.revision : undefined,
            deployment: typeof v.deployment === 'string' ? v.deployment : undefined,
        };
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=change-bus.js.map