import type { ErrorKind } from '../../spec/error-kind.js';
/**
 * Last-resort classification by HTTP status, used only when neither the body's code/type nor its
 * message said anything more specific. Returns undefined for non-error statuses.
 */
export declare function kindFromStatus(status: number): ErrorKind | undefined;
