import { useCallback, useEffect, useRef, useState } from "react";
import type { Page } from "../api/types.ts";

export interface Paged<T> {
  items: T[] | null;
  hasMore: boolean;
  error: unknown;
  loadingMore: boolean;
  loadMore(): Promise<void>;
}

/** A list that starts with its first page and grows with "load more" via nextCursor. */
export function usePaged<T>(loadPage: (cursor: string | null) => Promise<Page<T>>, deps: readonly unknown[]): Paged<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const generation = useRef(0);
  // The caller lists what loadPage depends on, like the deps of useEffect.
  const load = useCallback(loadPage, deps);

  useEffect(() => {
    const mine = ++generation.current;
    setItems(null);
    setError(null);
    void load(null).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems(page.items);
        setCursor(page.nextCursor ?? null);
      },
      (caught: unknown) => {
        if (mine === generation.current) setError(caught);
      },
    );
  }, [load]);

  const loadMore = useCallback(async (): Promise<void> => {
    if (!cursor) return;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const page = await load(cursor);
      if (mine !== generation.current) return;
      setItems((previous) => [...(previous ?? []), ...page.items]);
      setCursor(page.nextCursor ?? null);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, load]);

  return { items, hasMore: cursor !== null, error, loadingMore, loadMore };
}
