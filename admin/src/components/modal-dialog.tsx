import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { Icon } from './icon.js';

interface ModalDialogProps {
  title: string;
  onClose(): void;
  /** When set, the body is a form and the primary button submits it. */
  onSubmit?(): void | Promise<void>;
  submitLabel?: string;
  busy?: boolean;
  error?: string | null;
  wide?: boolean;
  /** Extra footer content (left of the buttons). */
  footer?: ReactNode;
  hideCancel?: boolean;
  children: ReactNode;
}

/**
 * A modal on the native <dialog> element: focus is trapped and restored by the browser, Escape
 * closes it, the title labels it. Mounted = open.
 */
export function ModalDialog({ title, onClose, onSubmit, submitLabel, busy, error, wide, footer, hideCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useI18n();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!busy) void onSubmit?.();
  };
  return (
    <dialog
      ref={ref}
      className={`dialog ${wide ? 'wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form className="dialog-form" onSubmit={submit} noValidate>
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="btn ghost icon" onClick={onClose} aria-label={t('common.close')}>
            <Icon name="x" />
          </button>
        </div>
        <div className="dialog-body">{children}</div>
        <div className="dialog-foot">
          {error && (
            <span className="error" role="alert">
              {error}
            </span>
          )}
          {footer}
          {!hideCancel && (
            <button type="button" className="btn" onClick={onClose} disabled={busy}>
              {onSubmit ? t('common.cancel') : t('common.close')}
            </button>
          )}
          {onSubmit && (
            <button type="submit" className="btn primary" disabled={busy}>
              {busy && <span className="spinner" aria-hidden="true" />}
              {submitLabel ?? t('common.save')}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
