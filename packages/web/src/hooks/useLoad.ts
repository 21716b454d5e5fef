import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): Promise<void>;
  setData: Dispatch<SetStateAction<T | undefined>>;
}

/**
 * Loads data for a page and reloads when `deps` change. Answers that arrive after a newer
 * request started are dropped, so a slow old answer never overwrites a fresh one.
 */
export function useLoad<T>(loader: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  // The caller lists what the loader depends on, like the deps of useEffect.
  const load = useCallback(loader, deps);

  const reload = useCallback(async (): Promise<void> => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const result = await load();
      if (mine !== generation.current) return;
      setData(result);
      setError(null);
    } catch (caught) {
      if (mine === generation.current) setError(caught);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [load]);

  useEffect(() => {
    void reload();
    return () => {
      generation.current++; // forget answers for a page that is gone
    };
  }, [reload]);

  return { data, error, loading, reload, setData };
}
