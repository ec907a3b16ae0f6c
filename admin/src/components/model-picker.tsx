import { useI18n } from '../i18n/i18n-context.js';

interface ModelPickerProps {
  id?: string;
  value: string;
  onChange(v: string): void;
  routes: string[];
  targets: string[];
  /** Label of the "no model" choice (the active model). */
  defaultLabel: string;
  'aria-describedby'?: string;
}

/** Routes and backend/model targets, with "use the active model" first. */
export function ModelPicker({ id, value, onChange, routes, targets, defaultLabel, ...rest }: ModelPickerProps) {
  const { t } = useI18n();
  const models = targets.filter((x) => !routes.includes(x));
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={rest['aria-describedby']} data-testid="model-picker">
      <option value="">{defaultLabel}</option>
      {routes.length > 0 && (
        <optgroup label={t('models.routes')}>
          {routes.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={t('models.models')}>
        {models.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
