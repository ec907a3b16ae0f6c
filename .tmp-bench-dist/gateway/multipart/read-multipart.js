import { GatewayHttpError } from '../http/http-error.js';
import { MultipartParser } from './multipart-parser.js';
/**
 * Feeds the request body through the streaming parser as it arrives. Rejects as soon as a limit
 * is passed (the rest of the upload is discarded, the connection closed after the answer).
 */
export function readMultipart(ctx, boundary, maxFileBytes) {
    const req = ctx.req;
    const declared = Number(req.headers['content-length'] ?? 0);
    // Fields and headers on top of the file: allow some slack before refusing on Content-Length.
    if (declared > maxFileBytes + 1024 * 1024) {
        req.resume();
        return Promise.reject(new GatewayHttpError({
            status: 413,
            type: 'invalid_request_error',
            code: 'request_too_large',
            message: `upload is larger than the ${Math.floor(maxFileBytes / 1024)} KiB limit (server.upload_limit)`,
            headers: { connection: 'close' },
        }));
    }
    const parser = new MultipartParser(boundary, { maxFileBytes });
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            req.off('data', onData);
            req.off('end', onEnd);
            req.off('error', onError);
            req.off('aborted', onAborted);
        };
        const fail = (err) => {
            cleanup();
            req.resume();
            reject(err);
        };
        const onData = (chunk) => {
            try {
                parser.push(chunk);
            }
            catch (err) {
                fail(err);
            }
        };
        const onEnd = () => {
            cleanup();
            try {
                resolve(parser.end());
            }
            catch (err) {
                reject(err);
            }
        };
        const onError = (err) => fail(new GatewayHttpError({
            status: 400,
            type: 'invalid_request_error',
            code: 'body_read_error',
            message: `could not read the upload: ${err.message}`,
        }));
        const onAborted = () => {
            ctx.markClientGone();
            fail(new GatewayHttpError({
                status: 499,
                type: 'aborted',
                code: 'client_closed_request',
                message: 'client closed the connection during the upload',
            }));
        };
        req.on('data', onData);
        req.on('end', onEnd);
        req.on('error', onError);
        req.on('aborted', onAborted);
    });
}
//# sourceMappingURL=read-multipart.js.map