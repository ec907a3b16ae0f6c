function isSchema(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function schemaType(schema) {
    const t = schema.type;
    if (typeof t === 'string')
        return t;
    // `type: ["string", "null"]`: the first non-null entry decides the rendering.
    if (Array.isArray(t))
        return t.find((x) => typeof x === 'string' && x !== 'null');
    if (Array.isArray(schema.enum))
        return typeof schema.enum[0] === 'number' ? 'number' : 'string';
    return undefined;
}
function formatType(schema, indent) {
    const enumValues = Array.isArray(schema.enum) ? schema.enum : undefined;
    switch (schemaType(schema)) {
        case 'string':
            return enumValues ? enumValues.map((v) => JSON.stringify(v)).join(' | ') : 'string';
        case 'integer':
        case 'number':
            return enumValues ? enumValues.map((v) => String(v)).join(' | ') : 'number';
        case 'boolean':
            return 'boolean';
        case 'null':
            return 'null';
        case 'array':
            return isSchema(schema.items) ? `${formatType(schema.items, indent)}[]` : 'any[]';
        case 'object':
            return `{\n${formatProperties(schema, indent + 2)}\n${' '.repeat(indent)}}`;
        default:
            return 'any';
    }
}
function formatProperties(schema, indent) {
    if (!isSchema(schema.properties))
        return '';
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    const pad = ' '.repeat(indent);
    const lines = [];
    for (const [name, prop] of Object.entries(schema.properties)) {
        const p = isSchema(prop) ? prop : {};
        // Only top-level and first-nested descriptions are rendered (as `//` comments).
        if (typeof p.description === 'string' && p.description && indent < 2)
            lines.push(`${pad}// ${p.description}`);
        lines.push(`${pad}${name}${required.has(name) ? '' : '?'}: ${formatType(p, indent)},`);
    }
    return lines.join('\n');
}
/** The `namespace functions { … }` block OpenAI models see for `tools`. */
export function renderToolsAsTypeScript(tools) {
    const lines = ['namespace functions {', ''];
    for (const { function: fn } of tools) {
        if (fn.description)
            lines.push(`// ${fn.description}`);
        const params = isSchema(fn.parameters) ? fn.parameters : undefined;
        const props = params && isSchema(params.properties) ? params.properties : undefined;
        if (!params || !props || Object.keys(props).length === 0) {
            lines.push(`type ${fn.name} = () => any;`);
        }
        else {
            lines.push(`type ${fn.name} = (_: {`);
            const body = formatProperties(params, 0);
            if (body)
                lines.push(body);
            lines.push('}) => any;');
        }
        lines.push('');
    }
    lines.push('} // namespace functions');
    return lines.join('\n');
}
/** One compact JSON object per tool (name, description, parameters), one per line. */
export function renderToolsAsJson(tools) {
    return tools
        .map(({ function: fn }) => JSON.stringify({ name: fn.name, description: fn.description, parameters: fn.parameters ?? { type: 'object', properties: {} } }))
        .join('\n');
}
//# sourceMappingURL=render-tool-schemas.js.map