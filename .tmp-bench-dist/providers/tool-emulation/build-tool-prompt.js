/**
 * The system-prompt text that teaches a model without native function calling our JSON reply
 * protocol. Kept short and literal: small models follow a concrete example better than prose.
 */
export function buildToolPrompt(tools, toolChoice, parallel) {
    const lines = ['# Tools', '', 'You can call these tools:'];
    for (const tool of tools) {
        const fn = tool.function;
        lines.push('', `## ${fn.name}`);
        if (fn.description)
            lines.push(fn.description);
        lines.push(`Arguments (JSON Schema): ${JSON.stringify(fn.parameters ?? { type: 'object', properties: {} })}`);
    }
    lines.push('', '# How to call tools', '', 'To call tools, reply with only this JSON object and no other text:', '{"tool_calls": [{"name": "<tool name>", "arguments": {<arguments as a JSON object>}}]}');
    lines.push(parallel === false ? 'Call at most one tool per reply.' : 'To call several tools at once, put several entries in the array.');
    lines.push('Tool results come back in a user message starting with "Tool results". Use them to continue.', 'When no tool is needed, answer normally in plain text without any JSON.');
    if (toolChoice === 'required')
        lines.push('You must call at least one tool in this reply.');
    else if (typeof toolChoice === 'object')
        lines.push(`You must call the tool "${toolChoice.function.name}" in this reply.`);
    return lines.join('\n');
}
//# sourceMappingURL=build-tool-prompt.js.map