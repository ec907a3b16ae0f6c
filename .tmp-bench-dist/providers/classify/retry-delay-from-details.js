import { parseDuration } from '../../errors/parse-retry-after.js';
import { isRecord } from './json-guards.js';
/**
 * Google-style `error.details[]` carry the wait as `RetryInfo.retryDelay: "31s"` instead of a
 * header (Gemini, Vertex, and their OpenAI-compatible layers).
 */
export function retryDelayFromDetails(details) {
    if (!details)
        return undefined;
    for (const detail of details) {
        if (!isRecord(detail))
            continue;
        const delay = detail.retryDelay;
        if (typeof delay === 'string')
            return parseDuration(delay);
    }
    return undefined;
}
//# sourceMappingURL=retry-delay-from-details.js.map