import { stringify } from "csv-stringify/sync";
import type { ReportRow, SignalReport } from "@nabij/domain";
import { safeCell } from "../rights/rights-csv.ts";
import { PUBLIC_REPORT_TEXTS, type PublicLanguage } from "./public-report.texts.ts";

/** Words the CSV needs beyond the public page's: a hidden figure, and "all" in a total's column. */
const WORDS: Record<PublicLanguage, { hidden: string; all: string }> = {
  nl: { hidden: "niet getoond", all: "alle" },
  fr: { hidden: "non montré", all: "tous" },
  en: { hidden: "not shown", all: "all" },
};

/**
 * A protected report as CSV (UTF-8 with a byte order mark, formula-safe): the cells, then the
 * totals; a suppressed entry says "not shown", never a number.
 */
export function signalReportCsv(report: SignalReport, language: PublicLanguage): string {
  const t = PUBLIC_REPORT_TEXTS[language];
  const words = WORDS[language];
  const header = [...report.groupBy.map((d) => t.dimension[d]), t.people];
  const line = (row: ReportRow): string[] => [
    ...report.groupBy.map((d) => {
      const value = row.values[d];
      if (value === undefined) return words.all;
      return d === "mechanismType" ? (t.mechanism[value as keyof typeof t.mechanism] ?? value) : value;
    }),
    row.suppressed ? words.hidden : String(row.people ?? 0),
  ];
  const rows = [...report.cells, ...report.totals].map((r) => line(r).map(safeCell));
  return "\ufeff" + stringify([header, ...rows], { record_delimiter: "\r\n" });
}
