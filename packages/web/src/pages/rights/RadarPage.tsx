import { useEffect, useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { getRights, packLanguage, radarCsvPath, type RadarFilters } from "../../api/rights.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { SelectField } from "../../components/Field.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useUser } from "../../session/SessionContext.tsx";
import { RadarCounts, RadarEntry } from "./RadarResults.tsx";
import { readRadarFilters, SCOPES_OF_ROLE, writeRadarFilters } from "./radarQuery.ts";
import { useRadar } from "./useRadar.ts";

/** Whose persons, which right, only the automatic ones: in the URL, so a link brings the same list. */
function RadarFilterForm({ filters, onChange }: { filters: RadarFilters; onChange(patch: Partial<RadarFilters>): void }): ReactNode {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const scopeName = useId();
  const scopes = SCOPES_OF_ROLE[user.role];
  const rights = useLoad(() => getRights(packLanguage(i18n.language)), [i18n.language]);
  return (
    <form className="radar-filters" onSubmit={(e) => e.preventDefault()}>
      {scopes.length > 1 ? (
        <fieldset>
          <legend>{t("radar.scope")}</legend>
          <div className="choice-list">
            {scopes.map((scope) => (
              <label className="choice" key={scope}>
                <input type="radio" name={scopeName} checked={filters.scope === scope} onChange={() => onChange({ scope })} />
                <span>{t(`radar.scopes.${scope}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <SelectField label={t("radar.right")} value={filters.right} onChange={(e) => onChange({ right: e.target.value })}>
        <option value="">{t("radar.anyRight")}</option>
        {(rights.data?.rights ?? []).map((right) => (
          <option key={right.id} value={right.id}>
            {right.name}
          </option>
        ))}
      </SelectField>
      <label className="choice">
        <input type="checkbox" checked={filters.automatic} onChange={(e) => onChange({ automatic: e.target.checked })} />
        <span>{t("radar.automaticOnly")}</span>
      </label>
    </form>
  );
}

/**
 * The non-take-up radar: from each person's latest check, who probably has a right and has not
 * (yet) used it. Counts per right, then the list to work through, and the same list as CSV.
 */
export function RadarPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const fromUrl = readRadarFilters(params, user.role);
  const key = writeRadarFilters(fromUrl, user.role).toString();
  // The router applies a new URL in a transition: until it lands, the filters show what was
  // chosen (a controlled checkbox would otherwise spring back for a moment).
  const [chosen, setChosen] = useState<Partial<RadarFilters>>({});
  useEffect(() => setChosen({}), [key]);
  const filters: RadarFilters = { ...fromUrl, ...chosen };
  const language = packLanguage(i18n.language);
  const radar = useRadar(filters, language);
  const change = (patch: Partial<RadarFilters>): void => {
    setChosen((current) => ({ ...current, ...patch }));
    setParams(writeRadarFilters({ ...filters, ...patch }, user.role), { replace: true });
  };
  const items = radar.items ?? [];

  return (
    <>
      <PageHeading>{t("radar.title")}</PageHeading>
      <p className="hint">{t("radar.intro")}</p>
      <RadarFilterForm filters={filters} onChange={change} />
      {filters.scope === "organisation" ? <p className="hint">{t("radar.organisationHint")}</p> : null}
      <ErrorAlert message={radar.error ? errorText.message(radar.error) : null} />
      {radar.counts === null && !radar.error ? <Loading /> : null}
      {radar.counts && radar.counts.length > 0 ? <RadarCounts counts={radar.counts} title={t(`radar.countsCaption.${filters.scope}`)} /> : null}
      {radar.items ? (
        <section aria-labelledby="radar-list" aria-busy={radar.loading}>
          <h2 id="radar-list">{t("radar.listTitle")}</h2>
          <p role="status">{items.length === 0 ? t("radar.empty") : t(radar.hasMore ? "radar.shownMore" : "radar.shown", { count: items.length })}</p>
          {items.length > 0 ? (
            <ul className="card-list">
              {items.map((item) => (
                <RadarEntry key={`${item.personId}-${item.rightId}`} item={item} />
              ))}
            </ul>
          ) : null}
          <LoadMore show={radar.hasMore} busy={radar.loadingMore} onClick={radar.loadMore} />
          <p>
            <a href={radarCsvPath(filters, language)} download className="button">
              {t("radar.csv")}
            </a>
          </p>
        </section>
      ) : null}
    </>
  );
}
