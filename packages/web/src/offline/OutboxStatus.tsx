import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { useErrorText } from "../i18n/errors.ts";
import { isErrorCode } from "./errorCode.ts";
import type { OutboxEntry } from "./outbox.ts";
import { useOutbox } from "./OutboxContext.tsx";

function EntryText({ entry }: { entry: OutboxEntry }): ReactNode {
  const { t } = useTranslation();
  const { item, label } = entry;
  if (item.kind === "agenda_item") return t("offline.agendaEntry", { title: item.data.title, name: label ?? "" });
  return label ? t("offline.encounterEntryWith", { name: label }) : t("offline.encounterEntry");
}

function RefusedEntry({ entry }: { entry: OutboxEntry }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { discard } = useOutbox();
  const refused = entry.refused;
  if (!refused) return null;
  const error = new ApiError(refused.status, isErrorCode(refused.code) ? refused.code : "validation_failed", "", refused.fields);
  const fields = Object.values(errorText.fields(error));
  return (
    <li>
      <EntryText entry={entry} />
      <p className="field-error">
        {t("offline.refusedBecause", { reason: errorText.message(error) })}
        {fields.length > 0 ? ` ${fields.join(" ")}` : null}
      </p>
      {entry.item.kind === "agenda_item" && entry.item.data.ownWords ? <blockquote>{entry.item.data.ownWords}</blockquote> : null}
      {entry.item.kind === "encounter" && entry.item.data.note ? <p className="note">{entry.item.data.note}</p> : null}
      <button type="button" className="button-quiet" onClick={() => void discard(entry.id)}>
        {t("offline.discard")}
      </button>
    </li>
  );
}

/**
 * In the header: how many items wait on this phone, a button to send them now, and the items
 * the server refused (with the reason), which the worker can discard after entering them again.
 */
export function OutboxStatus(): ReactNode {
  const { t } = useTranslation();
  const { entries, waiting, sending, notice, sendNow } = useOutbox();
  const refused = entries.filter((e) => e.refused);

  let text = "";
  if (sending && waiting > 0) text = t("offline.sending");
  else if (waiting === 1) text = t("offline.waitingOne");
  else if (waiting > 1) text = t("offline.waitingMany", { count: waiting });
  else if (notice === "allSent") text = t("offline.allSent");
  if (notice === "sendFailed" && waiting > 0) text = `${text} ${t("offline.sendFailed")}`;

  return (
    <div className="outbox-status">
      <p role="status" aria-live="polite" className={text ? "outbox-count" : "visually-hidden"}>
        {text}
      </p>
      {waiting > 0 ? (
        <button type="button" className="button-quiet" onClick={() => void sendNow()} disabled={sending}>
          {t("offline.sendNow")}
        </button>
      ) : null}
      {refused.length > 0 ? (
        <div role="alert" className="outbox-refused">
          <p>{refused.length === 1 ? t("offline.refusedOne") : t("offline.refusedMany", { count: refused.length })}</p>
          <ul>
            {refused.map((entry) => (
              <RefusedEntry key={entry.id} entry={entry} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
