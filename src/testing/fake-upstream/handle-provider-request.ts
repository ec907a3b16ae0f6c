import type { IncomingMessage, ServerResponse } from 'node:http';
import { estimateInputTokens } from './estimate-input-tokens.js';
import { Exchange } from './exchange.js';
import { extractApiKey } from './extract-api-key.js';
import { kindForStatus } from './fake-error-kind.js';
import type { FakeRule } from './fake-rule.js';
import { asRecord, asString } from './guards.js';
import type { IncomingRoute, ProtocolRoute } from './incoming-route.js';
import type { NormalizedRequest } from './normalized-request.js';
import { planReply } from './plan-reply.js';
import type { OtherContext, ProtocolHandler, RenderedResponse } from './protocol-handler.js';
import { readBody } from './read-body.js';
import { sendRendered } from './send-rendered.js';
import type { ServerState } from './server-state.js';
import { writeStream } from './write-stream.js';

/**
 * The provider-facing pipeline: route → body → log → rule → delay → scripted error | strict
 * validation | planned reply rendered by the protocol (JSON or faulted stream). Rules are consulted
 * before validation so a test's scripted failure always wins.
 */
export async function handleProviderRequest(
  state: ServerState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  queryString: string,
): Promise<void> {
  const incoming: IncomingRoute = { method: req.method ?? 'GET', path, query: new URLSearchParams(queryString), headers: req.headers };
  let handler: ProtocolHandler | undefined;
  let route: ProtocolRoute | undefined;
  for (const h of state.protocols()) {
    route = h.match(incoming);
    if (route) {
      handler = h;
      break;
    }
  }

  const raw = await readBody(req);
  let body: unknown;
  let badJson = false;
  if (raw.length > 0) {
    const text = raw.toString('utf8');
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
      badJson = true;
    }
  }
  const apiKey = handler?.apiKey ? handler.apiKey(incoming) : extractApiKey(incoming);
  const entry = state.log.add({
    protocol: handler?.name ?? 'unknown',
    operation: route?.operation ?? 'unknown',
    method: incoming.method,
    path,
    query: queryString,
    model: route?.model,
    stream: route?.stream ?? false,
    apiKey,
    headers: req.headers,
    body,
    receivedAt: Date.now(),
  });
  const ex = new Exchange(res, entry, state.log, state.shuttingDown);

  if (!handler || !route) {
    sendRendered(ex, {
      status: 404,
      body: {
        error: { message: `fake-upstream: no protocol serves ${incoming.method} ${path}`, type: 'not_found', code: 'unknown_route' },
      },
    });
    return;
  }
  if (badJson) {
    sendRendered(ex, handler.errorFor('bad_request', undefined, { message: 'We could not parse the JSON body of your request.' }));
    return;
  }

  let request: NormalizedRequest | undefined;
  if (route.operation === 'chat') {
    request = handler.parseRequest(body, route, incoming);
    entry.model = request.model || route.model;
    entry.stream = request.stream;
  } else {
    entry.model = route.model ?? asString(asRecord(body).model);
  }

  const taken = state.rules.take({
    protocol: handler.name,
    operation: route.operation,
    path,
    model: entry.model,
    apiKey,
    stream: entry.stream,
  });
  const rule = taken?.rule;
  if (taken) entry.matchedRule = taken.rule.name ?? taken.id;
  if (rule?.delayMs && !(await ex.pause(rule.delayMs))) return;
  const extraHeaders = rule?.headers;

  const scripted = rule && scriptedResponse(rule, handler, request);
  if (scripted) return sendRendered(ex, scripted, extraHeaders);
  if (state.requireApiKey && !apiKey) return sendRendered(ex, handler.errorFor('auth', request), extraHeaders);

  if (!request) {
    const ctx: OtherContext = { models: state.models, estimateInputTokens };
    const other = handler.handleOther?.(route, body, incoming, ctx) ?? handler.errorFor('not_found', undefined);
    return sendRendered(ex, other, extraHeaders);
  }
  if (state.strict && handler.validate) {
    const invalid = handler.validate(request, incoming);
    if (invalid) {
      const rendered = handler.errorFor(invalid.kind, request, { message: invalid.message, status: invalid.status });
      return sendRendered(ex, invalid.status ? { ...rendered, status: invalid.status } : rendered, extraHeaders);
    }
  }

  const reply = planReply(request, rule?.reply, { seq: state.nextSeq(), defaultText: state.defaultText });
  if (request.stream) return writeStream(ex, handler.renderStream(reply, request), handler, request, rule, extraHeaders);
  sendRendered(ex, handler.renderJson(reply, request), extraHeaders, {
    drop: rule?.dropAfterChunks !== undefined,
    stall: rule?.stallAfterChunks !== undefined,
  });
}

/** A rule's exact body, explicit error kind, or bare error status, rendered natively. */
function scriptedResponse(rule: FakeRule, handler: ProtocolHandler, request: NormalizedRequest | undefined): RenderedResponse | undefined {
  if (rule.body !== undefined) return { status: rule.status ?? 200, body: rule.body };
  const kind = rule.error ?? (rule.status !== undefined && rule.status >= 300 ? kindForStatus(rule.status) : undefined);
  if (kind === undefined) return undefined;
  const rendered = handler.errorFor(kind, request, { message: rule.errorMessage, status: rule.status });
  return rule.status === undefined ? rendered : { ...rendered, status: rule.status };
}
