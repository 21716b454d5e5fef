import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { PageHeading } from "../../../components/PageHeading.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { getAgreed } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { usePortalFormat } from "../../format.ts";
import { AgreementsSection } from "./AgreementsSection.tsx";
import { EvaluationsSection } from "./EvaluationsSection.tsx";

/**
 * "What we agreed": the agreements with the workers (to agree with, or to add one's own words
 * to), moments to look back together, what the person and their worker decided to work on, and
 * the notes the worker shared. Private notes are never shown; only how many there are, when the
 * organisation says so.
 */
export function AgreedPage(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const format = usePortalFormat();
  const agreed = useLoad(getAgreed, []);
  const data = agreed.data;
  const [status, setStatus] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t("agreed.title")}</PageHeading>
      <p>{t("agreed.intro")}</p>
      <StatusMessage message={status} />
      <AgreementsSection announce={setStatus} />
      <EvaluationsSection announce={setStatus} />
      <ErrorAlert message={agreed.error ? errors.message(agreed.error) : null} />
      {agreed.loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <h2>{t("agreed.agreementsTitle")}</h2>
          {data.agreements.length === 0 ? <p>{t("agreed.noAgreements")}</p> : null}
          <ul className="portal-list">
            {data.agreements.map((agreement) => (
              <li key={agreement.id} className="card">
                <h3 dir="auto">{agreement.title}</h3>
                {agreement.ownWords && agreement.ownWords !== agreement.title ? (
                  <p className="portal-own-words" dir="auto">
                    {agreement.ownWords}
                  </p>
                ) : null}
                <p className="meta">
                  <span className={`status-tag status-${agreement.status}`}>{t(`agendaStatus.${agreement.status}`)}</span>
                </p>
              </li>
            ))}
          </ul>
          <h2>{t("agreed.notesTitle")}</h2>
          {data.notes.length === 0 ? <p>{t("agreed.noNotes")}</p> : null}
          <ul className="portal-list">
            {data.notes.map((note) => (
              <li key={note.id} className="card">
                <p className="meta">
                  {note.workerName ? t("agreed.noteBy", { name: note.workerName, date: format.day(note.at) }) : format.day(note.at)}
                </p>
                <p className="note" dir="auto">
                  {note.note}
                </p>
              </li>
            ))}
          </ul>
          {data.privateNotes !== null ? (
            <p className="note-box">{data.privateNotes === 0 ? t("agreed.noPrivateNotes") : t("agreed.privateNotes", { number: format.number(data.privateNotes) })}</p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
