/**
 * The published JSON Schema of stable-llm.yaml (`schema/stable-llm.schema.json`), generated from
 * the zod schema that validates the file. Editors (YAML language server) use it for completion:
 * `# yaml-language-server: $schema=./node_modules/stable-llm/schema/stable-llm.schema.json`.
 */
export declare function buildConfigJsonSchema(): Record<string, unknown>;
