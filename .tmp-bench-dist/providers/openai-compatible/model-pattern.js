/** Compiled quirk regexes by source; quirks are few and long-lived, so the cache stays tiny. */
const cache = new Map();
/**
 * Tests a model id against a quirk's regex source (`maxCompletionTokensModels`,
 * `noSamplingModels`). An invalid source never matches rather than breaking every request.
 */
export function matchesModelPattern(source, model) {
    if (!source)
        return false;
    let re = cache.get(source);
    if (re === undefined) {
        try {
            re = new RegExp(source, 'i');
        }
        catch {
            re = null;
        }
        cache.set(source, re);
    }
    return re?.test(model) === true;
}
//# sourceMappingURL=model-pattern.js.map