import type { IncomingMessage } from 'node:http';
/**
 * Reads the whole request body; one chunk (the usual case) is returned without copying. Rejects
 * when the client disconnects mid-body, so no handler waits on a body that will never end.
 */
export declare function readBody(req: IncomingMessage): Promise<Buffer>;
