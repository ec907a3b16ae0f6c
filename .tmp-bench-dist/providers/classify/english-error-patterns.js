/**
 * English error-message patterns seen across providers, one precompiled regex per kind. The order
 * of evaluation lives in `MESSAGE_KIND_ORDER` (classify-error-message.ts).
 */
export const ENGLISH_ERROR_PATTERNS = {
    rate_limit: /rate[ _-]?limit|too many requests|requests? per (?:second|minute|day)|concurren|(?:^|[^a-z])(?:rpm|tpm|rpd|tpd|qps)(?:[^a-z]|$)|throttl|request limit reached/i,
    quota_exhausted: /insufficient[ _](?:balance|quota|credits?|funds)|exceeded your current quota|quota (?:exceeded|exhausted|has been used up)|balance (?:is )?(?:insufficient|not enough)|out of credits|used all available credits|spending limit|billing|payment required|arrear|overdue|suspended due to|free (?:tier |allocated )?quota/i,
    context_length: /context[ _-]?(?:length|window|size)|maximum (?:prompt |input |context )?length|prompt is too long|(?:input|prompt|request|messages?) (?:is |are )?too long|too many (?:input |prompt )?tokens|tokens? (?:is |are )?too long|model token limit|range of input length|exceeds? the (?:model'?s? )?(?:maximum|max)/i,
    content_policy: /inappropriate content|content (?:management )?policy|content[ _]filter|considered high risk|sensitive|moderation|flagged|safety (?:system|filter|check)/i,
    permission: /permission|not allowed|access denied|forbidden|not available in your (?:country|region)/i,
    auth: /api[ _-]?key|unauthori[sz]ed|authenticat|invalid (?:token|authorization|credentials)|token (?:is )?(?:invalid|expired)/i,
    not_found: /model (?:does not exist|not found|not exist)|no such model|unknown model|does not exist|not found/i,
    overloaded: /overload|over capacity|no capacity|server (?:is )?busy|temporarily unavailable|no (?:available )?(?:provider|endpoints?|instances?)|try again later/i,
};
const DEFAULT_ORDER = [
    'rate_limit',
    'quota_exhausted',
    'context_length',
    'content_policy',
    'permission',
    'auth',
    'not_found',
    'overloaded',
];
/** Classifies an English message alone (classifyErrorMessage combines English and Chinese). */
export function classifyEnglishMessage(message, order = DEFAULT_ORDER) {
    for (const kind of order)
        if (ENGLISH_ERROR_PATTERNS[kind]?.test(message))
            return kind;
    return undefined;
}
//# sourceMappingURL=english-error-patterns.js.map