import type { RequestContext } from '../http/request-context.js';

/** GET /metrics — Prometheus text format. */
export async function metricsRoute(ctx: RequestContext): Promise<void> {
  const { contentType, body } = await ctx.runtime.metrics.render();
  ctx.res.statusCode = 200;
  ctx.res.setHeader('content-type', contentType);
  ctx.res.setHeader('content-length', Buffer.byteLength(body));
  ctx.res.end(body);
}
