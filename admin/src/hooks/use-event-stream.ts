import { useEffect, useRef, useState } from 'react';

/**
 * Subscribes to an admin SSE endpoint (EventSource reconnects by itself) and hands every
 * `event` payload, parsed, to `onMessage`. Returns whether the stream is currently open.
 */
export function useEventStream<T>(path: string, event: string, onMessage: (data: T) => void, enabled = true): boolean {
  const [open, setOpen] = useState(false);
  const handler = useRef(onMessage);
  handler.current = onMessage;
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource(`/admin/api${path}`, { withCredentials: true });
    const listener = (e: MessageEvent<string>): void => {
      try {
        handler.current(JSON.parse(e.data) as T);
      } catch {
        // A malformed event is skipped; the next tick repairs the view.
      }
    };
    source.addEventListener(event, listener as EventListener);
    source.onopen = () => setOpen(true);
    source.onerror = () => setOpen(false);
    return () => {
      source.removeEventListener(event, listener as EventListener);
      source.close();
      setOpen(false);
    };
  }, [path, event, enabled]);
  return open;
}
