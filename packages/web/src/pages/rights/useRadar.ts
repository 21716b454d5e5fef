import { useCallback, useEffect, useRef, useState } from "react";
import { getRadar, type RadarFilters } from "../../api/rights.ts";
import type { PackLanguage } from "@nabij/domain";
import type { RadarCount, RadarItem } from "../../api/rightsTypes.ts";

export interface Radar {
  counts: RadarCount[] | null;
  items: RadarItem[] | null;
  hasMore: boolean;
  error: unknown;
  loading: boolean;
  loadingMore: boolean;
  loadMore(): Promise<void>;
}

/** The radar's first page (with the counts) for the filters, and "more" with nextCursor. */
export function useRadar(filters: RadarFilters, language: PackLanguage): Radar {
  const [counts, setCounts] = useState<RadarCount[] | null>(null);
  const [items, setItems] = useState<RadarItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const generation = useRef(0);
  const { scope, right, automatic } = filters;

  useEffect(() => {
    const mine = ++generation.current;
    setLoading(true);
    setError(null);
    getRadar({ scope, right, automatic }, language).then(
      (page) => {
        if (mine !== generation.current) return;
        setCounts(page.counts);
        setItems(page.items);
        setCursor(page.nextCursor ?? null);
        setLoading(false);
      },
      (caught: unknown) => {
        if (mine !== generation.current) return;
        setError(caught);
        setLoading(false);
      },
    );
  }, [scope, right, automatic, language]);

  const loadMore = useCallback(async (): Promise<void> => {
    if (!cursor) return;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const page = await getRadar({ scope, right, automatic }, language, cursor);
      if (mine !== generation.current) return;
      setItems((before) => [...(before ?? []), ...page.items]);
      setCursor(page.nextCursor ?? null);
    } catch (caught) {
      if (mine === generation.current) setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, scope, right, automatic, language]);

  return { counts, items, hasMore: cursor !== null, error, loading, loadingMore, loadMore };
}
