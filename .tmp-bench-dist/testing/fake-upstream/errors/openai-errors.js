/** OpenAI error bodies: `{"error":{"message","type","param","code"}}`. */
function openaiError(status, message, type, code, param = null, headers = {}) {
    return { status, headers: { 'x-request-id': 'req_fake_error', ...headers }, body: { error: { message, type, param, code } } };
}
export const openaiErrors = {
    /** 429 "Rate limit reached for requests": a pause, not a dead key. */
    openaiRateLimit(options = {}) {
        const s = options.retryAfterS ?? 1;
        const model = options.model ?? 'gpt-4o';
        return openaiError(429, `Rate limit reached for ${model} in organization org-fake on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in ${s}s. Visit https://platform.openai.com/account/rate-limits to learn more.`, 'requests', 'rate_limit_exceeded', null, {
            'retry-after': String(s),
            'x-ratelimit-limit-requests': '500',
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-reset-requests': `${s}s`,
            'x-ratelimit-limit-tokens': '30000',
            'x-ratelimit-remaining-tokens': '29000',
            'x-ratelimit-reset-tokens': '2ms',
        });
    },
    /** 429 `insufficient_quota`: the key has no money; retrying it is pointless. */
    openaiInsufficientQuota() {
        return openaiError(429, 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'insufficient_quota', 'insufficient_quota');
    },
    openaiInvalidKey(key = 'bad-key') {
        const shown = key.length > 8 ? `${key.slice(0, 3)}*****${key.slice(-4)}` : key;
        return openaiError(401, `Incorrect API key provided: ${shown}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key');
    },
    openaiPermissionDenied() {
        return openaiError(403, 'Country, region, or territory not supported', 'request_forbidden', 'unsupported_country_region_territory');
    },
    openaiModelNotFound(model = 'gpt-unknown') {
        return openaiError(404, `The model \`${model}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found');
    },
    openaiBadRequest(message = 'Invalid request.', param = null) {
        return openaiError(400, message, 'invalid_request_error', null, param);
    },
    openaiContextLength(options = {}) {
        const max = options.max ?? 128000;
        const requested = options.requested ?? max + 2000;
        return openaiError(400, `This model's maximum context length is ${max} tokens. However, your messages resulted in ${requested} tokens. Please reduce the length of the messages.`, 'invalid_request_error', 'context_length_exceeded', 'messages');
    },
    openaiContentPolicy() {
        return openaiError(400, 'Invalid prompt: your prompt was flagged as potentially violating our usage policy. Please try again with a different prompt.', 'invalid_request_error', 'invalid_prompt');
    },
    openaiServerError() {
        return openaiError(500, 'The server had an error while processing your request. Sorry about that!', 'server_error', null);
    },
    openaiOverloaded() {
        return openaiError(503, 'The server is overloaded or not ready yet.', 'server_error', 'server_is_overloaded');
    },
    openaiTimeout() {
        return openaiError(408, 'Request timed out.', 'timeout', null);
    },
};
//# sourceMappingURL=openai-errors.js.map