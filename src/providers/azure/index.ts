/**
 * Azure OpenAI adapter: OpenAI-compatible converters with Azure deployment / v1 URLs and
 * `api-key` auth. Entra ID tokens: `src/auth/entra-client-credentials.ts`, wiring in `../cloud-auth.ts`.
 */
export { azureOpenAIAdapter } from './azure-openai-adapter.js';
export { type AzureTarget, DEFAULT_AZURE_API_VERSION, resolveAzureTarget } from './azure-url.js';
