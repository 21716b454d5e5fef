import type { OutcomeFigures } from "../../api/referrals.ts";

/** How a number and a share read in the user's language (Intl formatters). */
export interface FigureFormat {
  number(value: number): string;
  percent(share: number): string;
}

/** What is not known yet (nothing ended, nobody got access yet) reads as a dash, not as 0. */
export const UNKNOWN = "—";

/** The cells of one row of the outcome tables, in the order of the columns. */
export function figureCells(figures: OutcomeFigures, format: FigureFormat): string[] {
  return [
    format.number(figures.referrals),
    format.number(figures.completed),
    format.number(figures.failed),
    figures.completedShare === null ? UNKNOWN : format.percent(figures.completedShare),
    figures.medianDaysToAccess === null ? UNKNOWN : format.number(figures.medianDaysToAccess),
  ];
}

/** Whole percents, days to one decimal: the figures count people, false precision helps nobody. */
export function figureFormat(locale: string): FigureFormat {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return { number: (value) => number.format(value), percent: (share) => percent.format(share) };
}
