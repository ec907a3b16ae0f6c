import type { RequestContext } from '../http/request-context.js';
import { type MultipartPart } from './multipart-parser.js';
/**
 * Feeds the request body through the streaming parser as it arrives. Rejects as soon as a limit
 * is passed (the rest of the upload is discarded, the connection closed after the answer).
 */
export declare function readMultipart(ctx: RequestContext, boundary: string, maxFileBytes: number): Promise<MultipartPart[]>;
