export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream response body (a POST, so EventSource cannot be used) as messages,
 * surviving any chunk split. Stops when the body ends or the signal aborts.
 */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
      let idx = buf.indexOf('\n\n');
      while (idx >= 0) {
        const block = buf.slice(0, idx);
        buf = buf.slice(idx + 2);
        const msg = parse(block);
        if (msg) yield msg;
        idx = buf.indexOf('\n\n');
      }
    }
    const last = parse(buf);
    if (last) yield last;
  } finally {
    reader.releaseLock();
  }
}

function parse(block: string): SseMessage | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  return data.length ? { event, data: data.join('\n') } : undefined;
}
