import { builtinCatalog } from '../catalog/get-model-info.js';
import type { ModelCatalog } from '../catalog/model-catalog.js';
import type { BackendType } from '../settings/backend-type.js';
import type { ChatMessage, TextPart, ToolChoice, ToolDefinition } from '../spec/chat-request.js';
import { measureMessages } from '../tokens/count-message-tokens.js';
import { estimateTokens } from '../tokens/estimate-tokens.js';
import { type TokenizerFamily, tokenizerFamilyFor } from '../tokens/tokenizer-family.js';
import { getLoadedTokenizer, loadTokenizer } from '../tokens/tokenizer-registry.js';
import { defaultMargin } from './default-max-tokens.js';
import { groupTurns } from './group-turns.js';
import { truncateMiddle } from './truncate-text.js';

export type ContextStrategy = 'latest' | 'middle-out' | 'none';

export interface FitMessagesOptions {
  model: string;
  /** Used with `model` to find the window in the catalog when `contextLength` is not given. */
  backend?: BackendType | string;
  /** The model's context window. Unknown (and not in the catalog) → nothing is trimmed. */
  contextLength?: number;
  /**
   * Tokens reserved for the answer (the request's `max_tokens`). Default: the smaller of the
   * model's max output, 4096 and a quarter of the window.
   */
  maxOutputTokens?: number;
  /**
   * `latest` (default): keep system messages and the newest turns that fit.
   * `middle-out`: keep system messages, the first turn and the newest turns; drop from the middle.
   * `none`: change nothing, only count (see `fits`).
   */
  strategy?: ContextStrategy;
  /** Safety margin in tokens; default `defaultMargin(contextLength, estimated)`. */
  margin?: number;
  tools?: readonly ToolDefinition[];
  toolChoice?: ToolChoice;
  /** Catalog for the window lookup (e.g. one from `mergeWithSettings`). */
  catalog?: ModelCatalog;
}

export interface FitMessagesResult {
  messages: ChatMessage[];
  /** Messages removed (truncated ones are kept and not counted here). */
  droppedCount: number;
  /** Some message text was cut and replaced by a `…[truncated N tokens]…` marker. */
  truncated: boolean;
  /** Prompt tokens of the returned messages, tools and framing. */
  promptTokens: number;
  /** Prompt budget used: window − reserved output − margin; undefined when the window is unknown. */
  budget: number | undefined;
  /** The returned prompt is within the budget. False only for `none` or content that cannot shrink (images). */
  fits: boolean;
  estimated: boolean;
}

/** Default answer reservation when neither the caller nor the catalog gives a smaller one. */
export const DEFAULT_OUTPUT_RESERVE = 4096;

type Count = (text: string) => number;

/** Trims a conversation to the model's window; loads the model's tokenizer on first use. */
export async function fitMessagesToContext(messages: readonly ChatMessage[], options: FitMessagesOptions): Promise<FitMessagesResult> {
  const family = tokenizerFamilyFor(options.model);
  if (family === 'estimate') return fitWith(messages, options, family, estimateTokens, true);
  const tokenizer = await loadTokenizer(family);
  return fitWith(messages, options, family, tokenizer.count, false);
}

/** Same, synchronously: exact if the tokenizer is loaded, else estimated (with a wider margin). */
export function fitMessagesToContextSync(messages: readonly ChatMessage[], options: FitMessagesOptions): FitMessagesResult {
  const family = tokenizerFamilyFor(options.model);
  const tokenizer = getLoadedTokenizer(family);
  return tokenizer ? fitWith(messages, options, family, tokenizer.count, false) : fitWith(messages, options, family, estimateTokens, true);
}

