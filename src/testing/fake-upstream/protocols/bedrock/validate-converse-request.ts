import { FakeRequestError } from '../../fake-request-error.js';
import { asArray, asNumber, asRecord, isRecord } from '../../guards.js';
import type { NormalizedRequest } from '../../normalized-request.js';

const TOP_LEVEL = new Set([
  'messages',
  'system',
  'inferenceConfig',
  'toolConfig',
  'guardrailConfig',
  'additionalModelRequestFields',
  'promptVariables',
  'additionalModelResponseFieldPaths',
  'requestMetadata',
  'performanceConfig',
]);
const IMAGE_FORMATS = new Set(['png', 'jpeg', 'gif', 'webp']);
const TOOL_ID = /^[a-zA-Z0-9_-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The Converse checks adapters most often fail, with Bedrock's own ValidationException wording:
 * unknown top-level keys (a leftover `model`), the conversation shape (starts with user,
 * alternates, no empty content or blank text), tool blocks without a toolConfig, unanswered
 * toolUse ids, toolUseId syntax, image formats, Claude's thinking budget.
 */
export function validateConverseRequest(request: NormalizedRequest): FakeRequestError | undefined {
  const bad = (message: string) => new FakeRequestError('bad_request', message);
  const b = asRecord(request.body);
  for (const key of Object.keys(b)) {
    if (!TOP_LEVEL.has(key))
      return bad(`Malformed input request: extraneous key [${key}] is not permitted, please reformat your input and try again.`);
  }
  const messages = asArray(b.messages).map(asRecord);
  if (messages.length === 0)
    return bad('A conversation must start with a user message. Try again with a conversation that starts with a user message.');
  let usesTools = false;
  let pendingToolUses: string[] = [];
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (i === 0 && m.role !== 'user')
      return bad('A conversation must start with a user message. Try again with a conversation that starts with a user message.');
    if (i > 0 && m.role === messages[i - 1].role) {
      return bad(
        'A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.',
      );
    }
    const content = asArray(m.content).map(asRecord);
    if (content.length === 0)
      return bad(
        `The content field in the Message object at messages.${i} is empty. Add a ContentBlock object to the content field and try again.`,
      );
    const resultIds: string[] = [];
    for (let j = 0; j < content.length; j++) {
      const block = content[j];
      if (typeof block.text === 'string' && block.text.trim() === '') {
        return bad(
          `The text field in the ContentBlock object at messages.${i}.content.${j} is blank. Add text to the text field, and try again.`,
        );
      }
      if (isRecord(block.image)) {
        const source = asRecord(block.image.source);
        if (!IMAGE_FORMATS.has(String(block.image.format)))
          return bad(
            `Value at 'messages.${i}.member.content.${j}.member.image.format' failed to satisfy constraint: Member must satisfy enum value set: [gif, jpeg, png, webp]`,
          );
        if (typeof source.bytes === 'string' && !BASE64.test(source.bytes))
          return bad(`Invalid base64 in messages.${i}.content.${j}.image.source.bytes`);
      }
      for (const kind of ['toolUse', 'toolResult'] as const) {
        const tool = block[kind];
        if (!isRecord(tool)) continue;
        usesTools = true;
        const id = String(tool.toolUseId ?? '');
        if (!TOOL_ID.test(id)) {
          return bad(
            `1 validation error detected: Value at 'messages.${i + 1}.member.content.${j + 1}.member.${kind}.toolUseId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+`,
          );
        }
        if (kind === 'toolResult') resultIds.push(id);
      }
    }
    const missing = pendingToolUses.filter((id) => !resultIds.includes(id));
    if (missing.length > 0) return bad(`Expected toolResult blocks at messages.${i}.content for the following Ids: ${missing.join(', ')}`);
    const stray = resultIds.filter((id) => !pendingToolUses.includes(id));
    if (stray.length > 0)
      return bad(`The number of toolResult blocks at messages.${i}.content exceeds the number of toolUse blocks of previous turn.`);
    pendingToolUses =
      m.role === 'assistant' ? content.filter((c) => isRecord(c.toolUse)).map((c) => String(asRecord(c.toolUse).toolUseId)) : [];
  }
  if (usesTools && asArray(asRecord(b.toolConfig).tools).length === 0) {
    return bad('The toolConfig field must be defined when using toolUse and toolResult content blocks.');
  }
  const thinking = asRecord(asRecord(b.additionalModelRequestFields).thinking);
  if (thinking.type === 'enabled') {
    const budget = asNumber(thinking.budget_tokens) ?? 0;
    const max = asNumber(asRecord(b.inferenceConfig).maxTokens);
    if (budget < 1024)
      return bad('The model returned the following errors: thinking.enabled.budget_tokens: Input should be greater than or equal to 1024');
    if (max === undefined || budget >= max)
      return bad('The model returned the following errors: `max_tokens` must be greater than `thinking.budget_tokens`.');
  }
  return undefined;
}
