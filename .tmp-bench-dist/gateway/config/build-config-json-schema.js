import { z } from 'zod';
import { gatewayConfigSchema } from './gateway-config-schema.js';
/**
 * The published JSON Schema of stable-llm.yaml (`schema/stable-llm.schema.json`), generated from
 * the zod schema that validates the file. Editors (YAML language server) use it for completion:
 * `# yaml-language-server: $schema=./node_modules/stable-llm/schema/stable-llm.schema.json`.
 */
export function buildConfigJsonSchema() {
    const schema = z.toJSONSchema(gatewayConfigSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
    return {
        $schema: schema.$schema,
        title: 'stable-llm gateway configuration',
        ...schema,
    };
}
//# sourceMappingURL=build-config-json-schema.js.map