import type {
  AttemptRecord,
  Engine,
  EngineCallOptions,
  EngineResult,
  EngineStream,
  TargetStatus,
} from '../../../src/engine/engine-types.js';
import type { ChatRequest } from '../../../src/spec/chat-request.js';
import type { StreamDelta } from '../../../src/spec/stream-delta.js';

export interface FakeEngineScript {
  /** Non-streaming answer (or an error to throw). */
  complete?: (request: ChatRequest, options: EngineCallOptions) => Promise<EngineResult> | EngineResult;
  /** Stream deltas; throw inside to fail mid-stream. */
  stream?: (request: ChatRequest, options: EngineCallOptions) => AsyncIterable<StreamDelta>;
}

/** A scriptable in-test Engine for route tests (no upstream, no resilience). */
export function createFakeEngine(
  script: FakeEngineScript = {},
): Engine & { calls: { request: ChatRequest; options: EngineCallOptions }[] } {
  const calls: { request: ChatRequest; options: EngineCallOptions }[] = [];
  const target = (o: EngineCallOptions): string => (o.plan?.[0] ? `${o.plan[0].backend}/${o.plan[0].model}` : 'openai/gpt-4o');
  return {
    calls,
    async complete(request, options = {}) {
      calls.push({ request, options });
      if (script.complete) return script.complete(request, options);
      const t = target(options);
      const attempt: AttemptRecord = {
        target: t,
        deployment: `${t.replace('/', '|x|')}`,
        keyId: 'k#1',
        outcome: 'success',
        latencyMs: 1,
        startedAt: Date.now(),
      };
      return {
        content: 'fake answer',
        reasoning_content: null,
        tool_calls: null,
        finish_reason: 'stop',
        usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
        provider: t.split('/')[0],
        model: t.split('/')[1],
        attempts: [attempt],
        target: t,
        keyId: 'k#1',
        cost: { input: 0.001, output: 0.002, cache_read: 0, cache_write: 0, total: 0.003, currency: 'USD' },
      };
    },
    stream(request, options = {}) {
      calls.push({ request, options });
      const attempts: AttemptRecord[] = [];
      let resolveDone!: (v: { target?: string; keyId?: string; error?: unknown }) => void;
      const done = new Promise<{ target?: string; keyId?: string; error?: unknown }>((r) => {
        resolveDone = r;
      });
      const t = target(options);
      const source =
        script.stream?.(request, options) ??
        (async function* () {
          yield { content: 'Hel', provider: t.split('/')[0], model: t.split('/')[1] };
          yield { content: 'lo', provider: t.split('/')[0], model: t.split('/')[1] };
          yield { finish_reason: 'stop' as const, usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 } };
        })();
      async function* run(): AsyncGenerator<StreamDelta> {
        try {
          for await (const d of source) yield d;
          resolveDone({ target: t, keyId: 'k#1' });
        } catch (err) {
          resolveDone({ target: t, error: err });
          throw err;
        } finally {
          resolveDone({ target: t });
        }
      }
      const it = run();
      return {
        attempts,
        done,
        served: undefined,
        abort: () => void it.return(undefined),
        [Symbol.asyncIterator]: () => it,
      } satisfies EngineStream;
    },
    getServiceStatus(): Record<string, TargetStatus> {
      return { 'openai/gpt-4o': { available: true, state: 'closed', failure_count: 0, total_requests: 0, deployments: [] } };
    },
  };
}
