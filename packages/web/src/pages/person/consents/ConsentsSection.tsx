import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listConsents, withdrawConsent } from "../../../api/consents.ts";
import type { Consent } from "../../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { ConfirmStep } from "../../../components/ConfirmStep.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { useFormat } from "../../../i18n/format.ts";
import { ConsentForm } from "./ConsentForm.tsx";
import { useRecipientName, useScopeWords } from "./words.ts";

interface CardProps {
  consent: Consent;
  personName: string;
  confirming: boolean;
  onToggleConfirm(): void;
  onWithdraw(): void;
  onCancel(): void;
  buttonRef(el: HTMLButtonElement | null): void;
}

function ConsentCard({ consent: c, personName, confirming, onToggleConfirm, onWithdraw, onCancel, buttonRef }: CardProps): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const recipientName = useRecipientName();
  const scopeWords = useScopeWords();
  const id = useId();
  const recipient = recipientName(c);
  const from = format.date(c.validFrom);
  const mayWithdraw = c.state === "active" || c.state === "not_yet";
  return (
    <li className={`card consent consent-${c.state}`}>
      <h3 className="consent-recipient">
        <span>{recipient}</span>
        <span className={c.state === "active" ? "tag" : "tag tag-disabled"}>{t(`consentState.${c.state}`)}</span>
      </h3>
      <dl className="details">
        <div>
          <dt>{t("consents.parts")}</dt>
          <dd>{scopeWords(c.scopes)}</dd>
        </div>
        <div>
          <dt>{t("consents.purposeLabel")}</dt>
          <dd className="note">{c.purpose}</dd>
        </div>
        <div>
          <dt>{t("consents.valid")}</dt>
          <dd>{c.validUntil ? t("consents.validRange", { from, until: format.date(c.validUntil) }) : t("consents.validOpen", { from })}</dd>
        </div>
        <div>
          <dt>{t("consents.givenHowLabel")}</dt>
          <dd>{t(`consentGivenHow.${c.givenHow}`)}</dd>
        </div>
        <div>
          <dt>{t("consents.recordedBy")}</dt>
          <dd>{c.recordedBy.kind === "person" ? t("consents.recordedByPerson", { name: personName }) : c.recordedBy.name}</dd>
        </div>
        {c.withdrawnAt ? (
          <div>
            <dt>{t("consents.withdrawnAt")}</dt>
            <dd>
              <time dateTime={c.withdrawnAt}>{format.dateTime(c.withdrawnAt)}</time>
            </dd>
          </div>
        ) : null}
      </dl>
      {mayWithdraw ? (
        <div className="actions">
          <button
            type="button"
            className="button-danger"
            ref={buttonRef}
            aria-expanded={confirming}
            aria-controls={confirming ? `${id}-confirm` : undefined}
            onClick={onToggleConfirm}
          >
            {t("consents.withdraw")}
            <span className="visually-hidden"> – {recipient}</span>
          </button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmStep
          id={`${id}-confirm`}
          question={t("consents.confirmWithdraw", { recipient })}
          confirmLabel={t("consents.confirmWithdrawYes")}
          onConfirm={onWithdraw}
          onCancel={onCancel}
        />
      ) : null}
    </li>
  );
}

/**
 * Who may see what of this person's file ("toestemming"): every consent, newest first, with its
 * state; record one the person gave in person or in writing; withdraw one the person takes back.
 */
export function ConsentsSection({ personId, personName }: { personId: string; personName: string }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const recipientName = useRecipientName();
  const consents = useLoad(() => listConsents(personId), [personId]);
  const [recording, setRecording] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const recordButton = useRef<HTMLButtonElement>(null);
  const focusRecordButton = useRef(false);
  const withdrawButtons = useRef(new Map<string, HTMLButtonElement>());
  const busy = useRef(false);

  useEffect(() => {
    if (recording || !focusRecordButton.current) return;
    focusRecordButton.current = false;
    recordButton.current?.focus();
  }, [recording]);

  const closeForm = (): void => {
    focusRecordButton.current = true;
    setRecording(false);
  };

  const recorded = (consent: Consent): void => {
    consents.setData((current) => [consent, ...(current ?? []).filter((c) => c.id !== consent.id)]);
    setError(null);
    setStatus(t("consents.recorded", { recipient: recipientName(consent) }));
    closeForm();
  };

  const withdraw = async (consent: Consent): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    setStatus(null);
    try {
      const saved = await withdrawConsent(personId, consent.id);
      consents.setData((current) => (current ?? []).map((c) => (c.id === saved.id ? saved : c)));
      setStatus(t("consents.withdrawn", { recipient: recipientName(saved) }));
    } catch (caught) {
      setError(errorText.message(caught));
      await consents.reload();
    } finally {
      busy.current = false;
      setConfirming(null);
    }
    // The withdraw button is gone now: focus goes to the section's heading, the status is read out.
    headingRef.current?.focus();
  };

  const cancel = (consentId: string): void => {
    setConfirming(null);
    withdrawButtons.current.get(consentId)?.focus();
  };

  return (
    <section aria-labelledby="person-consents">
      <h2 id="person-consents" ref={headingRef} tabIndex={-1}>
        {t("consents.title")}
      </h2>
      <p className="hint">{t("consents.intro", { name: personName })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={error ?? (consents.error ? errorText.message(consents.error) : null)} />
      {!consents.data && !consents.error ? <p>{t("common.loading")}</p> : null}
      {consents.data ? (
        <>
          {recording ? (
            <ConsentForm personId={personId} personName={personName} onRecorded={recorded} onClose={closeForm} />
          ) : (
            <div className="actions">
              <button type="button" ref={recordButton} onClick={() => setRecording(true)}>
                {t("consents.record")}
              </button>
            </div>
          )}
          {consents.data.length === 0 ? <p>{t("consents.empty", { name: personName })}</p> : null}
          {consents.data.length > 0 ? (
            <ul className="card-list">
              {consents.data.map((consent) => (
                <ConsentCard
                  key={consent.id}
                  consent={consent}
                  personName={personName}
                  confirming={confirming === consent.id}
                  onToggleConfirm={() => setConfirming(confirming === consent.id ? null : consent.id)}
                  onWithdraw={() => void withdraw(consent)}
                  onCancel={() => cancel(consent.id)}
                  buttonRef={(el) => {
                    if (el) withdrawButtons.current.set(consent.id, el);
                    else withdrawButtons.current.delete(consent.id);
                  }}
                />
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
