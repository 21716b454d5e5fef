import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmStep } from "../../../components/ConfirmStep.tsx";
import type { Consent } from "../../api.ts";
import { usePortalFormat } from "../../format.ts";

/** Who may see: one worker (at their organisation), or an organisation. */
export function recipientName(consent: Consent): string {
  if (consent.recipientUser) return `${consent.recipientUser.displayName} (${consent.recipientUser.organisationName})`;
  return consent.recipientOrganisation?.name ?? "";
}

interface Props {
  consent: Consent;
  busy: boolean;
  onWithdraw(consent: Consent): void;
}

/** One permission: who, which parts, why, from and until when, how it was given; and "stop it". */
export function ConsentCard({ consent, busy, onWithdraw }: Props): ReactNode {
  const { t } = useTranslation("portal");
  const format = usePortalFormat();
  const confirmId = useId();
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const name = recipientName(consent);
  const stoppable = consent.state === "active" || consent.state === "not_yet";

  return (
    <li className="card consent">
      <h3 dir="auto">{name}</h3>
      <p>
        <span className={`status-tag consent-${consent.state}`}>{t(`consentState.${consent.state}`)}</span>
      </p>
      <dl className="details">
        <div>
          <dt>{t("consents.whatLabel")}</dt>
          <dd>{consent.scopes.map((scope) => t(`scope.${scope}`)).join(", ")}</dd>
        </div>
        <div>
          <dt>{t("consents.whyLabel")}</dt>
          <dd dir="auto">{consent.purpose}</dd>
        </div>
        <div>
          <dt>{t("consents.fromLabel")}</dt>
          <dd>{format.day(consent.validFrom)}</dd>
        </div>
        <div>
          <dt>{t("consents.untilLabel")}</dt>
          <dd>{consent.withdrawnAt ? t("consents.stoppedOn", { date: format.day(consent.withdrawnAt) }) : consent.validUntil ? format.day(consent.validUntil) : t("consents.noEnd")}</dd>
        </div>
        <div>
          <dt>{t("consents.howLabel")}</dt>
          <dd>{t(`givenHow.${consent.givenHow}`, { name: consent.recordedBy.name })}</dd>
        </div>
      </dl>
      {stoppable ? (
        <div className="actions">
          <button type="button" ref={button} className="button-danger" aria-expanded={confirming} disabled={busy} onClick={() => setConfirming(true)}>
            {t("consents.stop")}
            <span className="visually-hidden">: {name}</span>
          </button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmStep
          id={confirmId}
          question={t("consents.stopQuestion", { name })}
          confirmLabel={t("consents.stopConfirm")}
          onConfirm={() => {
            setConfirming(false);
            onWithdraw(consent);
          }}
          onCancel={() => {
            setConfirming(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </li>
  );
}
