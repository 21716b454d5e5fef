import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LIMITS } from "@nabij/domain";
import { getMapFilters, searchServices } from "../../api/socialMap.ts";
import type { ServicePage } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { SelectField, TextField } from "../../components/Field.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useDebouncedValue } from "../../hooks/useDebouncedValue.ts";
import { useLifeDomains } from "../../hooks/useLifeDomains.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { activeFilterCount, EMPTY_QUERY, pageCount, PER_PAGE, readMapQuery, writeMapQuery, type MapQuery } from "./mapQuery.ts";
import { ServiceResult } from "./ServiceResult.tsx";
import { useMapWords } from "./words.ts";

const WIDE = "(min-width: 40rem)";

/**
 * A text field that writes to the URL once typing pauses (replacing the entry, so back does not
 * step through every pause), and follows the URL when it changes otherwise (back, forward, a link).
 */
function useUrlText(urlValue: string, write: (value: string, replace: boolean) => void): { text: string; setText(value: string): void; flush(): void } {
  const [text, setText] = useState(urlValue);
  const typed = useDebouncedValue(text.trim(), 300);
  const written = useRef(urlValue);
  useEffect(() => {
    if (urlValue === written.current) return;
    written.current = urlValue;
    setText(urlValue);
  }, [urlValue]);
  useEffect(() => {
    if (typed === written.current) return;
    written.current = typed;
    write(typed, true);
    // Only a new pause in typing writes (`write` is new on every render).
  }, [typed]);
  const flush = (): void => {
    const value = text.trim();
    if (value === written.current) return;
    written.current = value;
    write(value, false);
  };
  return { text, setText, flush };
}

