/**
 * Invalid settings or configuration. `path` names the offending field in dotted/bracket form
 * (`backends.openai.models.gpt-4o.endpoints[0]`).
 */
export class ConfigError extends Error {
    path;
    issues;
    constructor(issues) {
        const lines = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
        super(lines.length === 1 ? lines[0] : `invalid settings:\n  ${lines.join('\n  ')}`);
        this.name = 'ConfigError';
        this.path = issues[0]?.path ?? '';
        this.issues = issues;
    }
}
//# sourceMappingURL=config-error.js.map