import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ParameterToCheck } from "../../api/rightsTypes.ts";
import { useFormat } from "../../i18n/format.ts";

/** Each source once (several figures often come from one page), with the day it was last read. */
function sourcesOf(items: readonly ParameterToCheck[]): ParameterToCheck[] {
  const seen = new Map<string, ParameterToCheck>();
  for (const item of items) {
    const key = `${item.source}|${item.checked}`;
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

/** The list of sources behind the figures to be checked. */
export function ToBeCheckedSources({ items }: { items: readonly ParameterToCheck[] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul>
      {sourcesOf(items).map((item) => (
        <li key={`${item.source}|${item.checked}`}>
          {item.url ? <a href={item.url}>{item.source}</a> : item.source}, {t("rights.checkedOn", { date: format.date(item.checked) })}
        </li>
      ))}
    </ul>
  );
}

/** "Te controleren": the figures a result rests on that nobody has checked against their source yet. */
export function ToBeChecked({ items }: { items: readonly ParameterToCheck[] }): ReactNode {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div className="to-check">
      <p>
        <span className="tag tag-warning">{t("rights.toBeChecked")}</span> {t("rights.toBeCheckedHint")}
      </p>
      <ToBeCheckedSources items={items} />
    </div>
  );
}