function fitWith(
  input: readonly ChatMessage[],
  options: FitMessagesOptions,
  family: TokenizerFamily,
  count: Count,
  estimated: boolean,
): FitMessagesResult {
  const { model, tools, toolChoice } = options;
  const measure = (msgs: readonly ChatMessage[]) => measureMessages(msgs, model, family, count, estimated, { tools, toolChoice });
  const initial = measure(input);
  const info = (options.catalog ?? builtinCatalog).get(options.backend ?? '', model);
  const contextLength = options.contextLength ?? info?.contextWindow;
  const unchanged = (fits: boolean, budget: number | undefined): FitMessagesResult => ({
    messages: [...input],
    droppedCount: 0,
    truncated: false,
    promptTokens: initial.total,
    budget,
    fits,
    estimated,
  });
  if (contextLength === undefined) return unchanged(true, undefined);

  const reserve =
    options.maxOutputTokens ??
    Math.min(info?.maxOutputTokens ?? DEFAULT_OUTPUT_RESERVE, DEFAULT_OUTPUT_RESERVE, Math.floor(contextLength / 4));
  const margin = options.margin ?? defaultMargin(contextLength, estimated);
  const budget = contextLength - reserve - margin;
  const strategy = options.strategy ?? 'latest';
  if (strategy === 'none' || initial.total <= budget) return unchanged(initial.total <= budget, budget);

  // Everything below works on per-message costs; tools and per-request framing are fixed.
  const available = budget - initial.tools - initial.overhead;
  const messages = [...input];
  const cost = [...initial.perMessage];
  const shape = groupTurns(messages);
  const sum = (idx: readonly number[]) => idx.reduce((a, i) => a + cost[i], 0);
  const turnCost = (t: number) => shape.turns[t].units.reduce((a, u) => a + sum(u), 0);
  const pinnedCost = sum(shape.pinned);

  // 1. Drop whole turns (never the newest).
  const keptTurns = shape.turns.map((_, i) => i);
  let used = pinnedCost + keptTurns.reduce((a, t) => a + turnCost(t), 0);
  while (used > available && keptTurns.length > 1) {
    const candidates = keptTurns.slice(0, -1);
    const victim = strategy === 'latest' ? candidates[0] : candidates[Math.floor(candidates.length / 2)];
    keptTurns.splice(keptTurns.indexOf(victim), 1);
    used -= turnCost(victim);
  }

  // 2. Inside the newest turn, drop the oldest tool exchanges (the user message and the last unit stay).
  const lastTurn = keptTurns.length ? shape.turns[keptTurns[keptTurns.length - 1]] : undefined;
  const lastUnits = lastTurn ? [...lastTurn.units] : [];
  const startsWithUser = lastUnits.length > 0 && messages[lastUnits[0][0]].role === 'user';
  while (used > available && lastUnits.length > (startsWithUser ? 2 : 1)) {
    const [victim] = lastUnits.splice(startsWithUser ? 1 : 0, 1);
    used -= sum(victim);
  }

  const keep = new Set<number>(shape.pinned);
  for (const t of keptTurns.slice(0, -1)) for (const u of shape.turns[t].units) for (const i of u) keep.add(i);
  for (const u of lastUnits) for (const i of u) keep.add(i);

  // 3. Still too big: cut text out of the middle of the largest messages.
  let truncated = false;
  if (used > available) {
    const recount = (i: number) => {
      cost[i] = measureMessages([messages[i]], model, family, count, estimated).perMessage[0];
    };
    const shrink = (indices: number[], target: number) => {
      for (let guard = 0; guard < 32 && sum(indices) > target; guard++) {
        const excess = sum(indices) - target;
        const victim = largestText(indices, messages, count);
        if (!victim) return;
        const { index, part, tokens } = victim;
        const next = truncateMiddle(part.text, Math.max(0, tokens - excess), count);
        if (next.text === part.text) return;
        messages[index] = replaceText(messages[index], part, next.text);
        recount(index);
        truncated = true;
      }
    };
    const turnIndices = lastUnits.flat();
    const room = available - pinnedCost;
    if (room >= available / 2) {
      shrink(turnIndices, room);
    } else {
      // The system prompt takes most of the window: give the newest turn up to half, cut the rest
      // from the system prompt.
      const turnTarget = Math.min(sum(turnIndices), Math.floor(available / 2));
      shrink(turnIndices, turnTarget);
      shrink(shape.pinned, available - sum(turnIndices));
    }
  }

  const out = messages.filter((_, i) => keep.has(i));
  const final = measure(out);
  return {
    messages: out,
    droppedCount: input.length - out.length,
    truncated,
    promptTokens: final.total,
    budget,
    fits: final.total <= budget,
    estimated,
  };
}

interface TextSlot {
  index: number;
  part: TextSlotPart;
  tokens: number;
}

/** Where a message keeps the text we may cut: its string content or one text part. */
type TextSlotPart = { kind: 'string'; text: string } | { kind: 'part'; text: string; at: number };

function largestText(indices: readonly number[], messages: readonly ChatMessage[], count: Count): TextSlot | undefined {
  let best: TextSlot | undefined;
  for (const index of indices) {
    const content: unknown = messages[index].content;
    const slots: TextSlotPart[] = [];
    if (typeof content === 'string') slots.push({ kind: 'string', text: content });
    else if (Array.isArray(content)) {
      content.forEach((p: unknown, at) => {
        if (typeof p === 'object' && p !== null && (p as TextPart).type === 'text' && typeof (p as TextPart).text === 'string') {
          slots.push({ kind: 'part', text: (p as TextPart).text, at });
        }
      });
    }
    for (const part of slots) {
      const tokens = count(part.text);
      if (tokens > 0 && (!best || tokens > best.tokens)) best = { index, part, tokens };
    }
  }
  return best;
}

function replaceText(message: ChatMessage, part: TextSlotPart, text: string): ChatMessage {
  if (part.kind === 'string') return { ...message, content: text } as ChatMessage;
  const content = (message.content as unknown[]).map((p, at) => (at === part.at ? { ...(p as TextPart), text } : p));
  return { ...message, content } as ChatMessage;
}
