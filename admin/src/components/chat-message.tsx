import { useI18n } from '../i18n/i18n-context.js';
import type { StreamDone, StreamFailure } from '../lib/console-stream.js';
import { AnswerMeta } from './answer-meta.js';

export interface ChatTurn {
  id: number;
  role: 'user' | 'assistant';
  content: string;
  reasoning?: string;
  image?: string;
  streaming?: boolean;
  done?: StreamDone;
  failure?: StreamFailure;
}

/** One turn of the transcript; reasoning is shown apart from the answer, collapsible. */
export function ChatMessage({ turn }: { turn: ChatTurn }) {
  const { t } = useI18n();
  return (
    <div className={`msg ${turn.role}`} data-role={turn.role}>
      <span className="who">{turn.role === 'user' ? t('pg.you') : t('pg.assistant')}</span>
      {turn.image && (
        <div className="preview" style={{ maxWidth: 260 }}>
          <img src={turn.image} alt={t('pg.image')} />
        </div>
      )}
      {turn.reasoning && (
        <details className="reasoning" open={turn.streaming && !turn.content} data-testid="reasoning">
          <summary>{t('pg.reasoning')}</summary>
          <pre>{turn.reasoning}</pre>
        </details>
      )}
      {(turn.content || turn.streaming || !turn.failure) && (
        <div className={`bubble ${turn.streaming ? 'caret' : ''}`} data-testid={turn.role === 'assistant' ? 'assistant-text' : undefined}>
          {turn.content}
        </div>
      )}
      {turn.failure && (
        <div className="bubble error" role="alert">
          {turn.failure.message}
        </div>
      )}
      {turn.role === 'assistant' && (turn.done || turn.failure) && <AnswerMeta done={turn.done} failure={turn.failure} />}
    </div>
  );
}
