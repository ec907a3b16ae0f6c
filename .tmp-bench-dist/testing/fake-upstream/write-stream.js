/**
 * Writes a stream frame by frame, injecting the rule's faults at frame boundaries. Counts past the
 * end are clamped to the end (before the trailer), so "drop after 100 chunks" still drops.
 * Without delays the loop is synchronous: the benchmark pays nothing for the fault checks.
 */
export async function writeStream(ex, stream, handler, request, rule, extraHeaders) {
    const { res } = ex;
    const { frames } = stream;
    const f = faultsOf(rule, frames.length);
    ex.writeHead(200, {
        'content-type': stream.contentType,
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        ...stream.headers,
        ...extraHeaders,
    });
    // Paced or stalled streams show their headers at once; unpaced ones are corked so headers and
    // all frames leave in one write (the frames are still separate SSE events to the client).
    const corked = f.delayMs === 0 && f.stallAt !== 0 && f.dropAt !== 0;
    if (corked)
        res.cork();
    else
        res.flushHeaders();
    try {
        for (let i = 0; i <= frames.length; i++) {
            if (f.dropAt === i) {
                if (corked)
                    res.uncork();
                return ex.drop();
            }
            // Stalling is doing nothing: the socket stays open until the client or close() ends it.
            if (f.stallAt === i)
                return;
            if (f.errorAt === i) {
                res.end(handler.streamErrorFrame(request, f.errorBody));
                return;
            }
            if (f.malformedAt === i)
                res.write(handler.malformedFrame(request));
            if (i === frames.length)
                break;
            if (f.delayMs > 0 && !(await ex.pause(f.delayMs)))
                return;
            if (!ex.open)
                return;
            res.write(frames[i]);
        }
        if (stream.trailer)
            for (const frame of stream.trailer)
                res.write(frame);
        res.end();
    }
    finally {
        if (corked && res.writableCorked > 0)
            res.uncork();
    }
}
function faultsOf(rule, total) {
    const at = (n) => (n === undefined ? -1 : Math.min(Math.max(0, n), total));
    const se = rule?.streamError;
    let errorAt = -1;
    let errorBody;
    if (se === true)
        errorAt = at(1);
    else if (typeof se === 'number')
        errorAt = at(se);
    else if (typeof se === 'object') {
        errorAt = at(se.afterChunks ?? 1);
        errorBody = se.body;
    }
    const mc = rule?.malformedChunk;
    return {
        delayMs: rule?.chunkDelayMs ?? 0,
        dropAt: at(rule?.dropAfterChunks),
        stallAt: at(rule?.stallAfterChunks),
        errorAt,
        errorBody,
        malformedAt: mc === true ? at(1) : typeof mc === 'number' ? at(mc) : -1,
    };
}
//# sourceMappingURL=write-stream.js.map