import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ServiceHit } from "../../api/types.ts";
import { useLifeDomains } from "../../hooks/useLifeDomains.tsx";
import { useMapWords } from "./words.ts";

/** What the service page needs to lead back to the same search. */
export interface MapState {
  mapSearch: string;
}

export function mapSearchFrom(state: unknown): string {
  return typeof state === "object" && state !== null && "mapSearch" in state && typeof state.mapSearch === "string" ? state.mapSearch : "";
}

/** One found service: name, organisation, where, open now / free, life domains, and why it was found. */
export function ServiceResult({ hit, mapSearch }: { hit: ServiceHit; mapSearch: string }): ReactNode {
  const { t } = useTranslation();
  const domains = useLifeDomains();
  const words = useMapWords();
  const state: MapState = { mapSearch };
  const tags = [hit.openNow ? t("socialMap.tagOpenNow") : null, hit.free ? t("socialMap.tagFree") : null].filter((x): x is string => x !== null);
  return (
    <li className="card service-hit">
      <h3>
        <Link to={`/map/services/${encodeURIComponent(hit.id)}`} state={state}>
          {hit.name}
        </Link>
      </h3>
      <dl className="inline-details">
        {hit.organizationName ? (
          <div>
            <dt>{t("socialMap.organisation")}</dt>
            <dd>{hit.organizationName}</dd>
          </div>
        ) : null}
        {hit.municipalities.length > 0 ? (
          <div>
            <dt>{t("socialMap.where")}</dt>
            <dd>{hit.municipalities.join(", ")}</dd>
          </div>
        ) : null}
        {hit.why.length > 0 ? (
          <div className="why">
            <dt>{t("socialMap.why")}</dt>
            <dd>{words.why(hit.why)}</dd>
          </div>
        ) : null}
      </dl>
      {tags.length > 0 || hit.domains.length > 0 ? (
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag} className="tag tag-strong">
              {tag}
            </li>
          ))}
          {domains.ordered(hit.domains).map((key) => (
            <li key={key} className="tag">
              {domains.name(key)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
