/**
 * Chinese error-message patterns used by domestic providers (and proxies in front of them), as a
 * shared fallback when a body carries no code we know. One precompiled regex per kind.
 */
export const CHINESE_ERROR_PATTERNS = {
    rate_limit: /请求过于频繁|过于频繁|频率|限流|限频|并发|速率|请求过多|请求过快|访问过快|调用过快|次数超|QPS|RPM|TPM/i,
    quota_exhausted: /余额不足|已欠费|欠费|额度|配额|充值|账户余额|费用不足|资源包|用量上限|使用上限|免费.{0,6}(?:用完|耗尽|用尽)/,
    context_length: /上下文.{0,4}(?:过长|长度|超)|输入.{0,6}(?:过长|超长|超过|超出)|长度超|超出.{0,8}(?:长度|最大)|文本过长|内容过长|token.{0,6}(?:超|过长)/i,
    content_policy: /敏感|违规|不安全|安全审核|内容审核|审核未通过|风险|违法|不合规|涉政|涉黄|绿网/,
    permission: /实名|无权|权限|禁止访问|拒绝访问|未开通/,
    auth: /密钥|秘钥|鉴权|认证失败|令牌|api ?key|未授权|签名/i,
    not_found: /不存在|未找到|找不到/,
    overloaded: /过载|繁忙|负载|服务忙|系统忙|拥挤|稍后重试|稍后再试/,
};
/** Fast pre-check: only messages with CJK characters are worth scanning. */
export const HAS_CJK = /[\u4e00-\u9fff]/;
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
/**
 * Classifies a Chinese error message (请求过于频繁 → rate_limit, 余额不足 / 已欠费 → quota_exhausted,
 * 敏感 → content_policy, 上下文过长 → context_length …). Reusable by any adapter.
 */
export function classifyChineseMessage(message, order = DEFAULT_ORDER) {
    if (!HAS_CJK.test(message))
        return undefined;
    for (const kind of order)
        if (CHINESE_ERROR_PATTERNS[kind]?.test(message))
            return kind;
    return undefined;
}
//# sourceMappingURL=chinese-error-patterns.js.map