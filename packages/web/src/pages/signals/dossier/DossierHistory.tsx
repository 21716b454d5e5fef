import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DOSSIER_TEXT_FIELDS, SIGNAL_PHASES, type SignalPhase } from "@nabij/domain";
import type { DossierChangeEntry } from "../../../api/signals.ts";
import type { NamedRef } from "../../../api/types.ts";
import { useFormat } from "../../../i18n/format.ts";

const isPhase = (value: string | null): value is SignalPhase => (SIGNAL_PHASES as readonly (string | null)[]).includes(value);
const isTextField = (field: string): boolean => (DOSSIER_TEXT_FIELDS as readonly string[]).includes(field) || field === "title";
const KNOWN_FIELDS = ["title", "trekker", "phase", ...DOSSIER_TEXT_FIELDS, "signal_added", "signal_removed"] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];
const isKnown = (field: string): field is KnownField => (KNOWN_FIELDS as readonly string[]).includes(field);

/** A long text is shortened in the history; the full one stands above. */
const clip = (text: string): string => (text.length > 200 ? `${text.slice(0, 199).trimEnd()}…` : text);

/** The new value in words: a phase by its name, a trekker by name when known, a text (shortened); signals are not named. */
function ChangeValue({ entry, workers }: { entry: DossierChangeEntry; workers: readonly NamedRef[] }): ReactNode {
  const { t } = useTranslation();
  if (entry.field === "signal_added" || entry.field === "signal_removed") return null;
  if (entry.value === null) return <>: {t("dossier.cleared")}</>;
  if (entry.field === "phase") return <>: {isPhase(entry.value) ? t(`signalPhase.${entry.value}`) : entry.value}</>;
  if (entry.field === "trekker") {
    const name = workers.find((w) => w.id === entry.value)?.displayName;
    return name ? <>: {name}</> : null;
  }
  return isTextField(entry.field) ? <>: {clip(entry.value)}</> : null;
}

/** Every change of the dossier with its date and who made it, newest first. */
export function DossierHistory({ history, workers }: { history: readonly DossierChangeEntry[]; workers: readonly NamedRef[] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const newestFirst = [...history].sort((a, b) => b.seq - a.seq);
  return (
    <section aria-labelledby="dossier-history">
      <h2 id="dossier-history">{t("dossier.history")}</h2>
      <ol className="history-list dossier-history">
        {newestFirst.map((entry) => (
          <li key={entry.seq} data-field={entry.field}>
            <p>
              <strong>{isKnown(entry.field) ? t(`dossierField.${entry.field}`) : entry.field}</strong>
              <ChangeValue entry={entry} workers={workers} />
            </p>
            <p className="meta">{t("dossier.historyBy", { date: format.dateTime(entry.at), name: entry.by.displayName })}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
