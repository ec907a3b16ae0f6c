import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../lib/api.js';

export interface ApiData<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): Promise<void>;
  setData(next: T): void;
}

/** GETs an admin API path and keeps the answer; `reload` re-fetches (after a change). */
export function useApiData<T>(path: string | null): ApiData<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(path !== null);
  const current = useRef(path);
  current.current = path;

  const load = useCallback(async (signal?: AbortSignal) => {
    const p = current.current;
    if (p === null) return;
    setLoading(true);
    try {
      const d = await api.get<T>(p, signal);
      if (current.current === p) {
        setData(d);
        setError(undefined);
      }
    } catch (err) {
      if ((err as Error).name !== 'AbortError') setError(err as Error);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const ctrl = new AbortController();
    void load(ctrl.signal);
    return () => ctrl.abort();
  }, [path, load]);

  const reload = useCallback(() => load(), [load]);
  return { data, error, loading, reload, setData };
}
