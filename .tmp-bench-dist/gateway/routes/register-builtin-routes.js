import { anthropicCountTokens } from './anthropic-count-tokens.js';
import { anthropicMessages } from './anthropic-messages.js';
import { chatCompletions } from './chat-completions.js';
import { docs, openapiJson } from './docs-routes.js';
import { health, ready } from './health.js';
import { adminPlaceholder, indexRoute } from './index-route.js';
import { listModels, retrieveModel } from './list-models.js';
import { metricsRoute } from './metrics-route.js';
import { simpleChat } from './simple-chat.js';
import { status } from './status.js';
import { countTokens, tokenize } from './tokenize.js';
import { visionCompletions } from './vision-completions.js';
/** The gateway's own HTTP surface (GUIDE §2). The admin console adds its routes afterwards. */
export function registerBuiltinRoutes(router) {
    const api = { auth: 'api' };
    router.post('/v1/chat/completions', chatCompletions, api);
    router.post('/api/v1/chat/completions', chatCompletions, api);
    router.get('/v1/models', listModels, api);
    router.get('/api/v1/models', listModels, api);
    router.addPrefix('GET', '/v1/models/', retrieveModel, { auth: 'api', name: '/v1/models/{model}' });
    router.post('/v1/messages', anthropicMessages, { auth: 'api', errorStyle: 'anthropic' });
    router.post('/v1/messages/count_tokens', anthropicCountTokens, { auth: 'api', errorStyle: 'anthropic' });
    router.post('/api/v1/vision/completions', visionCompletions, api);
    router.post('/api/chat', simpleChat, api);
    router.post('/v1/tokenize', tokenize, api);
    router.post('/count_tokens', countTokens, api);
    router.get('/status', status, api);
    router.get('/health', health);
    router.get('/health/ready', ready);
    router.get('/metrics', metricsRoute);
    router.get('/openapi.json', openapiJson);
    router.get('/docs', docs);
    router.get('/redoc', docs);
    router.get('/', indexRoute);
    router.get('/admin', adminPlaceholder);
}
//# sourceMappingURL=register-builtin-routes.js.map