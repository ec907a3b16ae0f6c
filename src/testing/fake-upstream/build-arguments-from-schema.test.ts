import { describe, expect, it } from 'vitest';
import { buildArgumentsFromSchema } from './build-arguments-from-schema.js';

describe('buildArgumentsFromSchema', () => {
  it('fills every property by type, honouring defaults, enums, consts and minimums', () => {
    expect(
      buildArgumentsFromSchema({
        type: 'object',
        properties: {
          city: { type: 'string' },
          unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
          days: { type: 'integer', minimum: 2.5 },
          ratio: { type: 'number' },
          detailed: { type: 'boolean' },
          lang: { type: 'string', default: 'fr' },
          kind: { const: 'forecast' },
          when: { type: 'string', format: 'date' },
          tags: { type: 'array', items: { type: 'string' } },
          where: { type: 'object', properties: { lat: { type: 'number', minimum: -90 } } },
          maybe: { type: ['null', 'string'] },
          either: { anyOf: [{ type: 'null' }, { type: 'integer' }] },
        },
      }),
    ).toEqual({
      city: 'Paris',
      unit: 'celsius',
      days: 3,
      ratio: 1,
      detailed: true,
      lang: 'fr',
      kind: 'forecast',
      when: '2025-01-01',
      tags: ['Paris'],
      where: { lat: -90 },
      maybe: 'Paris',
      either: 1,
    });
  });

  it("accepts Gemini's upper-case OpenAPI types", () => {
    expect(buildArgumentsFromSchema({ type: 'OBJECT', properties: { q: { type: 'STRING' }, n: { type: 'INTEGER' } } })).toEqual({
      q: 'Paris',
      n: 1,
    });
  });

  it('returns an empty object for missing or non-object schemas', () => {
    expect(buildArgumentsFromSchema(undefined)).toEqual({});
    expect(buildArgumentsFromSchema({ type: 'string' })).toEqual({});
  });

  it('stops on self-referencing depth', () => {
    const node: Record<string, unknown> = { type: 'object', properties: {} };
    (node.properties as Record<string, unknown>).child = node;
    expect(() => buildArgumentsFromSchema(node)).not.toThrow();
  });
});
