import { resolvePlan } from '../../router/resolve-plan.js';
import { authorizeModel } from '../auth/authenticate.js';
import { ANONYMOUS } from '../auth/caller.js';
import { noProviderError } from './no-provider-error.js';
/**
 * Everything between a validated request and the engine call: pick the model (request, else
 * the active model), resolve it to a plan (unknown → 404, ambiguous → 400), check the key may
 * use it and has budget, admit it through the gateway limits. Returns the engine options.
 */
export async function prepareChat(ctx, request, purpose, bodyBytes) {
    const state = ctx.state;
    const active = purpose === 'vision' ? (state.active.vision ?? state.active.chat) : state.active.chat;
    const requested = request.model ?? active;
    ctx.requestedModel = requested;
    ctx.recordUsage = true;
    if (!state.hasProviders)
        throw noProviderError(state.config.configPath);
    const plan = resolvePlan(requested, state.config.settings, state.config.routes, state.defaultPlan);
    if (plan.targets.length === 0)
        throw noProviderError(state.config.configPath);
    const caller = ctx.caller ?? ANONYMOUS;
    authorizeModel(caller, requested, plan.targets);
    ctx.runtime.spend.check(caller);
    // TPM charge before the call: ~4 bytes per token of JSON body plus the output cap; corrected later.
    const estimate = Math.ceil(bodyBytes / 4) + (request.max_tokens ?? request.max_completion_tokens ?? 0);
    ctx.lease = await ctx.runtime.limits.admit(state.config, caller, requested, estimate);
    ctx.engineStartedAt = performance.now();
    return {
        model: requested,
        plan: plan.targets,
        signal: ctx.signal,
        deadlineMs: state.config.server.requestTimeoutMs,
        callerId: caller.keyId,
    };
}
//# sourceMappingURL=prepare-chat.js.map