import { describe, expect, it } from 'vitest';
import { convertJsonSchemaToGemini } from './convert-json-schema-to-gemini.js';

describe('convertJsonSchemaToGemini', () => {
  it('rewrites a zod-style schema into the OpenAPI subset Gemini accepts', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid', description: 'Order id' },
        placed_at: { type: 'string', format: 'date-time' },
        status: { const: 'open' },
        priority: { type: 'integer', enum: [1, 2, 3] },
        note: { anyOf: [{ type: 'string', maxLength: 200 }, { type: 'null' }] },
        amount: { type: ['number', 'null'], exclusiveMinimum: 0, minimum: 0 },
        code: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        tags: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true, examples: [['a']] },
        pair: { type: 'array', items: [{ type: 'string' }, { type: 'number' }] },
        customer: { $ref: '#/$defs/Customer', description: 'Who ordered' },
        extra: { type: 'object', additionalProperties: { type: 'string' }, patternProperties: { '^x-': {} } },
        both: {
          allOf: [
            { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
            { properties: { b: { type: 'number' } }, required: ['b'] },
          ],
        },
      },
      required: ['id', 'status'],
      additionalProperties: false,
      $defs: {
        Customer: {
          type: 'object',
          properties: { name: { type: 'string' }, referrer: { $ref: '#/$defs/Customer' } },
          required: ['name'],
          additionalProperties: false,
        },
      },
    };
    expect(convertJsonSchemaToGemini(schema)).toMatchInlineSnapshot(`
      {
        "properties": {
          "amount": {
            "minimum": 0,
            "nullable": true,
            "type": "number",
          },
          "both": {
            "properties": {
              "a": {
                "type": "string",
              },
              "b": {
                "type": "number",
              },
            },
            "required": [
              "a",
              "b",
            ],
            "type": "object",
          },
          "code": {
            "anyOf": [
              {
                "type": "string",
              },
              {
                "type": "integer",
              },
            ],
          },
          "customer": {
            "description": "Who ordered",
            "properties": {
              "name": {
                "type": "string",
              },
              "referrer": {
                "type": "object",
              },
            },
            "required": [
              "name",
            ],
            "type": "object",
          },
          "extra": {
            "type": "object",
          },
          "id": {
            "description": "Order id (format: uuid)",
            "type": "string",
          },
          "note": {
            "maxLength": 200,
            "nullable": true,
            "type": "string",
          },
          "pair": {
            "items": {
              "anyOf": [
                {
                  "type": "string",
                },
                {
                  "type": "number",
                },
              ],
            },
            "type": "array",
          },
          "placed_at": {
            "format": "date-time",
            "type": "string",
          },
          "priority": {
            "enum": [
              "1",
              "2",
              "3",
            ],
            "format": "enum",
            "type": "integer",
          },
          "status": {
            "enum": [
              "open",
            ],
            "type": "string",
          },
          "tags": {
            "example": [
              "a",
            ],
            "items": {
              "type": "string",
            },
            "minItems": 1,
            "type": "array",
          },
        },
        "required": [
          "id",
          "status",
        ],
        "type": "object",
      }
    `);
  });

  it('omits parameters for argument-less object schemas but keeps free-form maps', () => {
    expect(convertJsonSchemaToGemini({ type: 'object', properties: {} })).toBeUndefined();
    expect(convertJsonSchemaToGemini({ type: 'object' })).toBeUndefined();
    expect(convertJsonSchemaToGemini(undefined)).toBeUndefined();
    expect(convertJsonSchemaToGemini({ type: 'object', additionalProperties: { type: 'number' } })).toEqual({ type: 'object' });
  });

  it('keeps numeric formats Gemini knows and resolves definitions-style refs', () => {
    expect(
      convertJsonSchemaToGemini({
        type: 'object',
        properties: { n: { type: 'number', format: 'double' }, i: { type: 'integer', format: 'int64' }, p: { $ref: '#/definitions/P' } },
        definitions: { P: { type: 'boolean', default: false } },
      }),
    ).toEqual({
      type: 'object',
      properties: {
        n: { type: 'number', format: 'double' },
        i: { type: 'integer', format: 'int64' },
        p: { type: 'boolean', default: false },
      },
    });
  });
});
