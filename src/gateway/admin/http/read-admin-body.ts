import type { z } from 'zod';
import { readJsonObject } from '../../http/read-body.js';
import type { RequestContext } from '../../http/request-context.js';
import { validateBody } from '../../http/validate-body.js';

/** Reads a JSON body and validates it; the 400 names the first bad field. */
export async function readAdminBody<S extends z.ZodType>(ctx: RequestContext, schema: S): Promise<z.output<S>> {
  return validateBody(schema, await readJsonObject(ctx));
}
