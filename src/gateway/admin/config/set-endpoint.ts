import { type DesiredEndpoint, endpointOverlayFor } from '../overlay/endpoint-overlay-for.js';
import type { MutationContext } from './admin-config-manager.js';

type Raw = Record<string, unknown>;

export function findEndpoint(source: Raw, id: string): Raw | undefined {
  return (Array.isArray(source.endpoints) ? (source.endpoints as Raw[]) : []).find((e) => e.id === id);
}

/** Records `desired` as the endpoint's overlay entry (or drops the entry when it equals the file). */
export function setEndpoint(m: MutationContext, desired: DesiredEndpoint): void {
  const entry = endpointOverlayFor(
    findEndpoint(m.base.settings.source, desired.id),
    findEndpoint(m.source, desired.id),
    m.overlay.endpoints[desired.id],
    desired,
  );
  if (entry) m.overlay.endpoints[desired.id] = entry;
  else delete m.overlay.endpoints[desired.id];
}
