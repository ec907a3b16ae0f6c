import { useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { runConsoleStream } from '../lib/console-stream.js';
import { ChatMessage, type ChatTurn } from './chat-message.js';
import { Field } from './field.js';
import { Icon } from './icon.js';
import { ImageDropZone } from './image-drop-zone.js';
import { ModelPicker } from './model-picker.js';

interface VisionPanelProps {
  routes: string[];
  targets: string[];
  activeVision?: string;
  temperature: number;
  maxTokens: number;
}

/** Vision test: an image (upload, paste, drag and drop) and a prompt; the active vision model answers by default. */
export function VisionPanel({ routes, targets, activeVision, temperature, maxTokens }: VisionPanelProps) {
  const { t } = useI18n();
  const [image, setImage] = useState<string | null>(null);
  const [prompt, setPrompt] = useState('');
  const [model, setModel] = useState('');
  const [answer, setAnswer] = useState<ChatTurn | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const run = async (): Promise<void> => {
    if (!image) {
      setError(t('pg.drop'));
      return;
    }
    setError(null);
    setBusy(true);
    const turn: ChatTurn = { id: Date.now(), role: 'assistant', content: '', streaming: true };
    setAnswer(turn);
    const ctrl = new AbortController();
    abort.current = ctrl;
    const update = (fn: (x: ChatTurn) => ChatTurn): void => setAnswer((a) => (a ? fn(a) : a));
    try {
      await runConsoleStream(
        '/playground/vision',
        { image, prompt: prompt.trim() || undefined, model: model || undefined, temperature, max_tokens: maxTokens },
        {
          onDelta: (d) => update((x) => ({ ...x, content: x.content + (d.content ?? ''), reasoning: d.reasoning ? (x.reasoning ?? '') + d.reasoning : x.reasoning })),
          onDone: (done) => update((x) => ({ ...x, done, streaming: false })),
          onError: (failure) => update((x) => ({ ...x, failure, streaming: false })),
        },
        ctrl.signal,
      );
    } catch (err) {
      if ((err as Error).name !== 'AbortError') update((x) => ({ ...x, failure: { status: 0, kind: 'error', code: null, message: (err as Error).message, attempts: [] } }));
    } finally {
      update((x) => ({ ...x, streaming: false }));
      setBusy(false);
    }
  };

  return (
    <div className="card">
      <form
        className="card-body stack"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className="grid cols-2">
          <div className="stack">
            <span className="label" style={{ fontWeight: 580, fontSize: 13 }}>
              {t('pg.image')}
            </span>
            <ImageDropZone image={image} onImage={setImage} onError={setError} />
          </div>
          <div className="stack">
            <Field label={t('pg.model')}>
              <ModelPicker value={model} onChange={setModel} routes={routes} targets={targets} defaultLabel={activeVision ? t('pg.modelActiveVision', { name: activeVision }) : t('pg.modelDefault')} />
            </Field>
            <Field label={t('pg.prompt')}>
              <textarea rows={4} value={prompt} onChange={(e) => setPrompt(e.target.value)} placeholder={t('pg.promptPlaceholder')} data-testid="vision-prompt" />
            </Field>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="row">
              <button type="submit" className="btn primary" disabled={busy || !image} data-testid="vision-run">
                {busy ? <span className="spinner" aria-hidden="true" /> : <Icon name="image" />}
                {t('pg.run')}
              </button>
              {busy && (
                <button type="button" className="btn danger" onClick={() => abort.current?.abort()}>
                  {t('pg.stop')}
                </button>
              )}
            </div>
          </div>
        </div>
        {answer && (
          <div className="transcript" style={{ minHeight: 0, padding: 0 }} aria-live="polite" data-testid="vision-answer">
            <ChatMessage turn={answer} />
          </div>
        )}
      </form>
    </div>
  );
}
