const codes = (entries) => new Map(entries.map(([c, k]) => [String(c), k]));
const range = (from, to, kind) => Array.from({ length: to - from + 1 }, (_, i) => [from + i, kind]);
/** Zhipu (docs.bigmodel.cn error-code page): string codes in `{error:{code:"1302"}}`. */
const ZHIPU = {
    codes: codes([
        ...range(1000, 1005, 'auth'),
        [1113, 'quota_exhausted'], // account in arrears, HTTP 429
        [1200, 'server'],
        [1210, 'invalid_request'],
        [1211, 'not_found'], // unknown model
        ...range(1212, 1215, 'invalid_request'),
        [1220, 'permission'],
        // 1221/1222 are "API offline" / "API does not exist" (HTTP 400): the target cannot serve.
        [1221, 'not_found'],
        [1222, 'not_found'],
        [1230, 'server'],
        [1234, 'server'],
        [1261, 'context_length'], // prompt too long
        [1301, 'content_policy'],
        [1302, 'rate_limit'], // rate / concurrency
        [1305, 'overloaded'], // model overloaded
        // 1308/1310: usage cap, resets at next_flush_time; 1309/1311/1313–1321: plan/enterprise quota.
        [1308, 'quota_exhausted'],
        [1309, 'quota_exhausted'],
        [1310, 'quota_exhausted'],
        [1311, 'quota_exhausted'],
        ...range(1313, 1321, 'quota_exhausted'),
    ]),
    resetInMessage: new Set(['1308', '1310']),
};
/** MiniMax `base_resp.status_code` (platform.minimax.io error-code page; 1039/2049 third-party). */
const MINIMAX = {
    codes: codes([
        [1000, 'server'], // unknown error
        [1001, 'timeout'],
        [1002, 'rate_limit'],
        [1004, 'auth'],
        [1008, 'quota_exhausted'],
        [1024, 'server'],
        [1026, 'content_policy'], // input sensitive
        [1027, 'content_policy'], // output sensitive
        [1033, 'server'],
        [1039, 'rate_limit'], // TPM
        [2013, 'invalid_request'], // unverified
        [2049, 'auth'],
    ]),
};
/** SiliconFlow `{code,message,data}`; 30001 arrives as 402 or 403 (third-party). */
const SILICONFLOW = {
    codes: codes([
        [30001, 'quota_exhausted'],
        [20012, 'not_found'],
    ]),
    statuses: new Map([[504, 'overloaded']]), // "high load" per docs
};
/** Hunyuan (third-party logs, unverified): rate limit is an HTTP 400 with code "2003". */
const HUNYUAN = {
    codes: codes([
        [2003, 'rate_limit'],
        [20057, 'server'],
    ]),
};
/**
 * Baidu: Qianfan v2 uses string codes (known-error-codes.ts); these numeric `error_code`s are the
 * legacy v1 ones the design guide cites ("error_code 18 and similar") — from Baidu's v1 docs as
 * commonly quoted, not re-verified in providers.md.
 */
const ERNIE = {
    codes: codes([
        [4, 'rate_limit'], // cluster request limit
        [17, 'quota_exhausted'], // daily request limit
        [18, 'rate_limit'], // QPS limit
        [19, 'quota_exhausted'], // total request limit
        [110, 'auth'],
        [111, 'auth'],
        [336501, 'rate_limit'], // RPM
        [336502, 'rate_limit'], // TPM
    ]),
};
/** OpenRouter: 403 is a moderation flag, 502 "model down", 503 "no provider available". */
const OPENROUTER = {
    codes: new Map(),
    statuses: new Map([
        [403, 'content_policy'],
        [502, 'overloaded'],
        [503, 'overloaded'],
    ]),
};
/** Groq: 498 = flex tier out of capacity. */
const GROQ = {
    codes: new Map(),
    statuses: new Map([[498, 'overloaded']]),
};
const BY_PROVIDER = new Map([
    ['zhipuai', ZHIPU],
    ['zhipu', ZHIPU],
    ['zai', ZHIPU],
    ['minimax', MINIMAX],
    ['siliconflow', SILICONFLOW],
    ['hunyuan', HUNYUAN],
    ['ernie', ERNIE],
    ['qianfan', ERNIE],
    ['openrouter', OPENROUTER],
    ['groq', GROQ],
]);
/**
 * Picks the numeric-code table. The body's envelope wins (a `base_resp` is MiniMax's whatever the
 * backend is called), then the backend name, then the preset's declared body style.
 */
export function vendorErrorTable(provider, quirks, envelope) {
    if (envelope === 'base_resp')
        return MINIMAX;
    const byName = BY_PROVIDER.get(provider);
    if (byName)
        return byName;
    if (quirks.bodyErrorStyle === 'siliconflow_code')
        return SILICONFLOW;
    if (quirks.bodyErrorStyle === 'minimax_base_resp')
        return MINIMAX;
    return undefined;
}
//# sourceMappingURL=vendor-error-tables.js.map