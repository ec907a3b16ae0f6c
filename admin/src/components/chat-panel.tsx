import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { runConsoleStream } from '../lib/console-stream.js';
import { ChatMessage, type ChatTurn } from './chat-message.js';
import { EmptyState } from './empty-state.js';
import { Icon } from './icon.js';

export interface GenerationSettings {
  model: string;
  system: string;
  temperature: number;
  maxTokens: number;
  topP: number;
}

let nextId = 1;

/** Streaming chat through the gateway: transcript, composer (Ctrl+Enter), stop, new conversation. */
export function ChatPanel({ settings }: { settings: GenerationSettings }) {
  const { t } = useI18n();
  const [turns, setTurns] = useState<ChatTurn[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const end = useRef<HTMLDivElement>(null);

  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [turns]);
  useEffect(() => () => abort.current?.abort(), []);

  const patch = (id: number, fn: (t: ChatTurn) => ChatTurn): void => setTurns((list) => list.map((x) => (x.id === id ? fn(x) : x)));

  const send = async (): Promise<void> => {
    const content = text.trim();
    if (!content || busy) return;
    const user: ChatTurn = { id: nextId++, role: 'user', content };
    const reply: ChatTurn = { id: nextId++, role: 'assistant', content: '', streaming: true };
    const history = [...turns, user].filter((x) => !x.failure).map((x) => ({ role: x.role, content: x.content }));
    setTurns((list) => [...list, user, reply]);
    setText('');
    setBusy(true);
    const ctrl = new AbortController();
    abort.current = ctrl;
    const body: Record<string, unknown> = { messages: history, temperature: settings.temperature, max_tokens: settings.maxTokens, top_p: settings.topP };
    if (settings.model) body.model = settings.model;
    if (settings.system.trim()) body.system = settings.system;
    try {
      await runConsoleStream(
        '/playground/chat',
        body,
        {
          onDelta: (d) => patch(reply.id, (x) => ({ ...x, content: x.content + (d.content ?? ''), reasoning: d.reasoning ? (x.reasoning ?? '') + d.reasoning : x.reasoning })),
          onDone: (done) => patch(reply.id, (x) => ({ ...x, done, streaming: false })),
          onError: (failure) => patch(reply.id, (x) => ({ ...x, failure, streaming: false })),
        },
        ctrl.signal,
      );
    } catch (err) {
      if ((err as Error).name !== 'AbortError') {
        patch(reply.id, (x) => ({ ...x, failure: { status: 0, kind: 'error', code: null, message: (err as Error).message, attempts: [] } }));
      }
    } finally {
      patch(reply.id, (x) => ({ ...x, streaming: false }));
      setBusy(false);
      abort.current = null;
    }
  };

  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void send();
    }
  };

  return (
    <div className="card">
      <div className="transcript" aria-live="polite" aria-busy={busy} data-testid="transcript">
        {turns.length === 0 ? (
          <EmptyState icon="message">{t('pg.empty')}</EmptyState>
        ) : (
          turns.map((turn) => <ChatMessage key={turn.id} turn={turn} />)
        )}
        <div ref={end} />
      </div>
      <form
        className="composer"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label className="sr-only" htmlFor="pg-input">
          {t('pg.message')}
        </label>
        <textarea id="pg-input" rows={2} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKey} placeholder={t('pg.messagePlaceholder')} data-testid="chat-input" />
        <div className="stack tight">
          {busy ? (
            <button type="button" className="btn danger" onClick={() => abort.current?.abort()}>
              <Icon name="stop" />
              {t('pg.stop')}
            </button>
          ) : (
            <button type="submit" className="btn primary" disabled={!text.trim()} data-testid="chat-send">
              <Icon name="play" />
              {t('pg.send')}
            </button>
          )}
          <button type="button" className="btn ghost sm" onClick={() => setTurns([])} disabled={busy || turns.length === 0}>
            {t('pg.clear')}
          </button>
        </div>
      </form>
    </div>
  );
}
