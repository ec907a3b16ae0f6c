#!/usr/bin/env node
// Writes schema/stable-llm.schema.json from the zod schema that validates stable-llm.yaml.
// Runs the TypeScript sources directly (no build needed). A test fails when the file is stale.
import { register } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
register(pathToFileURL(join(root, 'test/gateway/support/ts-hooks.mjs')).href);
const { buildConfigJsonSchema } = await import(pathToFileURL(join(root, 'src/gateway/config/build-config-json-schema.ts')).href);
const out = join(root, 'schema/stable-llm.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(buildConfigJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
