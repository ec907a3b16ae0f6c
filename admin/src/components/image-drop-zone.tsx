import { type DragEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { Icon } from './icon.js';

const MAX_BYTES = 15 * 1024 * 1024;

interface ImageDropZoneProps {
  image: string | null;
  onImage(dataUrl: string | null): void;
  onError(message: string): void;
}

/** Choose, paste (Ctrl+V anywhere on the page) or drop an image; keeps it as a data URL. */
export function ImageDropZone({ image, onImage, onError }: ImageDropZoneProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);

  const take = (file: File | undefined | null): void => {
    if (!file) return;
    if (!file.type.startsWith('image/')) return onError(t('pg.notImage'));
    if (file.size > MAX_BYTES) return onError(t('pg.tooLarge'));
    const reader = new FileReader();
    reader.onload = () => onImage(String(reader.result));
    reader.onerror = () => onError(t('common.error'));
    reader.readAsDataURL(file);
  };

  useEffect(() => {
    const onPaste = (e: ClipboardEvent): void => {
      const item = [...(e.clipboardData?.items ?? [])].find((i) => i.type.startsWith('image/'));
      if (item) {
        e.preventDefault();
        take(item.getAsFile());
      }
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  });

  const drop = (e: DragEvent): void => {
    e.preventDefault();
    setActive(false);
    take(e.dataTransfer.files[0]);
  };

  if (image) {
    return (
      <div className="preview">
        <img src={image} alt={t('pg.image')} data-testid="vision-preview" />
        <button type="button" className="btn sm" onClick={() => onImage(null)}>
          <Icon name="x" />
          {t('pg.removeImage')}
        </button>
      </div>
    );
  }
  return (
    <div
      className={`dropzone ${active ? 'active' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={t('pg.drop')}
      onClick={() => input.current?.click()}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          input.current?.click();
        }
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setActive(true);
      }}
      onDragLeave={() => setActive(false)}
      onDrop={drop}
      data-testid="dropzone"
    >
      <div>
        <Icon name="image" />
        <div>{active ? t('pg.dropActive') : t('pg.drop')}</div>
      </div>
      <input ref={input} type="file" accept="image/png,image/jpeg,image/gif,image/webp" hidden onChange={(e) => take(e.target.files?.[0])} data-testid="image-input" />
    </div>
  );
}
