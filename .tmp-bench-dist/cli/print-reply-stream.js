/**
 * Prints a resilient stream as it arrives: the spinner until the first token, reasoning dimmed
 * (and labelled, so it stays distinguishable without colour), then the answer. Returns what was
 * said so the REPL can keep history. A stream cancelled by the user (Ctrl+C) resolves with
 * `cancelled: true`; any other failure is thrown.
 */
export async function printReplyStream(stream, out, spinner, isCancelled) {
    const started = performance.now();
    let content = '';
    let reasoning = '';
    let finishReason = null;
    let usage;
    let cost;
    let model;
    let reasoningOpen = false;
    const sameStream = out.reasoning === out.content;
    const closeReasoning = () => {
        if (!reasoningOpen)
            return;
        reasoningOpen = false;
        out.reasoning.write(sameStream ? '\n\n' : '\n');
    };
    try {
        for await (const d of stream) {
            if (d.reasoning_content && !out.hideReasoning) {
                spinner.stop();
                if (!reasoningOpen) {
                    reasoningOpen = true;
                    out.reasoning.write(out.reasoningStyle.dim(out.reasoningStyle.italic('thinking: ')));
                }
                out.reasoning.write(out.reasoningStyle.dim(d.reasoning_content));
            }
            if (d.reasoning_content)
                reasoning += d.reasoning_content;
            if (d.content) {
                spinner.stop();
                closeReasoning();
                out.content.write(d.content);
                content += d.content;
            }
            if (d.finish_reason)
                finishReason = d.finish_reason;
            if (d.usage)
                usage = d.usage;
            if (d.cost)
                cost = d.cost;
            if (d.model)
                model = d.model;
        }
    }
    catch (err) {
        spinner.stop();
        closeReasoning();
        if (content && !content.endsWith('\n'))
            out.content.write('\n');
        if (isCancelled())
            return { content, reasoning, finishReason, usage, cost, model, elapsedMs: performance.now() - started, cancelled: true };
        throw err;
    }
    spinner.stop();
    closeReasoning();
    if (!content.endsWith('\n'))
        out.content.write('\n');
    const done = await stream.done;
    return { content, reasoning, finishReason, usage, cost, model, target: done.target, elapsedMs: performance.now() - started, cancelled: false };
}
//# sourceMappingURL=print-reply-stream.js.map