/** "Sociale kaart": search services by words and filters; the search lives in the URL. */
export function SocialMapPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const domains = useLifeDomains();
  const words = useMapWords();
  const [params, setParams] = useSearchParams();
  const fromUrl = readMapQuery(params);
  const key = writeMapQuery(fromUrl).toString();
  // The router applies a new URL in a transition: until it lands, the filters show what was
  // chosen (a controlled checkbox would otherwise spring back for a moment).
  const [chosen, setChosen] = useState<Partial<MapQuery>>({});
  useEffect(() => setChosen({}), [key]);
  const search: MapQuery = { ...fromUrl, ...chosen };
  const filterOptions = useLoad(getMapFilters, []);
  const results = useLoad(() => searchServices({ ...fromUrl, perPage: PER_PAGE }), [key]);
  const placeListId = useId();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  const filtersSummary = useRef<HTMLElement>(null);
  const filterCount = activeFilterCount(search);
  const [filtersOpen, setFiltersOpen] = useState(() => filterCount > 0 || window.matchMedia(WIDE).matches);

  /** A changed search starts at its first page; `replace` keeps a pause in typing out of the history. */
  const go = (patch: Partial<MapQuery>, replace = false): void => {
    setChosen((current) => ({ ...current, ...patch }));
    setParams((current) => writeMapQuery({ ...readMapQuery(current), ...patch, page: patch.page ?? 1 }), { replace });
  };
  const wordsField = useUrlText(search.q, (q, replace) => go({ q }, replace));
  const place = useUrlText(search.place, (value, replace) => go({ place: value }, replace));

  // After choosing another page of results, focus goes to the results, which are new.
  useEffect(() => {
    if (!results.data || !focusResults.current) return;
    focusResults.current = false;
    resultsHeading.current?.focus();
  }, [results.data]);

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    wordsField.flush();
    place.flush();
  };

  /** The button goes away with the filters: focus goes to the filters' own heading. */
  const clearFilters = (): void => {
    setParams(writeMapQuery({ ...EMPTY_QUERY, q: search.q }));
    setFiltersOpen(true);
    filtersSummary.current?.focus();
  };

  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>): void => setFiltersOpen(event.currentTarget.open);

  const options = filterOptions.data;
  /** A value from the URL that the list does not have (a shared link, a changed map) is still shown. */
  const withCurrent = (values: Array<{ value: string; label: string }>, current: string): Array<{ value: string; label: string }> =>
    current && !values.some((v) => v.value === current) ? [...values, { value: current, label: current }] : values;
  const domainOptions = withCurrent(domains.offered.map((d) => ({ value: d.key, label: domains.name(d.key) })), search.domain);
  const targetGroupOptions = withCurrent((options?.targetGroups ?? []).map((g) => ({ value: g.code, label: g.name })), search.targetGroup);
  const languageOptions = withCurrent(
    (options?.languages ?? []).map((code) => ({ value: code, label: words.language(code) })).sort((a, b) => a.label.localeCompare(b.label)),
    search.language,
  );

  const page: ServicePage | undefined = results.data;
  const count = page ? (page.totalItems === 0 ? t("socialMap.foundNone") : page.totalItems === 1 ? t("socialMap.foundOne") : t("socialMap.foundMany", { count: page.totalItems })) : "";
  const pages = page ? pageCount(page.totalItems, page.perPage) : 1;
  const pageLink = (n: number): { pathname: string; search: string } => ({ pathname: "/map", search: `?${writeMapQuery({ ...search, page: n }).toString()}` });

  return (
    <>
      <PageHeading>{t("socialMap.title")}</PageHeading>
      <p className="hint">{t("socialMap.intro")}</p>
      <search>
        <form className="map-search" noValidate onSubmit={onSubmit}>
          <div className="inline-form">
            <TextField
              label={t("socialMap.search")}
              hint={t("socialMap.searchHint")}
              type="search"
              enterKeyHint="search"
              maxLength={LIMITS.search}
              value={wordsField.text}
              onChange={(e) => wordsField.setText(e.target.value)}
            />
            <button type="submit" className="button-primary">
              {t("socialMap.searchSubmit")}
            </button>
          </div>
          <details className="disclosure map-filters" open={filtersOpen} onToggle={onToggle}>
            <summary ref={filtersSummary}>
              {t("socialMap.filters")}
              {filterCount > 0 ? <span className="field-optional"> ({t("socialMap.filtersChosen", { n: filterCount })})</span> : null}
            </summary>
            <div className="filter-grid">
              <SelectField label={t("socialMap.domain")} value={search.domain} onChange={(e) => go({ domain: e.target.value })}>
                <option value="">{t("socialMap.anyDomain")}</option>
                {domainOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
              <div>
                <TextField
                  label={t("socialMap.place")}
                  hint={t("socialMap.placeHint")}
                  list={placeListId}
                  autoComplete="off"
                  maxLength={80}
                  value={place.text}
                  onChange={(e) => place.setText(e.target.value)}
                />
                <datalist id={placeListId}>
                  {(options?.municipalities ?? []).map((m) => (
                    <option key={m.value} value={m.name} />
                  ))}
                </datalist>
              </div>
              <SelectField label={t("socialMap.targetGroup")} value={search.targetGroup} onChange={(e) => go({ targetGroup: e.target.value })}>
                <option value="">{t("socialMap.anyTargetGroup")}</option>
                {targetGroupOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
              <SelectField label={t("socialMap.language")} value={search.language} onChange={(e) => go({ language: e.target.value })}>
                <option value="">{t("socialMap.anyLanguage")}</option>
                {languageOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
            </div>
            <div className="choice-list">
              <label className="choice">
                <input type="checkbox" checked={search.free} onChange={(e) => go({ free: e.target.checked })} />
                <span>{t("socialMap.free")}</span>
              </label>
              <label className="choice">
                <input type="checkbox" checked={search.openNow} onChange={(e) => go({ openNow: e.target.checked })} />
                <span>{t("socialMap.openNow")}</span>
              </label>
            </div>
            {filterCount > 0 ? (
              <div className="actions">
                <button type="button" onClick={clearFilters}>
                  {t("socialMap.clearFilters")}
                </button>
              </div>
            ) : null}
          </details>
        </form>
      </search>

      <section aria-labelledby="map-results" className="map-results">
        <h2 id="map-results" ref={resultsHeading} tabIndex={-1}>
          {t("socialMap.results")}
        </h2>
        <p className="result-count" role="status">
          {count}
        </p>
        <ErrorAlert message={results.error ? errorText.message(results.error) : null} />
        {!page && !results.error ? <Loading /> : null}
        {page && page.items.length === 0 ? (
          page.totalItems > 0 ? (
            <p>
              {t("socialMap.pageEmpty")} <Link to={pageLink(1)}>{t("socialMap.firstPage")}</Link>
            </p>
          ) : (
            <div className="empty-state">
              <p>{t("socialMap.emptyHint")}</p>
              {filterCount > 0 ? (
                <button type="button" onClick={clearFilters}>
                  {t("socialMap.clearFilters")}
                </button>
              ) : null}
            </div>
          )
        ) : null}
        {page && page.items.length > 0 ? (
          <ul className="card-list service-results" aria-busy={results.loading}>
            {page.items.map((hit) => (
              <ServiceResult key={hit.id} hit={hit} mapSearch={key} />
            ))}
          </ul>
        ) : null}
        {page && pages > 1 ? (
          <nav aria-label={t("socialMap.pages")} className="pager">
            {page.page > 1 ? (
              <Link to={pageLink(page.page - 1)} rel="prev" aria-label={t("socialMap.previousLabel")} className="button" onClick={() => (focusResults.current = true)}>
                {t("socialMap.previous")}
              </Link>
            ) : null}
            <span className="pager-position">{t("socialMap.pageOf", { page: page.page, pages })}</span>
            {page.page < pages ? (
              <Link to={pageLink(page.page + 1)} rel="next" aria-label={t("socialMap.nextLabel")} className="button" onClick={() => (focusResults.current = true)}>
                {t("socialMap.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
