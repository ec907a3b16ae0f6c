import type { StreamParser } from '../providers/provider-adapter.js';
import { emulateToolsInRequest } from '../providers/tool-emulation/emulate-tools-in-request.js';
import { parseEmulatedToolCalls } from '../providers/tool-emulation/parse-emulated-tool-calls.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import type { StreamDelta } from '../spec/stream-delta.js';
import type { Deployment } from './deployment.js';

/** Request rewrites that need a matching rewrite of the result (tool emulation). */
export interface RequestTransform {
  request: ChatRequest;
  warnings: string[];
  finishResult(result: ChatResult): ChatResult;
  wrapStreamParser(parser: StreamParser): StreamParser;
}

/**
 * Applies model-level adaptations before the adapter converts the request: `model` is the
 * deployment's, and models without native tool calling get tools emulated through the prompt,
 * with the reply parsed back into `tool_calls` (streams are buffered until the end, because a
 * tool call cannot be recognised before the JSON is complete).
 */
export function prepareRequest(request: ChatRequest, deployment: Deployment): RequestTransform {
  const warnings: string[] = [];
  const base: ChatRequest = { ...request, model: deployment.modelId };
  const needsEmulation = !deployment.model.functionCallAvailable && (request.tools?.length ?? 0) > 0;
  if (!needsEmulation) {
    return { request: base, warnings, finishResult: (r) => r, wrapStreamParser: (p) => p };
  }
  const emulated = emulateToolsInRequest(base);
  warnings.push(...emulated.warnings);
  return {
    request: emulated.request,
    warnings,
    finishResult(result) {
      const parsed = parseEmulatedToolCalls(result.content ?? '');
      if (parsed.tool_calls && parsed.tool_calls.length > 0) {
        return { ...result, content: parsed.content || null, tool_calls: parsed.tool_calls, finish_reason: 'tool_calls' };
      }
      return result;
    },
    wrapStreamParser(parser) {
      let text = '';
      let finishReason: StreamDelta['finish_reason'];
      let usage: StreamDelta['usage'];
      const passThrough = (deltas: StreamDelta[]): StreamDelta[] => {
        const out: StreamDelta[] = [];
        for (const d of deltas) {
          if (d.content) text += d.content;
          if (d.finish_reason) finishReason = d.finish_reason;
          if (d.usage) usage = d.usage;
          const { content: _c, finish_reason: _f, usage: _u, ...rest } = d;
          if (rest.reasoning_content || rest.reasoning_details || rest.provider) out.push(rest);
        }
        return out;
      };
      return {
        push: (event) => passThrough(parser.push(event)),
        finish() {
          const out = passThrough(parser.finish());
          const parsed = parseEmulatedToolCalls(text);
          if (parsed.tool_calls && parsed.tool_calls.length > 0) {
            if (parsed.content) out.push({ content: parsed.content });
            out.push({
              tool_calls: parsed.tool_calls.map((c, index) => ({ index, id: c.id, type: 'function', function: { ...c.function } })),
            });
            out.push({ finish_reason: 'tool_calls', usage });
          } else {
            if (text) out.push({ content: text });
            out.push({ finish_reason: finishReason ?? 'stop', usage });
          }
          return out;
        },
      };
    },
  };
}
