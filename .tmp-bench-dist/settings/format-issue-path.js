/** Renders a zod issue path as `backends.openai.models.gpt-4o.endpoints[0]`. */
export function formatIssuePath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${String(part)}` : String(part);
    }
    return out;
}
//# sourceMappingURL=format-issue-path.js.map