// A .tsx module: it reads the session (SessionContext.tsx), which the Node-side type check (no JSX) cannot follow.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { isBuiltInDomain, LIFE_DOMAINS, OWN_DOMAIN_PREFIX, UI_LANGUAGES, type LifeDomain, type UiLanguage } from "@nabij/domain";
import { getLifeDomains } from "../api/lifeDomains.ts";
import type { LifeDomains, LifeDomainSetting } from "../api/types.ts";
import { useSession } from "../session/SessionContext.tsx";

/**
 * The organisation's life domains, asked once per organisation and shared by every form and
 * view that names or offers a domain. Without them (still loading, no connection) the built-in
 * domains stand in, by their translated names.
 */
interface Entry {
  data?: LifeDomains;
  error?: unknown;
  loading?: boolean;
}

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const EMPTY: Entry = {};

function set(organisationId: string, entry: Entry): void {
  entries.set(organisationId, entry);
  for (const listener of listeners) listener();
}

function load(organisationId: string): void {
  const entry = entries.get(organisationId);
  if (entry?.data || entry?.loading) return;
  set(organisationId, { ...entry, loading: true });
  getLifeDomains().then(
    (data) => set(organisationId, { data }),
    (error: unknown) => set(organisationId, { error }),
  );
}

/** After an administrator saved: every view shows the new names and order at once. */
export function rememberLifeDomains(organisationId: string, data: LifeDomains): void {
  set(organisationId, { data });
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const isBuiltIn = (key: string): key is LifeDomain => isBuiltInDomain(key);

export const BUILT_IN_SETTINGS: readonly LifeDomainSetting[] = LIFE_DOMAINS.map((key) => ({ key, labels: null, hidden: false, builtIn: true }));

/** "own_budget_coaching" → "budget coaching": a domain this organisation does not know (read by consent). */
const fromKey = (key: string): string => (key.startsWith(OWN_DOMAIN_PREFIX) ? key.slice(OWN_DOMAIN_PREFIX.length) : key).replaceAll("_", " ");

const SHORT = 14;
const shorten = (text: string): string => (text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text);

export interface LifeDomainsState {
  /** The organisation's domains in its order (the built-in ones until they are loaded). */
  all: readonly LifeDomainSetting[];
  /** What forms offer: the domains that are not hidden. */
  offered: readonly LifeDomainSetting[];
  /** The version to send back when saving (admin); null until loaded. */
  version: number | null;
  loaded: boolean;
  error: unknown;
  /** The domain's name in the current language: the organisation's own, else the built-in one. */
  name(key: string): string;
  /** A short name for a chart's axis. */
  shortName(key: string): string;
  /** Keys in the organisation's order; unknown keys last, as given. */
  ordered(keys: readonly string[]): string[];
}

export function useLifeDomains(): LifeDomainsState {
  const { t, i18n } = useTranslation();
  const organisationId = useSession().user?.organisationId ?? "";
  useEffect(() => {
    if (organisationId) load(organisationId);
  }, [organisationId]);
  const getSnapshot = useCallback(() => entries.get(organisationId) ?? EMPTY, [organisationId]);
  const entry = useSyncExternalStore(subscribe, getSnapshot);
  const language: UiLanguage = (UI_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : "nl-BE";

  return useMemo(() => {
    const all = entry.data?.domains ?? BUILT_IN_SETTINGS;
    const byKey = new Map(all.map((d) => [d.key, d]));
    const name = (key: string): string => {
      const label = byKey.get(key)?.labels?.[language];
      if (label) return label;
      return isBuiltIn(key) ? t(`lifeDomain.${key}`) : fromKey(key);
    };
    const shortName = (key: string): string => {
      const label = byKey.get(key)?.labels?.[language];
      if (!label && isBuiltIn(key)) return t(`lifeDomainShort.${key}`);
      return shorten(label ?? fromKey(key));
    };
    const position = new Map(all.map((d, index) => [d.key, index]));
    const ordered = (keys: readonly string[]): string[] =>
      [...keys].sort((a, b) => (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER));
    return {
      all,
      offered: all.filter((d) => !d.hidden),
      version: entry.data?.version ?? null,
      loaded: entry.data !== undefined,
      error: entry.error ?? null,
      name,
      shortName,
      ordered,
    };
  }, [entry, language, t]);
}
