import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { referralTarget, type Referral } from "../../api/referrals.ts";
import { useFormat } from "../../i18n/format.ts";
import { PERSON_REFERRALS_ID } from "../person/referrals/personReferralsId.ts";

/** One referral in the caseload list: whose, where to, where it stands, and whether it waits too long. The name leads to the person's referrals. */
export function ReferralRow({ referral }: { referral: Referral }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const name = referral.person?.displayName ?? t("referrals.somePerson");
  const target = referralTarget(referral);
  return (
    <li className="card referral-row" data-referral={referral.id}>
      <h3>
        <Link to={`/persons/${encodeURIComponent(referral.personId)}#${PERSON_REFERRALS_ID}`} aria-label={t("referrals.toPerson", { name, to: target })}>
          {name}
        </Link>
      </h3>
      <p>{t("referrals.to", { to: target, category: t(`institutionCategory.${referral.institutionCategory}`) })}</p>
      <p>
        <span className={`status-tag referral-status-${referral.status}`}>{t(`referralStatus.${referral.status}`)}</span>
        {referral.overdue ? <span className="tag tag-warning">{t("referral.overdue")}</span> : null}
        <span className="meta"> {t("referral.since", { date: format.date(referral.statusChangedAt) })}</span>
      </p>
    </li>
  );
}
