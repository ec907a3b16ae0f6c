import { asArray, asNumber, asRecord, asString, isRecord } from '../../guards.js';
import type { IncomingRoute, ProtocolRoute } from '../../incoming-route.js';
import type { NormalizedMessage, NormalizedRequest, NormalizedTool, NormalizedToolChoice, ThinkingMode } from '../../normalized-request.js';

/** Converse body → neutral request. Lenient: odd shapes become empty values, never throws. */
export function parseConverseRequest(body: unknown, route: ProtocolRoute, _req: IncomingRoute, protocol = 'bedrock'): NormalizedRequest {
  const b = asRecord(body);
  const messages: NormalizedMessage[] = [];
  const systemTexts = asArray(b.system)
    .map((s) => asString(asRecord(s).text))
    .filter((t): t is string => t !== undefined);
  if (systemTexts.length > 0)
    messages.push({ role: 'system', text: systemTexts.join('\n'), imageCount: 0, toolCalls: [], toolResults: [] });
  for (const raw of asArray(b.messages)) {
    const m = asRecord(raw);
    const message: NormalizedMessage = {
      role: m.role === 'assistant' ? 'assistant' : 'user',
      text: '',
      imageCount: 0,
      toolCalls: [],
      toolResults: [],
    };
    const texts: string[] = [];
    for (const rawBlock of asArray(m.content)) {
      const block = asRecord(rawBlock);
      if (typeof block.text === 'string') texts.push(block.text);
      else if (isRecord(block.image)) message.imageCount++;
      else if (isRecord(block.toolUse)) {
        const use = block.toolUse;
        message.toolCalls.push({
          id: asString(use.toolUseId) ?? '',
          name: asString(use.name) ?? '',
          arguments: JSON.stringify(use.input ?? {}),
        });
      } else if (isRecord(block.toolResult)) {
        const result = block.toolResult;
        const content = asArray(result.content)
          .map((c) => {
            const part = asRecord(c);
            return typeof part.text === 'string' ? part.text : part.json !== undefined ? JSON.stringify(part.json) : '';
          })
          .join('\n');
        message.toolResults.push({ id: asString(result.toolUseId), content });
      }
    }
    message.text = texts.join('\n');
    messages.push(message);
  }
  const toolConfig = asRecord(b.toolConfig);
  const tools: NormalizedTool[] = [];
  for (const t of asArray(toolConfig.tools)) {
    const spec = asRecord(asRecord(t).toolSpec);
    const name = asString(spec.name);
    if (name) tools.push({ name, description: asString(spec.description), parameters: asRecord(asRecord(spec.inputSchema).json) });
  }
  const choice = asRecord(toolConfig.toolChoice);
  const toolChoice: NormalizedToolChoice = isRecord(choice.any)
    ? 'required'
    : isRecord(choice.tool) && typeof choice.tool.name === 'string'
      ? { name: choice.tool.name }
      : 'auto';
  const extra = asRecord(b.additionalModelRequestFields);
  const thinkingType = asString(asRecord(extra.thinking).type) ?? asString(asRecord(extra.reasoningConfig).type);
  const thinking: ThinkingMode =
    thinkingType === 'enabled' || thinkingType === 'adaptive' ? 'enabled' : thinkingType === 'disabled' ? 'disabled' : 'auto';
  return {
    protocol,
    model: route.model ?? '',
    stream: route.stream ?? false,
    includeUsage: true,
    messages,
    tools,
    toolChoice,
    thinking,
    maxTokens: asNumber(asRecord(b.inferenceConfig).maxTokens),
    body,
  };
}
