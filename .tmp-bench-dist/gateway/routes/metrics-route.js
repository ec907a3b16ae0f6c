/** GET /metrics — Prometheus text format. */
export async function metricsRoute(ctx) {
    const { contentType, body } = await ctx.runtime.metrics.render();
    ctx.res.statusCode = 200;
    ctx.res.setHeader('content-type', contentType);
    ctx.res.setHeader('content-length', Buffer.byteLength(body));
    ctx.res.end(body);
}
//# sourceMappingURL=metrics-route.js.map