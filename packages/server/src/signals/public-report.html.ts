import type { MechanismType, ReportDimension, ReportRow, SignalPhase, SignalReport } from "@nabij/domain";
import type { PublicContent } from "./publication.repository.ts";
import { PUBLIC_REPORT_TEXTS, type PublicLanguage, type PublicTexts } from "./public-report.texts.ts";

/**
 * The public page of a published dossier: plain HTML from the server, readable without login,
 * without JavaScript, on a phone, with each table's caption and headers for screen readers.
 */

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paragraphs = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p).replace(/\n/g, "<br>")}</p>`)
    .join("");

function label(t: PublicTexts, dimension: ReportDimension, value: string): string {
  if (dimension === "mechanismType") return t.mechanism[value as MechanismType] ?? value;
  return value;
}

function cell(t: PublicTexts, row: ReportRow): string {
  return row.suppressed ? `<td><abbr title="${escape(t.hidden)}">—</abbr></td>` : `<td>${row.people ?? 0}</td>`;
}

function table(t: PublicTexts, report: SignalReport): string {
  const [dimension] = report.groupBy;
  if (!dimension) return "";
  const total = report.totals.find((r) => Object.keys(r.values).length === 0);
  const rows = report.cells.map((r) => `<tr><th scope="row">${escape(label(t, dimension, r.values[dimension] ?? ""))}</th>${cell(t, r)}</tr>`).join("");
  const foot = total ? `<tfoot><tr><th scope="row">${escape(t.total)}</th>${cell(t, total)}</tr></tfoot>` : "";
  return `<table><caption>${escape(t.byDimension[dimension])}</caption><thead><tr><th scope="col">${escape(t.dimension[dimension])}</th><th scope="col">${escape(t.people)}</th></tr></thead><tbody>${rows}</tbody>${foot}</table>`;
}

export function publicReportHtml(content: PublicContent, language: PublicLanguage): string {
  const t = PUBLIC_REPORT_TEXTS[language];
  const sections = (["position", "analysis", "actions", "decisions", "feedback"] as const)
    .flatMap((field) => {
      const text = content[field];
      return text ? [`<section><h2>${escape(t.section[field])}</h2>${paragraphs(text)}</section>`] : [];
    })
    .join("");
  const date = new Intl.DateTimeFormat(t.locale, { dateStyle: "long", timeZone: "Europe/Brussels" }).format(new Date(content.publishedAt));
  const other = (Object.keys(PUBLIC_REPORT_TEXTS) as PublicLanguage[]).filter((l) => l !== language).map((l) => `<a href="?lang=${l}" hreflang="${PUBLIC_REPORT_TEXTS[l].locale}" lang="${PUBLIC_REPORT_TEXTS[l].locale}">${escape(PUBLIC_REPORT_TEXTS[l].languageName)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="${t.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(content.title)} — ${escape(content.organisationName)}</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a;background:#fff}
main{max-width:44rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid #bbb;padding:.4rem;text-align:left}
td{text-align:right}
.meta,.note{color:#3d3d3d}
nav{margin-bottom:1rem}
a{color:#0b5394}
blockquote{margin:0;padding-left:1rem;border-left:4px solid #0b5394}
figure{margin:1rem 0}
</style>
</head>
<body>
<main>
<nav aria-label="${escape(t.languages)}">${other}</nav>
<h1>${escape(content.title)}</h1>
<p class="meta">${escape(content.organisationName)} · ${escape(t.published)} ${escape(date)} · ${escape(t.phaseLabel)}: ${escape(t.phase[content.phase as SignalPhase])}</p>
${sections}
${content.testimonies.length > 0 ? `<section><h2>${escape(t.testimonies)}</h2>${content.testimonies.map((q) => `<figure><blockquote>${paragraphs(q.text)}</blockquote>${q.shownName ? `<figcaption>— ${escape(q.shownName)}</figcaption>` : ""}</figure>`).join("")}</section>` : ""}
<section><h2>${escape(t.figures)}</h2>
<p class="note">${escape(t.protection.replace("{{k}}", String(content.k)))}</p>
${content.figures.map((f) => table(t, f)).join("\n")}
</section>
</main>
</body>
</html>`;
}
