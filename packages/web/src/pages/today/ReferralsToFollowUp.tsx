import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ReferralToFollowUp } from "../../api/types.ts";

/** Referrals that have had no news for longer than the organisation's follow-up days. */
export function ReferralsToFollowUp({ referrals, days }: { referrals: ReferralToFollowUp[]; days: number }): ReactNode {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="today-referrals">
      <h2 id="today-referrals">{t("today.referrals")}</h2>
      <p className="hint">{t("today.referralsIntro", { days })}</p>
      {referrals.length === 0 ? <p>{t("today.noReferrals")}</p> : null}
      {referrals.length > 0 ? (
        <ul className="person-list">
          {referrals.map((r) => (
            <li key={r.id}>
              <Link to={`/persons/${encodeURIComponent(r.personId)}`}>{r.personDisplayName}</Link>
              <span className="meta">
                {" "}
                {t("today.referralTo", { to: r.to, status: t(`referralStatus.${r.status}`) })} · {t("today.referralDays", { days: r.daysSince })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/referrals">{t("today.allReferrals")}</Link>
      </p>
    </section>
  );
}
