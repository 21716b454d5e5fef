import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OutcomeFigures } from "../../api/referrals.ts";
import { intlLocale } from "../../i18n/language.ts";
import { figureCells, figureFormat } from "./outcomeFigures.ts";

export interface OutcomeRow {
  key: string;
  name: string;
  figures: OutcomeFigures;
}

/**
 * One table of outcome figures: a row per category or service, a column per figure. The title
 * stands above the box, so it stays readable when a narrow screen scrolls the table sideways.
 */
export function OutcomeTable({ id, title, firstColumn, rows }: { id: string; title: string; firstColumn: string; rows: readonly OutcomeRow[] }): ReactNode {
  const { t, i18n } = useTranslation();
  const format = useMemo(() => figureFormat(intlLocale(i18n.language)), [i18n.language]);
  const columns = [t("referrals.figures.referrals"), t("referrals.figures.completed"), t("referrals.figures.failed"), t("referrals.figures.completedShare"), t("referrals.figures.medianDays")];
  return (
    <>
      <h3 id={id}>{title}</h3>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="data-table outcome-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                {figureCells(row.figures, format).map((cell, index) => (
                  <td key={columns[index]}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
