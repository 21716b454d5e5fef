import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReferralStep } from "../../../api/referrals.ts";
import { useFormat } from "../../../i18n/format.ts";
import { isBarrierReason } from "./referralNoteDraft.ts";

/** "Drempel" and, when the worker said which, what kind of barrier. */
export function BarrierTag({ barrier, reason }: { barrier: boolean; reason: string | null }): ReactNode {
  const { t } = useTranslation();
  if (!barrier) return null;
  return <span className="tag tag-warning">{isBarrierReason(reason) ? t("referral.barrierOf", { reason: t(`barrierReason.${reason}`) }) : t("referral.barrier")}</span>;
}

/** One step: a status change with its reason, or a note that left the status as it was (its text is the note). */
function Step({ step }: { step: ReferralStep }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const note = step.kind === "note";
  return (
    <li className={["referral-step", note ? "note" : "", step.barrier ? "barrier" : ""].filter(Boolean).join(" ")} data-step-kind={step.kind}>
      <p>
        <strong>{note ? t("referral.note") : t(`referralStatus.${step.to}`)}</strong>
        <BarrierTag barrier={step.barrier} reason={step.barrierReason} />
        <span className="meta"> {t("referral.stepBy", { date: format.dateTime(step.at), name: step.by.displayName })}</span>
      </p>
      {step.reason ? <p>{note ? step.reason : t("referral.stepReason", { reason: step.reason })}</p> : null}
      {step.ownWords ? (
        <figure className="own-words">
          <figcaption>{t("referral.ownWords")}</figcaption>
          <blockquote>
            <p>{step.ownWords}</p>
          </blockquote>
        </figure>
      ) : null}
    </li>
  );
}

/** Every step of a referral, newest first: who, when, why, the notes between, and which show a barrier. */
export function ReferralSteps({ steps }: { steps: readonly ReferralStep[] }): ReactNode {
  const { t } = useTranslation();
  const newestFirst = [...steps].sort((a, b) => b.seq - a.seq);
  return (
    <details className="disclosure referral-steps">
      <summary>{t("referral.steps", { n: steps.length })}</summary>
      <ol className="referral-step-list">
        {newestFirst.map((step) => (
          <Step key={step.seq} step={step} />
        ))}
      </ol>
    </details>
  );
}
