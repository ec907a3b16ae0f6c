import { formatIssuePath } from '../../settings/format-issue-path.js';
import { badRequest } from './http-error.js';
/** Validates a parsed body against a zod schema; the 400 names the first bad field (`messages[0].content`). */
export function validateBody(schema, body) {
    const parsed = schema.safeParse(body);
    if (parsed.success)
        return parsed.data;
    const issues = parsed.error.issues;
    const first = issues[0];
    const param = formatIssuePath(first.path) || 'body';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
    throw badRequest(`${param}: ${first.message}${more}`, param);
}
//# sourceMappingURL=validate-body.js.map