import { anthropicErrors } from './anthropic-errors.js';
import { geminiErrors } from './gemini-errors.js';
import { openaiErrors } from './openai-errors.js';
import { vendorErrors } from './vendor-errors.js';
/**
 * Builders for real provider error responses. Each returns `{ status, headers, body }` to spread
 * into a rule: `fake.addRule({ times: 1, ...errors.anthropicOverloaded() })`. The results are plain
 * JSON, so they can be POSTed to `/__fake/rules` as well.
 */
export const errors = { ...openaiErrors, ...anthropicErrors, ...geminiErrors, ...vendorErrors };
//# sourceMappingURL=index.js.map