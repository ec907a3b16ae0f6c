/**
 * The prompt `analyze` uses when none is given, in the user's language: Chinese when the locale
 * (LC_ALL, then LC_MESSAGES, then LANG — POSIX precedence) starts with `zh`, else English.
 */
export function defaultAnalyzePrompt(env) {
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    return /^zh/i.test(locale) ? '请详细描述这张图片的内容。' : 'Describe this image in detail.';
}
//# sourceMappingURL=default-analyze-prompt.js.map