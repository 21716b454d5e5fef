import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { referralTarget, type Referral } from "../../../api/referrals.ts";
import { useFormat } from "../../../i18n/format.ts";
import { ReferralSteps } from "./ReferralSteps.tsx";
import { TransitionControl } from "./TransitionControl.tsx";

interface Props {
  referral: Referral;
  readOnly: boolean;
  onMoved(referral: Referral): void;
  onOutdated(): void;
}

/** One referral: where to and why, where it stands (and whether it waits too long), its steps and what may come next. */
export function ReferralCard({ referral, readOnly, onMoved, onOutdated }: Props): ReactNode {
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
      {readOnly ? null : <TransitionControl referral={referral} onMoved={onMoved} onOutdated={onOutdated} />}
    </li>
  );
}
