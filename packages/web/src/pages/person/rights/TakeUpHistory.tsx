import { useEffect, useState, type ReactNode, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { getTakeUp } from "../../../api/rights.ts";
import type { TakeUpEntry } from "../../../api/rightsTypes.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useErrorText } from "../../../i18n/errors.ts";
import { useFormat } from "../../../i18n/format.ts";

interface Props {
  personId: string;
  rightId: string;
  rightName: string;
  /** Changes when the take-up is saved: an open history loads again. */
  version: string;
}

/** Every take-up status a right had for the person, newest first; loaded when opened. */
export function TakeUpHistory({ personId, rightId, rightName, version }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<TakeUpEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setError(null);
    getTakeUp(personId, rightId).then(
      (answer) => {
        if (current) setEntries(answer.history);
      },
      (caught: unknown) => {
        if (current) setError(caught);
      },
    );
    return () => {
      current = false;
    };
  }, [open, personId, rightId, version]);

  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>): void => setOpen(event.currentTarget.open);

  return (
    <details className="disclosure take-up-history" onToggle={onToggle}>
      <summary>
        {t("takeUp.history")}
        <span className="visually-hidden"> – {rightName}</span>
      </summary>
      {open ? (
        <div>
          <ErrorAlert message={error ? errorText.message(error) : null} />
          {entries === null && !error ? <p>{t("common.loading")}</p> : null}
          {entries?.length === 0 ? <p>{t("takeUp.historyEmpty")}</p> : null}
          {entries && entries.length > 0 ? (
            <ol className="history-list">
              {entries.map((entry) => (
                <li key={`${entry.recordedAt}-${entry.status}`}>
                  <p className="history-who">
                    <strong>{t(`takeUpStatus.${entry.status}`)}</strong> {t("takeUp.onDate", { date: format.date(entry.date) })}
                  </p>
                  {entry.note ? <p className="note">{entry.note}</p> : null}
                  <p className="muted">{t("takeUp.recordedBy", { name: entry.recordedBy.displayName, date: format.dateTime(entry.recordedAt) })}</p>
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
