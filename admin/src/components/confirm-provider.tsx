import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { ModalDialog } from './modal-dialog.js';

type Confirm = (message: string, options?: { title?: string; action?: string; danger?: boolean }) => Promise<boolean>;
const Ctx = createContext<Confirm>(async () => false);

interface Pending {
  message: string;
  title?: string;
  action?: string;
  resolve(ok: boolean): void;
}

/** An accessible replacement for window.confirm (a real dialog, keyboard friendly). */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const { t } = useI18n();
  const confirm = useCallback<Confirm>((message, options) => new Promise((resolve) => setPending({ message, ...options, resolve })), []);
  const done = (ok: boolean): void => {
    pending?.resolve(ok);
    setPending(null);
  };
  return (
    <Ctx.Provider value={confirm}>
      {children}
      {pending && (
        <ModalDialog title={pending.title ?? t('common.delete')} onClose={() => done(false)} onSubmit={() => done(true)} submitLabel={pending.action ?? t('common.delete')}>
          <p>{pending.message}</p>
        </ModalDialog>
      )}
    </Ctx.Provider>
  );
}

export function useConfirm(): Confirm {
  return useContext(Ctx);
}
