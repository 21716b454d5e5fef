import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { addAgreementOwnWords, confirmAgreement, type Agreement } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { usePortalFormat } from "../../format.ts";
import { OwnWordsVoice, TwoVoices } from "../../OwnWordsVoice.tsx";
import { confirmationOf } from "./agreements.ts";
import { AgreementHistory } from "./AgreementHistory.tsx";
import { ConfirmationText } from "./ConfirmationText.tsx";

interface Props {
  agreement: Agreement;
  /** A saved change, and the sentence that says so. */
  onChanged(agreement: Agreement, message: string): void;
  /** The agreement changed meanwhile: load the list again. */
  onOutdated(): Promise<void>;
}

const isStale = (error: unknown): boolean => error instanceof ApiError && error.code === "stale_version";

/**
 * One agreement as it stands now: what, who does what, by when, and the person's own words
 * beside the worker's text; whether the person agrees; how it changed over time.
 */
export function AgreementCard({ agreement, onChanged, onOutdated }: Props): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const format = usePortalFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [justConfirmed, setJustConfirmed] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const confirmed = confirmationOf(agreement);

  // The button is gone once the person agreed: focus goes to the sentence that replaced it.
  useEffect(() => {
    if (justConfirmed) confirmation.current?.focus();
  }, [justConfirmed]);

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await confirmAgreement(agreement), t("agreements.confirmed"));
      setJustConfirmed(true);
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : null;
      if (code === "stale_version" || code === "conflict") {
        setError(code === "conflict" ? t("agreements.alreadyConfirmed") : t("agreements.changedMeanwhile"));
        await onOutdated();
      } else {
        setError(errors.message(caught));
      }
    } finally {
      setBusy(false);
    }
  };

  const saveOwnWords = async (ownWords: string): Promise<void> => {
    setError(null);
    try {
      const saved = await addAgreementOwnWords(agreement, ownWords);
      onChanged(saved, t("agreements.ownWordsSaved", { version: format.number(saved.version) }));
    } catch (caught) {
      // The words stay in the form; the card shows the new version to check them against.
      if (isStale(caught)) await onOutdated();
      throw caught;
    }
  };

  return (
    <li className="card portal-agreement">
      <h3 dir="auto">{agreement.what}</h3>
      {agreement.dueDate ? <p className="meta">{t("agreements.due", { date: format.day(agreement.dueDate) })}</p> : null}
      <ErrorAlert message={error} />
      <TwoVoices workerLabel={t("agreements.whoDoesWhat")} workerText={agreement.whoDoesWhat}>
        <OwnWordsVoice
          ownWords={agreement.ownWords}
          about={agreement.what}
          onSave={saveOwnWords}
          errorText={(caught) => (isStale(caught) ? t("agreements.ownWordsStale") : undefined)}
        />
      </TwoVoices>
      <p ref={confirmation} tabIndex={-1} className={confirmed.kind === "none" ? "portal-confirmation" : "portal-confirmation portal-confirmed"}>
        <ConfirmationText confirmation={confirmed} />
      </p>
      {confirmed.kind === "none" ? (
        <div className="actions">
          <button type="button" className="button-primary" disabled={busy} onClick={() => void confirm()}>
            {t("agreements.confirm")}
            <span className="visually-hidden">: {agreement.what}</span>
          </button>
        </div>
      ) : null}
      <AgreementHistory versions={agreement.versions} />
    </li>
  );
}
