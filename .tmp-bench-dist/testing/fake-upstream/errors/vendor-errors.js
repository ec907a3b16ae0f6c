/**
 * Error responses of OpenAI-compatible vendors whose bodies differ from OpenAI's, as listed in
 * providers.md (texts marked unverified there are best guesses in the documented shape).
 */
const ZHIPU = {
    '1000': [401, '身份验证失败。'],
    '1001': [401, 'Header中未收到Authentication参数，无法进行身份验证。'],
    '1002': [401, 'Authentication Token非法，请确认Authentication Token正确传递。'],
    '1003': [401, 'Authentication Token已过期，请重新生成/获取。'],
    '1004': [401, '通过Authentication Token的验证失败。'],
    '1005': [401, '身份验证失败。'],
    '1113': [429, '您的账户已欠费，请充值后重试。'],
    '1200': [500, '系统内部错误。'],
    '1210': [400, 'API 调用参数有误，请检查文档。'],
    '1211': [400, '模型不存在，请检查模型代码。'],
    '1212': [400, '当前模型不支持该调用方式。'],
    '1213': [400, '未正常接收到prompt参数。'],
    '1214': [400, 'messages 参数非法。请检查文档。'],
    '1215': [400, '参数错误。'],
    '1220': [403, '您无权访问该API。'],
    '1221': [400, 'API 已下线。'],
    '1222': [400, 'API 不存在。'],
    '1230': [500, 'API调用流程出错。'],
    '1234': [500, '网络错误，请联系客服。'],
    '1261': [400, 'Prompt 超长。'],
    '1301': [400, '系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。'],
    '1302': [429, '您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。'],
    '1305': [429, '当前API请求过多，请稍后重试。'],
    '1308': [429, '已达到 5 小时的使用上限。您的限额将在 2099-01-01 00:00:00 重置。'],
    '1310': [429, '已达到每周/每月的使用上限。'],
};
const MINIMAX = {
    1000: 'unknown error',
    1001: 'request timeout',
    1002: 'rate limit exceeded(RPM)',
    1004: "login fail: Please carry the API secret key in the 'Authorization' field of the request header",
    1008: 'insufficient balance',
    1024: 'internal error',
    1026: 'input new_sensitive',
    1027: 'output new_sensitive',
    1033: 'system error',
    1039: 'rate limit exceeded(TPM)',
    2013: 'invalid params',
    2049: 'invalid api key',
};
function dashscope(status, code, message) {
    return {
        status,
        headers: {},
        body: { error: { code, message, type: code, param: null }, id: 'chatcmpl-fake-error', request_id: 'fake-request-id' },
    };
}
export const vendorErrors = {
    /** Zhipu: status from the code table, body `{"error":{"code":"1302","message":"…"}}`. */
    zhipu(code) {
        const key = String(code);
        const [status, message] = ZHIPU[key] ?? [key.startsWith('13') ? 429 : 400, `错误 ${key}`];
        return { status, headers: {}, body: { error: { code: key, message } } };
    },
    /** MiniMax: HTTP 200 whose `base_resp.status_code` carries the error. */
    minimaxBaseResp(code, statusMsg) {
        return {
            status: 200,
            headers: { 'trace-id': 'fake-trace-id' },
            body: {
                id: '',
                choices: null,
                created: 0,
                model: '',
                object: 'chat.completion',
                usage: { total_tokens: 0 },
                input_sensitive: false,
                output_sensitive: false,
                base_resp: { status_code: code, status_msg: statusMsg ?? MINIMAX[code] ?? 'error' },
            },
        };
    },
    /** DashScope's overdue balance is a 400, not a 402. */
    dashscopeArrearage() {
        return dashscope(400, 'Arrearage', 'Access denied, please make sure your account is in good standing.');
    },
    dashscopeRateLimit() {
        return dashscope(429, 'limit_requests', 'You have exceeded your current request limit. For details, see: https://help.aliyun.com/zh/model-studio/error-code#rate-limit');
    },
    dashscopeThrottling() {
        return dashscope(429, 'Throttling.RateQuota', 'Requests rate limit exceeded, please try again later.');
    },
    /** `which: 'output'` is the one that can arrive mid-stream: use its `body` as `streamError.body`. */
    dashscopeDataInspectionFailed(which = 'input') {
        return dashscope(400, 'data_inspection_failed', `${which === 'input' ? 'Input' : 'Output'} data may contain inappropriate content.`);
    },
    deepseekInsufficientBalance() {
        return {
            status: 402,
            headers: {},
            body: { error: { message: 'Insufficient Balance', type: 'unknown_error', code: 'invalid_request_error' } },
        };
    },
    deepseekRateLimit() {
        return {
            status: 429,
            headers: {},
            body: { error: { message: 'Rate limit reached for requests', type: 'rate_limit_error', param: null, code: 'rate_limit_exceeded' } },
        };
    },
    deepseekServerBusy() {
        return {
            status: 503,
            headers: {},
            body: { error: { message: 'Server is busy, please try again later.', type: 'server_error', param: null, code: 'server_overloaded' } },
        };
    },
    moonshotRateLimit() {
        return {
            status: 429,
            headers: {},
            body: {
                error: {
                    message: 'Your account org-fake<ak-fake> request reached organization max RPM: 3, please try again after 1 seconds',
                    type: 'rate_limit_reached_error',
                },
            },
        };
    },
    /** Moonshot's "no money" is a 429 too; the `type` tells it apart. */
    moonshotQuotaExceeded() {
        return {
            status: 429,
            headers: {},
            body: {
                error: {
                    message: 'Your account org-fake<ak-fake> is suspended due to insufficient balance, please recharge your account or check your plan and billing details',
                    type: 'exceeded_current_quota_error',
                },
            },
        };
    },
    moonshotOverloaded() {
        return {
            status: 429,
            headers: {},
            body: { error: { message: 'The engine is currently overloaded, please try again later', type: 'engine_overloaded_error' } },
        };
    },
    /** Hunyuan reports its rate limit as a 400 with business code 2003. */
    hunyuanRateLimit() {
        return { status: 400, headers: {}, body: { error: { message: '请求限频，请稍后重试', type: 'runtime_error', code: '2003' } } };
    },
    arkRateLimit(code = 'RateLimitExceeded.EndpointRPMExceeded') {
        return {
            status: 429,
            headers: {},
            body: {
                error: {
                    code,
                    message: `The request has exceeded the rate limit. Request ID: fake-request-id`,
                    param: '',
                    type: 'TooManyRequests',
                },
            },
        };
    },
    arkAccountOverdue() {
        return {
            status: 403,
            headers: {},
            body: {
                error: {
                    code: 'AccountOverdueError',
                    message: 'The request failed because your account has an overdue balance. Request ID: fake-request-id',
                    param: '',
                    type: 'Forbidden',
                },
            },
        };
    },
    siliconflowInsufficientBalance() {
        return { status: 403, headers: {}, body: { code: 30001, message: 'Sorry, your account balance is insufficient', data: null } };
    },
    siliconflowModelNotFound() {
        return { status: 400, headers: {}, body: { code: 20012, message: 'Model does not exist. Please check it carefully.', data: null } };
    },
    openrouterInsufficientCredits() {
        return {
            status: 402,
            headers: {},
            body: { error: { code: 402, message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits', metadata: {} } },
        };
    },
    groqRateLimit(retryAfterS = 2) {
        return {
            status: 429,
            headers: { 'retry-after': String(retryAfterS), 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': `${retryAfterS}s` },
            body: {
                error: {
                    message: `Rate limit reached for model \`llama-3.3-70b-versatile\` in organization \`org_fake\` service tier \`on_demand\` on tokens per minute (TPM): Limit 6000, Used 5800, Requested 400. Please try again in ${retryAfterS}s.`,
                    type: 'tokens',
                    code: 'rate_limit_exceeded',
                },
            },
        };
    },
    groqCapacityExceeded() {
        return {
            status: 498,
            headers: {},
            body: {
                error: {
                    message: 'Flex tier capacity exceeded. This is a known issue and we are working on it.',
                    type: 'capacity_exceeded',
                    code: 'capacity_exceeded',
                },
            },
        };
    },
    qianfanRateLimit(code = 'rpm_rate_limit_exceeded') {
        return {
            status: 429,
            headers: {},
            body: { error: { code, message: 'Rate limit reached for RPM', type: 'rate_limit_exceeded' }, id: 'as-fake' },
        };
    },
    mistralRateLimit() {
        return {
            status: 429,
            headers: {},
            body: { object: 'error', message: 'Requests rate limit exceeded', type: 'rate_limit_error', param: null, code: null },
        };
    },
    xaiRateLimit() {
        return { status: 429, headers: {}, body: { error: 'Too many requests' } };
    },
    stepfunInsufficientBalance() {
        return { status: 402, headers: {}, body: { error: { message: 'Insufficient balance', type: 'insufficient_balance' } } };
    },
    /** llama.cpp's context overflow. */
    llamacppContextExceeded(promptTokens = 9000, ctx = 8192) {
        return {
            status: 400,
            headers: {},
            body: {
                error: {
                    code: 400,
                    type: 'exceed_context_size_error',
                    message: `request (${promptTokens} tokens) exceeds the available context size (${ctx} tokens), try increasing it`,
                    n_prompt_tokens: promptTokens,
                    n_ctx: ctx,
                },
            },
        };
    },
};
//# sourceMappingURL=vendor-errors.js.map