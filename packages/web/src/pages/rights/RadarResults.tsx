import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RadarCount, RadarItem } from "../../api/rightsTypes.ts";
import { useFormat } from "../../i18n/format.ts";
import { PERSON_RIGHTS_ID } from "../person/rights/personRightsId.ts";
import { AutomaticTag, OutcomeBadge } from "./OutcomeBadge.tsx";

/** Per right: how many probably have it, maybe have it, and have it automatically without getting it, all without having applied. */
export function RadarCounts({ counts, title }: { counts: readonly RadarCount[]; title: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  // The title stands above the box, so it stays readable when a narrow screen scrolls the table.
  return (
    <>
      <h2 id="radar-counts">{title}</h2>
      <p className="hint">{t("radar.countsHint")}</p>
      <div className="table-scroll" role="region" aria-labelledby="radar-counts" tabIndex={0}>
        <table className="data-table radar-counts" aria-labelledby="radar-counts">
          <thead>
            <tr>
              <th scope="col">{t("radar.right")}</th>
              <th scope="col">{t("radar.countEntitled")}</th>
              <th scope="col">{t("radar.countMaybe")}</th>
              <th scope="col">{t("radar.automaticNotGranted")}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((count) => (
              <tr key={count.rightId}>
                <th scope="row">{count.name}</th>
                <td>{format.number(count.entitled)}</td>
                <td>{format.number(count.maybe)}</td>
                <td>{format.number(count.automaticNotGranted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** One person and one right to work through: who, which right, how sure, and where the take-up stands. */
export function RadarEntry({ item }: { item: RadarItem }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="card radar-item">
      <h3>
        <Link to={`/persons/${encodeURIComponent(item.personId)}#${PERSON_RIGHTS_ID}`} aria-label={t("radar.toPersonRights", { name: item.displayName, right: item.rightName })}>
          {item.displayName}
        </Link>
      </h3>
      <p className="radar-right">{item.rightName}</p>
      <p className="right-check-result">
        <OutcomeBadge outcome={item.outcome} />
        {item.automatic ? <AutomaticTag /> : null}
      </p>
      <p className="muted">
        {t("takeUp.current", { status: t(`takeUpStatus.${item.takeUp}`) })} · {t("radar.checkedAt", { date: format.date(item.checkedAt) })}
      </p>
    </li>
  );
}
