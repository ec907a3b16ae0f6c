import { asArray, asRecord, isRecord } from './guards.js';
/**
 * Builds a sample value that satisfies a JSON Schema well enough for a fake tool call: defaults,
 * consts and enums first, then by type (strings "Paris", numbers their minimum or 1, booleans true,
 * arrays one item, objects every property). Accepts Gemini's upper-case OpenAPI type names.
 */
export function buildArgumentsFromSchema(schema) {
    const value = sampleFor(schema, 0);
    return isRecord(value) ? value : {};
}
const MAX_DEPTH = 8;
function sampleFor(schema, depth) {
    if (!isRecord(schema) || depth > MAX_DEPTH)
        return {};
    if (schema.default !== undefined)
        return schema.default;
    if (schema.const !== undefined)
        return schema.const;
    const enumValues = asArray(schema.enum);
    if (enumValues.length > 0)
        return enumValues[0];
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
        const options = asArray(schema[key]).filter((o) => !(isRecord(o) && typeOf(o) === 'null'));
        if (options.length > 0)
            return sampleFor(options[0], depth + 1);
    }
    switch (typeOf(schema)) {
        case 'string':
            return sampleString(schema);
        case 'integer':
            return typeof schema.minimum === 'number' ? Math.ceil(schema.minimum) : 1;
        case 'number':
            return typeof schema.minimum === 'number' ? schema.minimum : 1;
        case 'boolean':
            return true;
        case 'null':
            return null;
        case 'array':
            return [sampleFor(schema.items, depth + 1)];
        default: {
            const out = {};
            const properties = asRecord(schema.properties);
            for (const name of Object.keys(properties))
                out[name] = sampleFor(properties[name], depth + 1);
            return out;
        }
    }
}
function typeOf(schema) {
    const t = schema.type;
    if (typeof t === 'string')
        return t.toLowerCase();
    if (Array.isArray(t)) {
        const first = t.find((x) => typeof x === 'string' && x.toLowerCase() !== 'null');
        return typeof first === 'string' ? first.toLowerCase() : 'null';
    }
    return isRecord(schema.properties) ? 'object' : isRecord(schema.items) ? 'array' : 'object';
}
function sampleString(schema) {
    switch (schema.format) {
        case 'date-time':
            return '2025-01-01T00:00:00Z';
        case 'date':
            return '2025-01-01';
        case 'email':
            return 'user@example.com';
        case 'uri':
        case 'url':
            return 'https://example.com';
        default:
            return 'Paris';
    }
}
//# sourceMappingURL=build-arguments-from-schema.js.map