import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ParameterValue, RightInfo, RightParameter } from "../../api/rightsTypes.ts";
import { useFormat } from "../../i18n/format.ts";

/** A figure with its unit: "€ 25.630,67", "3 maanden", "ja". */
function useParameterValue(): (unit: string, value: number | boolean) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (unit, value) => {
    if (typeof value === "boolean") return t(value ? "rightsCheck.yes" : "rightsCheck.no");
    if (unit === "EUR") return format.money(value);
    if (unit === "days" || unit === "months" || unit === "years") return t(`rights.unit.${unit}`, { value: format.number(value) });
    return format.number(value);
  };
}

function ParameterRow({ parameter }: { parameter: RightParameter }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const valueText = useParameterValue();
  const current: ParameterValue | null = parameter.current;
  return (
    <li>
      <p className="parameter-name">{parameter.description}</p>
      {current ? (
        <p>
          <strong>{valueText(parameter.unit, current.value)}</strong> {t("rights.since", { date: format.date(current.from) })}
          {current.toBeChecked ? <span className="tag tag-warning">{t("rights.toBeChecked")}</span> : null}
          <br />
          <span className="muted">
            {t("rights.sourceLabel")} {current.url ? <a href={current.url}>{current.source}</a> : current.source}, {t("rights.checkedOn", { date: format.date(current.checked) })}
          </span>
          {current.note ? (
            <>
              <br />
              <span className="muted">{current.note}</span>
            </>
          ) : null}
        </p>
      ) : (
        <p className="muted">{t("rights.noCurrentValue")}</p>
      )}
    </li>
  );
}

/** What a right is, whether it comes by itself, how to apply, and what it rests on (sources and figures). */
export function RightInfoCard({ right }: { right: RightInfo }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `right-${right.id}`;
  return (
    <li className="card right-info">
      <h2 id={headingId}>{right.name}</h2>
      <p className="tag-list">
        <span className="tag">{t(`rightLevel.${right.level}`)}</span>
        {right.automatic.granted !== "never" ? <span className="tag tag-strong">{t(`rights.granted.${right.automatic.granted}`)}</span> : null}
        {right.toBeChecked ? <span className="tag tag-warning">{t("rights.toBeChecked")}</span> : null}
      </p>
      <p>{right.description}</p>
      {right.advantage ? <p>{right.advantage}</p> : null}
      {right.amount ? (
        <p>
          <strong>{t("rights.amountLabel")}</strong> {right.amount.note ?? t(`rights.amountKind.${right.amount.period}`)}
        </p>
      ) : null}
      {right.automatic.basis ? (
        <p>
          <strong>{t("rights.automaticBasis")}</strong> {right.automatic.basis}
        </p>
      ) : null}
      <details className="disclosure">
        <summary>
          {t("rights.howToApply")}
          <span className="visually-hidden"> – {right.name}</span>
        </summary>
        <p>{right.apply.how}</p>
        <p>
          <strong>{t("rights.where")}</strong> {right.apply.where}
        </p>
        {right.apply.socialMapQuery ? (
          <p>
            <Link to={`/map?q=${encodeURIComponent(right.apply.socialMapQuery)}`}>{t("rights.findOnMap")}</Link>
          </p>
        ) : null}
        {right.apply.documents.length > 0 ? (
          <>
            <h3>{t("rights.documents")}</h3>
            <ul>
              {right.apply.documents.map((document) => (
                <li key={document}>{document}</li>
              ))}
            </ul>
          </>
        ) : null}
      </details>
      <details className="disclosure">
        <summary>
          {t("rights.basis")}
          <span className="visually-hidden"> – {right.name}</span>
        </summary>
        <h3>{t("rights.sources")}</h3>
        <ul>
          {right.sources.map((source, index) => (
            <li key={index}>
              <a href={source.url}>{source.title}</a> <span className="muted">({t("rights.checkedOn", { date: format.date(source.checked) })})</span>
            </li>
          ))}
        </ul>
        {right.parameters.length > 0 ? (
          <>
            <h3>{t("rights.parameters")}</h3>
            <ul className="parameter-list">
              {right.parameters.map((parameter) => (
                <ParameterRow key={parameter.name} parameter={parameter} />
              ))}
            </ul>
          </>
        ) : null}
      </details>
    </li>
  );
}
