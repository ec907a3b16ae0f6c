import type { SseEvent } from '../provider-adapter.js';
import type { EventStreamHeaderValue } from './event-stream-message.js';
import { EventStreamMessageDecoder } from './event-stream-message-decoder.js';

const utf8 = new TextDecoder('utf-8');

function str(h: EventStreamHeaderValue | undefined): string | undefined {
  return h?.type === 'string' ? h.value : undefined;
}

/**
 * Framing decoder for `adapter.streamFraming === 'aws-eventstream'` (Bedrock ConverseStream).
 * It turns each binary message into the same `SseEvent` shape the SSE decoder yields, so stream
 * parsers stay framing-agnostic:
 *
 * - `:message-type: event`     → `{ event: <:event-type>, data: <payload JSON text> }`
 *   (`messageStart`, `contentBlockDelta`, `metadata`, …)
 * - `:message-type: exception` → `{ event: <:exception-type>, data: <payload JSON text> }`
 *   (`throttlingException`, `modelStreamErrorException`, … — names always end in `Exception`;
 *   the Bedrock stream parser throws them as classified errors)
 * - `:message-type: error`     → `{ event: 'error', data: {"__type": <:error-code>, "message": <:error-message>} }`
 *
 * Any byte split is fine; CRC failures throw a `server` error, a body cut mid-message a `network`
 * error from `end()`.
 */
export class AwsEventStreamDecoder {
  private readonly messages: EventStreamMessageDecoder;

  constructor(provider = 'bedrock') {
    this.messages = new EventStreamMessageDecoder(provider);
  }

  push(chunk: Uint8Array): SseEvent[] {
    const out: SseEvent[] = [];
    for (const m of this.messages.push(chunk)) {
      const messageType = str(m.headers[':message-type']) ?? 'event';
      if (messageType === 'error') {
        out.push({
          event: 'error',
          data: JSON.stringify({
            __type: str(m.headers[':error-code']) ?? 'UnknownError',
            message: str(m.headers[':error-message']) ?? '',
          }),
        });
        continue;
      }
      const name = messageType === 'exception' ? str(m.headers[':exception-type']) : str(m.headers[':event-type']);
      out.push({ event: name ?? messageType, data: utf8.decode(m.payload) });
    }
    return out;
  }

  end(): SseEvent[] {
    this.messages.end();
    return [];
  }
}

/** True for events that carry a modelled exception from the stream. */
export function isEventStreamException(event: SseEvent): boolean {
  return event.event === 'error' || (event.event?.endsWith('Exception') ?? false);
}
