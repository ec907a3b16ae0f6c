import { builtinCatalog } from '../catalog/get-model-info.js';
import { measureMessages } from '../tokens/count-message-tokens.js';
import { estimateTokens } from '../tokens/estimate-tokens.js';
import { tokenizerFamilyFor } from '../tokens/tokenizer-family.js';
import { getLoadedTokenizer, loadTokenizer } from '../tokens/tokenizer-registry.js';
import { defaultMargin } from './default-max-tokens.js';
import { groupTurns } from './group-turns.js';
import { truncateMiddle } from './truncate-text.js';
/** Default answer reservation when neither the caller nor the catalog gives a smaller one. */
export const DEFAULT_OUTPUT_RESERVE = 4096;
/** Trims a conversation to the model's window; loads the model's tokenizer on first use. */
export async function fitMessagesToContext(messages, options) {
    const family = tokenizerFamilyFor(options.model);
    if (family === 'estimate')
        return fitWith(messages, options, family, estimateTokens, true);
    const tokenizer = await loadTokenizer(family);
    return fitWith(messages, options, family, tokenizer.count, false);
}
/** Same, synchronously: exact if the tokenizer is loaded, else estimated (with a wider margin). */
export function fitMessagesToContextSync(messages, options) {
    const family = tokenizerFamilyFor(options.model);
    const tokenizer = getLoadedTokenizer(family);
    return tokenizer ? fitWith(messages, options, family, tokenizer.count, false) : fitWith(messages, options, family, estimateTokens, true);
}
function fitWith(input, options, family, count, estimated) {
    const { model, tools, toolChoice } = options;
    const measure = (msgs) => measureMessages(msgs, model, family, count, estimated, { tools, toolChoice });
    const initial = measure(input);
    const info = (options.catalog ?? builtinCatalog).get(options.backend ?? '', model);
    const contextLength = options.contextLength ?? info?.contextWindow;
    const unchanged = (fits, budget) => ({
        messages: [...input],
        droppedCount: 0,
        truncated: false,
        promptTokens: initial.total,
        budget,
        fits,
        estimated,
    });
    if (contextLength === undefined)
        return unchanged(true, undefined);
    const reserve = options.maxOutputTokens ?? Math.min(info?.maxOutputTokens ?? DEFAULT_OUTPUT_RESERVE, DEFAULT_OUTPUT_RESERVE, Math.floor(contextLength / 4));
    const margin = options.margin ?? defaultMargin(contextLength, estimated);
    const budget = contextLength - reserve - margin;
    const strategy = options.strategy ?? 'latest';
    if (strategy === 'none' || initial.total <= budget)
        return unchanged(initial.total <= budget, budget);
    // Everything below works on per-message costs; tools and per-request framing are fixed.
    const available = budget - initial.tools - initial.overhead;
    const messages = [...input];
    const cost = [...initial.perMessage];
    const shape = groupTurns(messages);
    const sum = (idx) => idx.reduce((a, i) => a + cost[i], 0);
    const turnCost = (t) => shape.turns[t].units.reduce((a, u) => a + sum(u), 0);
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
    const keep = new Set(shape.pinned);
    for (const t of keptTurns.slice(0, -1))
        for (const u of shape.turns[t].units)
            for (const i of u)
                keep.add(i);
    for (const u of lastUnits)
        for (const i of u)
            keep.add(i);
    // 3. Still too big: cut text out of the middle of the largest messages.
    let truncated = false;
    if (used > available) {
        const recount = (i) => {
            cost[i] = measureMessages([messages[i]], model, family, count, estimated).perMessage[0];
        };
        const shrink = (indices, target) => {
            for (let guard = 0; guard < 32 && sum(indices) > target; guard++) {
                const excess = sum(indices) - target;
                const victim = largestText(indices, messages, count);
                if (!victim)
                    return;
                const { index, part, tokens } = victim;
                const next = truncateMiddle(part.text, Math.max(0, tokens - excess), count);
                if (next.text === part.text)
                    return;
                messages[index] = replaceText(messages[index], part, next.text);
                recount(index);
                truncated = true;
            }
        };
        const turnIndices = lastUnits.flat();
        const room = available - pinnedCost;
        if (room >= available / 2) {
            shrink(turnIndices, room);
        }
        else {
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
function largestText(indices, messages, count) {
    let best;
    for (const index of indices) {
        const content = messages[index].content;
        const slots = [];
        if (typeof content === 'string')
            slots.push({ kind: 'string', text: content });
        else if (Array.isArray(content)) {
            content.forEach((p, at) => {
                if (typeof p === 'object' && p !== null && p.type === 'text' && typeof p.text === 'string') {
                    slots.push({ kind: 'part', text: p.text, at });
                }
            });
        }
        for (const part of slots) {
            const tokens = count(part.text);
            if (tokens > 0 && (!best || tokens > best.tokens))
                best = { index, part, tokens };
        }
    }
    return best;
}
function replaceText(message, part, text) {
    if (part.kind === 'string')
        return { ...message, content: text };
    const content = message.content.map((p, at) => (at === part.at ? { ...p, text } : p));
    return { ...message, content };
}
//# sourceMappingURL=fit-messages-to-context.js.map