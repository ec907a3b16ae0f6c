export { MemoryGatewayStore } from './memory-gateway-store.js';
export { hashKey, keyPrefix, newKeySecret } from './new-key-secret.js';
export { openGatewayStore } from './open-gateway-store.js';
export { openRedisClient } from './open-redis-client.js';
//# sourceMappingURL=index.js.map