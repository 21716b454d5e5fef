import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DomainOverview } from "../../../api/types.ts";
import type { LifeDomainsState } from "../../../hooks/useLifeDomains.tsx";
import { useFormat } from "../../../i18n/format.ts";

type Rating = 1 | 2 | 3 | 4 | 5;
const isRating = (n: number | null | undefined): n is Rating => n === 1 || n === 2 || n === 3 || n === 4 || n === 5;

/** "3", with the plain words of the scale for screen readers; a dash when not rated. */
export function RatingValue({ value }: { value: number | null | undefined }): ReactNode {
  const { t } = useTranslation();
  if (!isRating(value)) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t("lifeDomains.notRated")}</span>
      </>
    );
  }
  return (
    <>
      <span className="rating-value">{value}</span>
      <span className="visually-hidden"> – {t(`rating.${value}`)}</span>
    </>
  );
}

/** A change in words and an arrow, never in colour alone: "↑ 1 beter". */
export function useChangeText(): (change: number | null) => string | null {
  const { t } = useTranslation();
  return (change) => {
    if (change === null) return null;
    if (change > 0) return t("lifeDomains.changeUp", { n: change });
    if (change < 0) return t("lifeDomains.changeDown", { n: -change });
    return t("lifeDomains.changeSame");
  };
}

interface Props {
  overview: readonly DomainOverview[];
  personName: string;
  domains: LifeDomainsState;
}

/** A rating with its change since the previous assessment beside it: "3 ↑ 1 beter". */
function RatingCell({ value, change }: { value: number | null | undefined; change: number | null }): ReactNode {
  const changeText = useChangeText();
  const text = changeText(change);
  return (
    <td>
      <RatingValue value={value} />
      {text ? <span className="change">{text}</span> : null}
    </td>
  );
}

/**
 * The chart's figures as a table: per domain the latest ratings of the person and of the worker,
 * each with the change since the previous assessment (an arrow and a word, not a colour).
 */
export function DomainTable({ overview, personName, domains }: Props): ReactNode {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    // Should it not fit (long names), the table scrolls in its own box, which takes focus to scroll by keyboard.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table domain-table">
        <caption id={captionId}>{t("lifeDomains.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("lifeDomains.domain")}</th>
            <th scope="col">{t("lifeDomains.personColumn", { name: personName })}</th>
            <th scope="col">{t("lifeDomains.workerColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {overview.map((domain) => (
            <tr key={domain.key}>
              <th scope="row">{domains.name(domain.key)}</th>
              <RatingCell value={domain.latest?.personRating} change={domain.change.person} />
              <RatingCell value={domain.latest?.workerRating} change={domain.change.worker} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per domain, what is tagged with it: agenda items and the latest encounters, behind a disclosure each. */
export function TaggedPerDomain({ overview, domains }: { overview: readonly DomainOverview[]; domains: LifeDomainsState }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const tagged = overview.filter((d) => d.agendaItems.length > 0 || d.encounters.length > 0);
  if (tagged.length === 0) return <p className="muted">{t("lifeDomains.nothingTagged")}</p>;
  return (
    <ul className="plain-list tagged-list">
      {tagged.map((domain) => (
        <li key={domain.key}>
          <details className="disclosure">
            <summary>
              {domains.name(domain.key)}{" "}
              <span className="field-optional">{t("lifeDomains.taggedCount", { items: format.number(domain.agendaItems.length), encounters: format.number(domain.encounters.length) })}</span>
            </summary>
            {domain.agendaItems.length > 0 ? (
              <>
                <h4>{t("lifeDomains.agendaItems")}</h4>
                <ul>
                  {domain.agendaItems.map((item) => (
                    <li key={item.id}>
                      {item.title} <span className={`status-tag status-${item.status}`}>{t(`agendaStatus.${item.status}`)}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {domain.encounters.length > 0 ? (
              <>
                <h4>{t("lifeDomains.encounters")}</h4>
                <ul>
                  {domain.encounters.map((encounter) => (
                    <li key={encounter.id}>
                      <time dateTime={encounter.startedAt}>{format.dateTime(encounter.startedAt)}</time> – {t(`placeType.${encounter.placeType}`)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </details>
        </li>
      ))}
    </ul>
  );
}
