import type { ToolDefinition } from '../spec/chat-request.js';

/**
 * Tool definitions as the text a model actually sees, so their tokens can be counted.
 *
 * OpenAI renders function schemas into a TypeScript-like `namespace functions { … }` block inside
 * the system prompt. The layout below is the one reverse-engineered by hmarr/openai-chat-tokens and
 * re-used by gpt-tokenizer's `countChatCompletionTokens`, whose fixtures (real API prompt_tokens)
 * our tests replay. Other vendors inject JSON schemas; `renderToolsAsJson` covers them.
 */

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function schemaType(schema: Schema): string | undefined {
  const t = schema.type;
  if (typeof t === 'string') return t;
  // `type: ["string", "null"]`: the first non-null entry decides the rendering.
  if (Array.isArray(t)) return t.find((x): x is string => typeof x === 'string' && x !== 'null');
  if (Array.isArray(schema.enum)) return typeof schema.enum[0] === 'number' ? 'number' : 'string';
  return undefined;
}

function formatType(schema: Schema, indent: number): string {
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

function formatProperties(schema: Schema, indent: number): string {
  if (!isSchema(schema.properties)) return '';
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [name, prop] of Object.entries(schema.properties)) {
    const p = isSchema(prop) ? prop : {};
    // Only top-level and first-nested descriptions are rendered (as `//` comments).
    if (typeof p.description === 'string' && p.description && indent < 2) lines.push(`${pad}// ${p.description}`);
    lines.push(`${pad}${name}${required.has(name) ? '' : '?'}: ${formatType(p, indent)},`);
  }
  return lines.join('\n');
}

/** The `namespace functions { … }` block OpenAI models see for `tools`. */
export function renderToolsAsTypeScript(tools: readonly ToolDefinition[]): string {
  const lines = ['namespace functions {', ''];
  for (const { function: fn } of tools) {
    if (fn.description) lines.push(`// ${fn.description}`);
    const params = isSchema(fn.parameters) ? fn.parameters : undefined;
    const props = params && isSchema(params.properties) ? params.properties : undefined;
    if (!params || !props || Object.keys(props).length === 0) {
      lines.push(`type ${fn.name} = () => any;`);
    } else {
      lines.push(`type ${fn.name} = (_: {`);
      const body = formatProperties(params, 0);
      if (body) lines.push(body);
      lines.push('}) => any;');
    }
    lines.push('');
  }
  lines.push('} // namespace functions');
  return lines.join('\n');
}

/** One compact JSON object per tool (name, description, parameters), one per line. */
export function renderToolsAsJson(tools: readonly ToolDefinition[]): string {
  return tools
    .map(({ function: fn }) =>
      JSON.stringify({ name: fn.name, description: fn.description, parameters: fn.parameters ?? { type: 'object', properties: {} } }),
    )
    .join('\n');
}
