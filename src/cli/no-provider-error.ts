import { CliError } from './cli-error.js';
import { EXIT } from './exit-codes.js';
import { providerKeyEnv } from './provider-key-env.js';

/**
 * The error for "nothing to call": says exactly how to add a provider, because this is the first
 * thing a new user sees.
 */
export function noProviderError(configPath: string | undefined): CliError {
  const names = providerKeyEnv().map((p) => p.envVar);
  const shown = names.slice(0, 6).join(', ');
  const lines = configPath
    ? [
        `  ${configPath} defines no enabled model. Add one under backends:, for example:`,
        '    backends:',
        '      openai:',
        '        models:',
        '          gpt-5.4-mini: {}',
        `  and export its key (OPENAI_API_KEY=sk-…), or regenerate a starter with: stable-llm config init --force`,
      ]
    : [
        'To add one, either',
        '  • export an API key, e.g.   export OPENAI_API_KEY=sk-…',
        `    (any of: ${shown}, … — ${names.length} providers; run \`stable-llm doctor\` to check it), or`,
        '  • write a config file:       stable-llm config init    (then edit stable-llm.yaml, or pass --config FILE)',
      ];
  return new CliError(configPath ? 'no model is configured' : 'no LLM provider is configured', {
    exitCode: EXIT.usage,
    hint: lines.join('\n'),
  });
}
