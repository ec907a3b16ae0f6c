import type { TokenizerFamily } from './tokenizer-family.js';

/**
 * Tokens a chat template adds around messages, per family. Counting only message text
 * under-counts a long conversation by several tokens per turn.
 */
export interface ChatFraming {
  /** Added to every message. */
  perMessage: number;
  /** Whether the role name is rendered as text (and so tokenised) rather than a special token. */
  countsRole: boolean;
  /** Added when a message has a `name` (on top of the name's own tokens). */
  perName: number;
  /** Added once per request (BOS, the primed assistant header). */
  perRequest: number;
  /** Added per tool call in an assistant message (on top of name and arguments). */
  perToolCall: number;
}

const OPENAI: ChatFraming = {
  // OpenAI cookbook "How to count tokens with tiktoken": 3 per message (<|start|>role…<|end|>),
  // +1 per name, +3 to prime the reply; role text is tokenised. Verified by gpt-tokenizer's
  // fixtures of real prompt_tokens, which our tests replay.
  perMessage: 3,
  countsRole: true,
  perName: 1,
  perRequest: 3,
  // Same accounting as the legacy function_call field (name + arguments + 3).
  perToolCall: 3,
};

export const CHAT_FRAMING: Readonly<Record<TokenizerFamily, ChatFraming>> = {
  o200k: OPENAI,
  cl100k: OPENAI,
  // Unknown templates: assume OpenAI-like framing, the most common convention.
  estimate: OPENAI,
  // Anthropic does not publish its framing; "\n\nHuman:" / "\n\nAssistant:" style turn markers cost
  // about as much as OpenAI's, so reuse those numbers (approximate).
  claude: { ...OPENAI },
  // Gemini's countTokens reports content tokens only: ai.google.dev/api/tokens shows "The quick
  // brown fox jumps over the lazy dog." → total_tokens: 10, exactly its text tokens.
  gemini: { perMessage: 0, countsRole: false, perName: 0, perRequest: 0, perToolCall: 0 },
  // ChatML (Qwen chat template): <|im_start|>role\n … <|im_end|>\n; reply primed with
  // <|im_start|>assistant\n.
  qwen3: { perMessage: 4, countsRole: true, perName: 0, perRequest: 3, perToolCall: 4 },
  // DeepSeek V3 template: <｜User｜> / <｜Assistant｜> … <｜end▁of▁sentence｜> special tokens, BOS once.
  deepseek_v3: { perMessage: 2, countsRole: false, perName: 0, perRequest: 2, perToolCall: 4 },
  // Llama 3: <|start_header_id|>role<|end_header_id|>\n\n … <|eot_id|>; BOS + assistant header.
  llama3: { perMessage: 4, countsRole: true, perName: 0, perRequest: 5, perToolCall: 3 },
};

/**
 * Anthropic's documented tool-use system prompt, added whenever tools are present
 * (platform.claude.com "Tool use" pricing table for Claude 4.x models): 346 tokens with
 * tool_choice auto/none, 313 with any/tool.
 */
export const CLAUDE_TOOL_PROMPT_TOKENS = { auto: 346, forced: 313 } as const;

/**
 * Qwen3's chat template wraps tool schemas in this instruction block (one JSON schema per line
 * between the <tools> tags); we count it with the Qwen tokenizer.
 */
export const QWEN_TOOL_PROMPT =
  '\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\n' +
  'You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n\n</tools>\n\n' +
  'For each function call, return a json object with function name and arguments within ' +
  '<tool_call></tool_call> XML tags:\n<tool_call>\n{"name": <function-name>, "arguments": <args-json-object>}\n</tool_call>';

/** Tokens around a JSON tool block for families without a documented template. */
export const GENERIC_TOOL_BLOCK_OVERHEAD = 10;
