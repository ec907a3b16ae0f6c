import { isRecord } from '../shared/is-record.js';
import type { GeminiSchema } from './gemini-wire-types.js';

/**
 * Formats the `parameters` / `responseSchema` fields accept per type. Gemini answers 400 for
 * others ("only 'enum' and 'date-time' are supported for STRING type").
 */
const FORMATS: Readonly<Record<string, readonly string[]>> = {
  string: ['enum', 'date-time'],
  number: ['float', 'double', 'enum'],
  integer: ['int32', 'int64', 'enum'],
};

/** Keywords copied unchanged; everything not listed (and not rewritten below) is dropped. */
const COPIED = [
  'title',
  'description',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'default',
  'example',
  'propertyOrdering',
] as const;

/** How deep `$ref`s are inlined before a recursive type is cut off as a plain object. */
const MAX_REF_DEPTH = 6;

/**
 * JSON Schema → the OpenAPI-3.0 subset Gemini's `Schema` accepts (fields of `Schema` in
 * `@google/genai`). We use `parameters`/`responseSchema` rather than the newer
 * `parametersJsonSchema`/`responseJsonSchema` because every Gemini model and Vertex accept them.
 *
 * - kept: the keywords in `COPIED`, `type`, `properties`, `required`, `items`, `anyOf`, `enum`;
 * - rewritten: `type: [T, "null"]`, `anyOf` with a null member and `nullable` → `nullable: true`;
 *   `oneOf` → `anyOf`; `allOf` → merged into one schema; `const` → one-value `enum` (with a type
 *   inferred from the values when the schema has none); `examples` →
 *   `example`; enum values → strings (the field is `string[]`; numeric enums get `format: "enum"`);
 *   tuple `items` → `anyOf` of the item schemas; local `$ref`s into `$defs`/`definitions` are
 *   inlined (recursion cut off at a depth of 6);
 * - dropped, because Gemini rejects them: `additionalProperties`, `$schema`, `$id`, `$defs`,
 *   `exclusiveMinimum`/`exclusiveMaximum`, `not`, `if`/`then`/`else`, `patternProperties`,
 *   `unevaluatedProperties`, … and string formats other than `date-time`/`enum` (moved into the
 *   description so the model still sees them).
 *
 * Returns undefined for a top-level object schema without properties (and no free-form
 * `additionalProperties`): Gemini wants `parameters` omitted for argument-less functions.
 */
export function convertJsonSchemaToGemini(schema: unknown): GeminiSchema | undefined {
  if (!isRecord(schema)) return undefined;
  const hasProperties = isRecord(schema.properties) && Object.keys(schema.properties).length > 0;
  if (schema.type === 'object' && !hasProperties && !schema.additionalProperties && schema.$ref === undefined) return undefined;
  const defs: Record<string, unknown> = {
    ...(isRecord(schema.definitions) ? schema.definitions : {}),
    ...(isRecord(schema.$defs) ? schema.$defs : {}),
  };
  return convertNode(schema, defs, []);
}

function convertNode(node: unknown, defs: Record<string, unknown>, refs: readonly string[]): GeminiSchema {
  if (!isRecord(node)) return {};

  if (typeof node.$ref === 'string') {
    const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(node.$ref)?.[1];
    const target = name === undefined ? undefined : defs[name];
    let resolved: GeminiSchema;
    if (name === undefined || target === undefined) resolved = {};
    else if (refs.includes(name) || refs.length >= MAX_REF_DEPTH) resolved = { type: 'object' };
    else resolved = convertNode(target, defs, [...refs, name]);
    return typeof node.description === 'string' ? { ...resolved, description: node.description } : resolved;
  }

  const out: GeminiSchema = {};
  let nullable = node.nullable === true;

  if (Array.isArray(node.type)) {
    const types = node.type.filter((t): t is string => typeof t === 'string');
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length < types.length) nullable = true;
    if (nonNull.length === 1) out.type = nonNull[0];
    else if (nonNull.length > 1) out.anyOf = nonNull.map((type) => ({ type }));
  } else if (node.type === 'null') {
    nullable = true;
  } else if (typeof node.type === 'string') {
    out.type = node.type;
  }

  for (const key of COPIED) {
    if (node[key] !== undefined) out[key] = node[key];
  }
  if (out.example === undefined && Array.isArray(node.examples) && node.examples.length > 0) out.example = node.examples[0];

  if (typeof node.format === 'string') {
    const type = typeof out.type === 'string' ? out.type : undefined;
    if (type !== undefined && FORMATS[type]?.includes(node.format)) out.format = node.format;
    else {
      const note = `(format: ${node.format})`;
      out.description = typeof out.description === 'string' ? `${out.description} ${note}` : note;
    }
  }

  const enumValues = node.const !== undefined ? [node.const] : Array.isArray(node.enum) ? node.enum : undefined;
  if (enumValues) {
    if (enumValues.includes(null)) nullable = true;
    const values = enumValues.filter((v) => v !== null);
    // `const`-only schemas carry no type, but Gemini reads `enum` only on a typed schema.
    if (out.type === undefined && out.anyOf === undefined) out.type = inferEnumType(values);
    out.enum = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    if (out.type === 'integer' || out.type === 'number') out.format = 'enum';
  }

  if (isRecord(node.properties)) {
    const properties: Record<string, GeminiSchema> = {};
    for (const [key, value] of Object.entries(node.properties)) properties[key] = convertNode(value, defs, refs);
    out.properties = properties;
  }
  if (Array.isArray(node.required)) out.required = node.required.filter((r): r is string => typeof r === 'string');

  if (Array.isArray(node.items)) {
    const items = node.items.map((item) => convertNode(item, defs, refs));
    out.items = items.length === 1 ? items[0] : { anyOf: items };
  } else if (isRecord(node.items)) {
    out.items = convertNode(node.items, defs, refs);
  }

  const union = [...(Array.isArray(node.anyOf) ? node.anyOf : []), ...(Array.isArray(node.oneOf) ? node.oneOf : [])];
  if (union.length > 0) {
    const members = union.filter((m) => !(isRecord(m) && m.type === 'null'));
    if (members.length < union.length) nullable = true;
    const converted = members.map((m) => convertNode(m, defs, refs));
    if (converted.length === 1) mergeInto(out, converted[0]);
    else if (converted.length > 1) out.anyOf = converted;
  }

  if (Array.isArray(node.allOf)) {
    for (const member of node.allOf) mergeInto(out, convertNode(member, defs, refs));
  }

  if (nullable) out.nullable = true;
  return out;
}

function inferEnumType(values: unknown[]): string {
  if (values.length > 0 && values.every((v) => Number.isInteger(v))) return 'integer';
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'number';
  return 'string';
}

/** Adds `from` to `into`: properties and required lists union, other keys keep `into`'s value. */
function mergeInto(into: GeminiSchema, from: GeminiSchema): void {
  for (const [key, value] of Object.entries(from)) {
    if (key === 'properties' && isRecord(value)) {
      into.properties = { ...(isRecord(into.properties) ? into.properties : {}), ...value };
    } else if (key === 'required' && Array.isArray(value)) {
      const current = Array.isArray(into.required) ? (into.required as unknown[]) : [];
      into.required = [...new Set([...current, ...value])];
    } else if (into[key] === undefined) {
      into[key] = value;
    }
  }
}
