import { GatewayHttpError } from './http-error.js';
import { parseJsonObject } from './parse-json-object.js';
import type { RequestContext } from './request-context.js';

function tooLarge(limit: number): GatewayHttpError {
  return new GatewayHttpError({
    status: 413,
    type: 'invalid_request_error',
    code: 'request_too_large',
    message: `request body is larger than the ${formatBytes(limit)} limit (server.body_limit)`,
    headers: { connection: 'close' },
  });
}

/**
 * Reads the whole request body, refusing it as soon as it passes `limit` (from Content-Length
 * up front, or while reading for chunked bodies) so an oversized upload costs nothing.
 */
export function readBody(ctx: RequestContext, limit: number): Promise<Buffer> {
  const req = ctx.req;
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    req.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise<Buffer>((resolve, reject) => {
    let first: Buffer | undefined;
    let chunks: Buffer[] | undefined;
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.resume();
        reject(tooLarge(limit));
        return;
      }
      if (first === undefined) first = chunk;
      else if (chunks === undefined) chunks = [first, chunk];
      else chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(chunks ? Buffer.concat(chunks, size) : (first ?? Buffer.alloc(0)));
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(
        new GatewayHttpError({
          status: 400,
          type: 'invalid_request_error',
          code: 'body_read_error',
          message: `could not read the request body: ${err.message}`,
        }),
      );
    };
    const onAborted = (): void => {
      cleanup();
      ctx.markClientGone();
      reject(
        new GatewayHttpError({
          status: 499,
          type: 'aborted',
          code: 'client_closed_request',
          message: 'client closed the connection while sending the body',
        }),
      );
    };
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/** Reads and parses a JSON object body. Bad JSON and non-objects are 400s that say what is wrong. */
export async function readJsonObject(ctx: RequestContext, limit = ctx.state.config.server.bodyLimit): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBody(ctx, limit));
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)}mb`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024}kb`;
  return `${n} bytes`;
}
