import type { EndpointConfig, EndpointKind } from '../../settings/resolved-settings.js';

/** A resolved endpoint for tests; override any field. */
export function testEndpoint(kind: EndpointKind, overrides: Partial<EndpointConfig> = {}): EndpointConfig {
  return {
    id: `${kind}-test`,
    keys: [],
    kind,
    enabled: true,
    headers: {},
    keySelection: 'round_robin',
    raw: { id: `${kind}-test` },
    ...overrides,
  };
}
