import { useI18n } from '../i18n/i18n-context.js';
import { CopyButton } from './copy-button.js';
import { Icon } from './icon.js';
import { ModalDialog } from './modal-dialog.js';

/** Shows a new gateway key exactly once, with a copy button and a clear warning. */
export function KeyCreatedDialog({ secret, id, onClose }: { secret: string; id: string; onClose(): void }) {
  const { t } = useI18n();
  return (
    <ModalDialog title={t('keys.createdTitle')} onClose={onClose}>
      <div className="banner warn" role="alert">
        <Icon name="alert" />
        <span>{t('keys.createdWarn')}</span>
      </div>
      <div className="secret-once">
        <code data-testid="new-key-secret">{secret}</code>
        <CopyButton text={secret} />
      </div>
      <p className="hint">
        {t('common.id')}: <span className="mono">{id}</span> · <code>Authorization: Bearer …</code>
      </p>
    </ModalDialog>
  );
}
