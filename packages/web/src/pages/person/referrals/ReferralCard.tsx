import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { referralTarget, type Referral } from "../../../api/referrals.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useFormat } from "../../../i18n/format.ts";
import { showsBarrier, signalFormLink } from "../../signals/signalLink.ts";
import { ReferralNoteForm } from "./ReferralNoteForm.tsx";
import { ReferralSteps } from "./ReferralSteps.tsx";
import { TransitionControl } from "./TransitionControl.tsx";

interface Props {
  referral: Referral;
  readOnly: boolean;
  onMoved(referral: Referral): void;
  /** A note was added; the status stays as it was. */
  onNoted(referral: Referral): void;
  onOutdated(): void;
}

/**
 * A note without a change of status: a button that opens its small form. Not on a referral entered
 * in error; when that happened meanwhile, the card says so (the form is gone once it reloads).
 */
function NoteControl({ referral, onNoted, onOutdated }: Pick<Props, "referral" | "onNoted" | "onOutdated">): ReactNode {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (referral.status === "entered_in_error") return <ErrorAlert message={notice} />;
  if (open) {
    return (
      <ReferralNoteForm
        referral={referral}
        onClose={() => setOpen(false)}
        onConflict={() => {
          setOpen(false);
          setNotice(t("referral.errors.noteNotAllowed"));
          onOutdated();
        }}
        onNoted={(noted) => {
          setOpen(false);
          onNoted(noted);
        }}
      />
    );
  }
  return (
    <div className="actions">
      <button type="button" onClick={() => setOpen(true)}>
        {t("referral.addNote")}
      </button>
    </div>
  );
}

/** One referral: where to and why, where it stands (and whether it waits too long), its steps, a note, and what may come next. */
export function ReferralCard({ referral, readOnly, onMoved, onNoted, onOutdated }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const target = referralTarget(referral);
  return (
    <li className="card referral" data-referral={referral.id}>
      <h3>{target}</h3>
      <p>
        <span className={`status-tag referral-status-${referral.status}`}>{t(`referralStatus.${referral.status}`)}</span>{" "}
        {referral.overdue ? <span className="tag tag-warning">{t("referral.overdue")}</span> : null}
        <span className="meta"> {t("referral.since", { date: format.date(referral.statusChangedAt) })}</span>
      </p>
      <dl className="inline-details">
        <div>
          <dt>{t("referral.category")}</dt>
          <dd>{t(`institutionCategory.${referral.institutionCategory}`)}</dd>
        </div>
        <div>
          <dt>{t("referral.reason")}</dt>
          <dd>{referral.reason}</dd>
        </div>
        {referral.shared ? (
          <div>
            <dt>{t("referral.shared")}</dt>
            <dd>
              {referral.shared} {referral.consentGiven ? <span className="meta">({t("referral.consentGiven")})</span> : null}
            </dd>
          </div>
        ) : null}
        {referral.handoverNote ? (
          <div>
            <dt>{t("referral.handoverNote")}</dt>
            <dd>{referral.handoverNote}</dd>
          </div>
        ) : null}
      </dl>
      {referral.outcomeOwnWords ? (
        <figure className="own-words">
          <figcaption>{t("referral.outcomeOwnWords")}</figcaption>
          <blockquote>
            <p>{referral.outcomeOwnWords}</p>
          </blockquote>
        </figure>
      ) : null}
      {referral.history && referral.history.length > 0 ? <ReferralSteps steps={referral.history} /> : null}
      {readOnly ? null : (
        <>
          {showsBarrier(referral) ? (
            <p>
              <Link to={signalFormLink({ from: "referral", referralId: referral.id })} className="button">
                {t("signals.raise")}
              </Link>
            </p>
          ) : null}
          <NoteControl referral={referral} onNoted={onNoted} onOutdated={onOutdated} />
          <TransitionControl referral={referral} onMoved={onMoved} onOutdated={onOutdated} />
        </>
      )}
    </li>
  );
}
