/** `/help` text; also shown (shortened) in the banner. */
export function replHelp(style) {
    const c = (name, what) => `  ${style.cyan(name.padEnd(16))} ${what}`;
    return [
        style.bold('Commands'),
        c('/model [NAME]', 'show the model, or switch: a route, backend/model, a model name, or "auto"'),
        c('/system [TEXT]', 'show the system prompt, or set it ("/system off" clears it)'),
        c('/reset', 'forget the conversation (model and system prompt stay)'),
        c('/status', 'breaker state, failures, latency and keys per target'),
        c('/help', 'this list'),
        c('/exit', 'leave (also: exit, quit, bye, Ctrl+D)'),
        c('"""', 'start / end a multi-line message'),
        style.dim('  Ctrl+C cancels the answer being generated; at the prompt, press it twice to leave.'),
    ].join('\n');
}
//# sourceMappingURL=repl-help.js.map