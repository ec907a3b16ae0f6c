/**
 * String codes and types that name a failure exactly, from the vendor sections of
 * shared/providers.md. String codes do not collide across vendors, so one map serves all of them;
 * numeric business codes (Zhipu 1302 vs MiniMax 1002) live in vendor-error-tables.ts instead.
 */
export const KNOWN_ERROR_CODES = new Map([
    // OpenAI (and everyone who copies its codes: Groq, DeepSeek, vLLM, proxies)
    ['rate_limit_exceeded', 'rate_limit'],
    ['insufficient_quota', 'quota_exhausted'],
    ['credit_balance_exhausted', 'quota_exhausted'],
    ['billing_hard_limit_reached', 'quota_exhausted'],
    ['billing_not_active', 'quota_exhausted'],
    ['invalid_api_key', 'auth'], // also StepFun's 401 type
    ['context_length_exceeded', 'context_length'],
    ['server_is_overloaded', 'overloaded'],
    ['slow_down', 'overloaded'],
    ['model_not_found', 'not_found'],
    ['unsupported_country_region_territory', 'permission'],
    ['content_policy_violation', 'content_policy'],
    // Azure OpenAI; `content_filter` is also Moonshot's 400 type
    ['content_filter', 'content_policy'],
    ['ResponsibleAIPolicyViolation', 'content_policy'],
    ['DeploymentNotFound', 'not_found'],
    // Anthropic-style types (Mistral shares rate_limit_error / authentication_error)
    ['rate_limit_error', 'rate_limit'],
    ['rate_limited', 'rate_limit'],
    ['overloaded_error', 'overloaded'],
    ['billing_error', 'quota_exhausted'],
    ['authentication_error', 'auth'],
    ['permission_error', 'permission'],
    ['not_found_error', 'not_found'],
    ['timeout_error', 'timeout'],
    // Google status strings (Gemini's OpenAI-compatible layer)
    ['RESOURCE_EXHAUSTED', 'rate_limit'],
    ['UNAVAILABLE', 'overloaded'],
    ['DEADLINE_EXCEEDED', 'timeout'],
    ['UNAUTHENTICATED', 'auth'],
    ['PERMISSION_DENIED', 'permission'],
    ['NOT_FOUND', 'not_found'],
    // DashScope (Qwen)
    ['limit_requests', 'rate_limit'],
    ['Arrearage', 'quota_exhausted'],
    ['data_inspection_failed', 'content_policy'],
    ['DataInspectionFailed', 'content_policy'],
    ['InvalidApiKey', 'auth'],
    // Moonshot (Kimi)
    ['rate_limit_reached_error', 'rate_limit'],
    ['exceeded_current_quota_error', 'quota_exhausted'],
    ['engine_overloaded_error', 'overloaded'],
    ['invalid_authentication_error', 'auth'],
    ['permission_denied_error', 'permission'],
    ['resource_not_found_error', 'not_found'],
    // Volcengine Ark (Doubao)
    ['RequestBurstTooFast', 'rate_limit'],
    ['ServerOverloaded', 'overloaded'],
    ['QuotaExceeded', 'quota_exhausted'],
    ['SetLimitExceeded', 'quota_exhausted'],
    ['AccountOverdueError', 'quota_exhausted'],
    ['InvalidEndpointOrModel.NotFound', 'not_found'],
    ['InvalidEndpoint.ClosedEndpoint', 'not_found'],
    ['ModelNotOpen', 'not_found'],
    ['AuthenticationError', 'auth'],
    ['AccessDenied', 'permission'],
    ['InternalServiceError', 'server'],
    // Baidu Qianfan v2 (Ernie)
    ['tokens_too_long', 'context_length'],
    ['characters_too_long', 'context_length'],
    ['invalid_iam_token', 'auth'],
    ['invalid_appid', 'auth'],
    ['no_parameter_permission', 'permission'],
    ['invalid_model', 'not_found'],
    ['unsafe_request', 'content_policy'],
    ['BILLING_INSUFFICIENT_BALANCE', 'quota_exhausted'],
    // Groq flex tier
    ['capacity_exceeded', 'overloaded'],
    // llama.cpp server
    ['exceed_context_size_error', 'context_length'],
]);
/** Code families matched by shape (Ark `RateLimitExceeded.EndpointRPMExceeded`, DashScope `Throttling.*`). */
export const ERROR_CODE_PATTERNS = [
    [/^(?:RateLimitExceeded|Throttling)(?:\.|$)|^ModelAccount\w*RateLimitExceeded$|_rate_limit_exceeded$/, 'rate_limit'],
    [/RiskDetection$|^SensitiveContent|SensitiveContentDetected|_unsafe$/, 'content_policy'],
];
/**
 * Generic categories that only say "bad request" or "server error". They are consulted after the
 * message, because the message refines them (Moonshot `invalid_request_error` "exceeded model token
 * limit" is context_length; DashScope `InvalidParameter` "Range of input length" likewise).
 */
export const GENERIC_ERROR_TYPES = new Map([
    ['invalid_request_error', 'invalid_request'],
    ['InvalidParameter', 'invalid_request'],
    ['MissingParameter', 'invalid_request'],
    ['BadRequest', 'invalid_request'],
    ['invalid_argument', 'invalid_request'],
    ['INVALID_ARGUMENT', 'invalid_request'],
    ['malformed_json', 'invalid_request'],
    ['invalid_messages', 'invalid_request'],
    ['server_error', 'server'],
    ['api_error', 'server'],
    ['internal_error', 'server'],
    ['INTERNAL', 'server'],
]);
export function knownCodeKind(code) {
    if (code === undefined)
        return undefined;
    const exact = KNOWN_ERROR_CODES.get(code);
    if (exact)
        return exact;
    for (const [pattern, kind] of ERROR_CODE_PATTERNS)
        if (pattern.test(code))
            return kind;
    return undefined;
}
//# sourceMappingURL=known-error-codes.js.map