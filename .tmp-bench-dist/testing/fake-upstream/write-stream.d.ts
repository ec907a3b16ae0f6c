import type { Exchange } from './exchange.js';
import type { FakeRule } from './fake-rule.js';
import type { NormalizedRequest } from './normalized-request.js';
import type { ProtocolHandler, RenderedStream } from './protocol-handler.js';
/**
 * Writes a stream frame by frame, injecting the rule's faults at frame boundaries. Counts past the
 * end are clamped to the end (before the trailer), so "drop after 100 chunks" still drops.
 * Without delays the loop is synchronous: the benchmark pays nothing for the fault checks.
 */
export declare function writeStream(ex: Exchange, stream: RenderedStream, handler: ProtocolHandler, request: NormalizedRequest, rule: FakeRule | undefined, extraHeaders: Record<string, string> | undefined): Promise<void>;
