import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReferralStep } from "../../../api/referrals.ts";
import { useFormat } from "../../../i18n/format.ts";

/** Every step of a referral, newest first: who, when, why, and which steps show a barrier. */
export function ReferralSteps({ steps }: { steps: readonly ReferralStep[] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const newestFirst = [...steps].sort((a, b) => b.seq - a.seq);
  return (
    <details className="disclosure referral-steps">
      <summary>{t("referral.steps", { n: steps.length })}</summary>
      <ol className="referral-step-list">
        {newestFirst.map((step) => (
          <li key={step.seq} className={step.barrier ? "referral-step barrier" : "referral-step"}>
            <p>
              <strong>{t(`referralStatus.${step.to}`)}</strong>
              {step.barrier ? <span className="tag tag-warning">{t("referral.barrier")}</span> : null}
              <span className="meta"> {t("referral.stepBy", { date: format.dateTime(step.at), name: step.by.displayName })}</span>
            </p>
            {step.reason ? <p>{t("referral.stepReason", { reason: step.reason })}</p> : null}
            {step.ownWords ? (
              <figure className="own-words">
                <figcaption>{t("referral.ownWords")}</figcaption>
                <blockquote>
                  <p>{step.ownWords}</p>
                </blockquote>
              </figure>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
