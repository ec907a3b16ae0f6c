import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { api, seg } from '../lib/api.js';
import { FormError, optionalNumber } from '../lib/form-values.js';
import type { RouteView } from '../lib/types.js';
import { Field } from './field.js';
import { Icon } from './icon.js';
import { ModalDialog } from './modal-dialog.js';

interface Row {
  target: string;
  weight: string;
  priority: string;
}

/** A route: ordered, weighted or priority targets, optional hedging. */
export function RouteDialog({ route, targets, onClose, onSaved }: { route?: RouteView; targets: string[]; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const modelTargets = targets.filter((x) => x.includes('/'));
  const [name, setName] = useState(route?.name ?? '');
  const [strategy, setStrategy] = useState<RouteView['strategy']>(route?.strategy ?? 'ordered');
  const [rows, setRows] = useState<Row[]>(
    route?.targets.map((x) => ({ target: x.target, weight: String(x.weight), priority: String(x.priority) })) ?? [{ target: modelTargets[0] ?? '', weight: '1', priority: '0' }],
  );
  const [hedge, setHedge] = useState(route?.hedge_after_ms === null || route?.hedge_after_ms === undefined ? '' : String(route.hedge_after_ms));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const update = (i: number, patch: Partial<Row>): void => setRows((list) => list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, d: number): void =>
    setRows((list) => {
      const next = [...list];
      const [r] = next.splice(i, 1);
      next.splice(i + d, 0, r);
      return next;
    });

  const submit = async (): Promise<void> => {
    setError(null);
    setFieldErrors({});
    try {
      if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(name.trim())) throw new FormError('name', 'letters, digits, _ . : -');
      const list = rows.filter((r) => r.target);
      if (list.length === 0) throw new FormError('targets', t('models.addTarget'));
      const body: Record<string, unknown> = {
        strategy,
        targets: list.map((r, i) => {
          const entry: Record<string, unknown> = { target: r.target };
          const w = optionalNumber(r.weight, 'targets', { min: 0.001 });
          const p = optionalNumber(r.priority, 'targets', { integer: false });
          if (strategy === 'weighted' && w !== null && w !== 1) entry.weight = w;
          if (strategy === 'priority' && p !== null && p !== i) entry.priority = p;
          return Object.keys(entry).length === 1 ? r.target : entry;
        }),
      };
      const h = hedge.trim() === 'p95' ? 'p95' : optionalNumber(hedge, 'hedge', { min: 1 });
      if (h !== null) body.hedge_after_ms = h;
      setBusy(true);
      await api.put(`/routes/${seg(name.trim())}`, body);
      onSaved();
    } catch (err) {
      if (err instanceof FormError) setFieldErrors({ [err.field]: err.message });
      else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={route ? t('models.routeTitle', { name: route.name }) : t('models.routeAdd')} onClose={onClose} onSubmit={submit} busy={busy} error={error} wide>
      <div className="form-grid three">
        <Field label={t('models.routeName')} error={fieldErrors.name}>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} readOnly={route !== undefined} autoFocus={!route} name="route-name" placeholder="smart" />
        </Field>
        <Field label={t('models.strategy')}>
          <select value={strategy} onChange={(e) => setStrategy(e.target.value as RouteView['strategy'])} name="route-strategy">
            {(['ordered', 'weighted', 'priority'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`models.strategy.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('models.hedge')} hint={t('models.hedgeHint')} optional={t('common.optional')} error={fieldErrors.hedge}>
          <input type="text" value={hedge} onChange={(e) => setHedge(e.target.value)} placeholder="p95" name="route-hedge" />
        </Field>
      </div>
      <fieldset>
        <legend>{t('models.targets')}</legend>
        <div className="target-rows">
          {rows.map((r, i) => (
            <div className="target-row" key={i}>
              <select value={r.target} onChange={(e) => update(i, { target: e.target.value })} aria-label={`${t('models.target')} ${i + 1}`}>
                {!modelTargets.includes(r.target) && r.target && <option value={r.target}>{r.target}</option>}
                {modelTargets.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </select>
              <input type="number" min={0} step="any" value={r.weight} onChange={(e) => update(i, { weight: e.target.value })} aria-label={`${t('models.weight')} ${i + 1}`} disabled={strategy !== 'weighted'} title={t('models.weight')} />
              <input type="number" step="1" value={r.priority} onChange={(e) => update(i, { priority: e.target.value })} aria-label={`${t('models.priority')} ${i + 1}`} disabled={strategy !== 'priority'} title={t('models.priority')} />
              <div className="row" style={{ gap: 2, flexWrap: 'nowrap' }}>
                <button type="button" className="btn sm ghost icon" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t('common.moveUp')}>
                  <Icon name="up" />
                </button>
                <button type="button" className="btn sm ghost icon" onClick={() => move(i, 1)} disabled={i === rows.length - 1} aria-label={t('common.moveDown')}>
                  <Icon name="down" />
                </button>
                <button type="button" className="btn sm ghost icon" onClick={() => setRows((l) => l.filter((_, j) => j !== i))} aria-label={t('common.remove')}>
                  <Icon name="x" />
                </button>
              </div>
            </div>
          ))}
          {fieldErrors.targets && <span className="field-error">{fieldErrors.targets}</span>}
          <div>
            <button type="button" className="btn sm" onClick={() => setRows((l) => [...l, { target: modelTargets[0] ?? '', weight: '1', priority: String(l.length) }])}>
              <Icon name="plus" />
              {t('models.addTarget')}
            </button>
          </div>
        </div>
      </fieldset>
    </ModalDialog>
  );
}
