import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RadarScope } from "@nabij/domain";
import { getReferralOutcomes } from "../../api/referrals.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useUser } from "../../session/SessionContext.tsx";
import { SCOPES_OF_ROLE } from "../rights/radarQuery.ts";
import { OutcomeTable } from "./OutcomeTable.tsx";

/** Whose referrals to count: only offered when the role has more than one scope (coordinators, admins). */
function ScopeChoice({ scope, onChange }: { scope: RadarScope; onChange(scope: RadarScope): void }): ReactNode {
  const { t } = useTranslation();
  const user = useUser();
  const name = useId();
  const scopes = SCOPES_OF_ROLE[user.role];
  if (scopes.length < 2) return null;
  return (
    <fieldset>
      <legend>{t("radar.scope")}</legend>
      <div className="choice-list">
        {scopes.map((s) => (
          <label className="choice" key={s}>
            <input type="radio" name={name} checked={scope === s} onChange={() => onChange(s)} />
            <span>{t(`radar.scopes.${s}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** How referrals ended, per kind of help and per service: counts only, no person. */
export function ReferralOutcomes({ scope, onScope }: { scope: RadarScope; onScope(scope: RadarScope): void }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const outcomes = useLoad(() => getReferralOutcomes(scope), [scope]);
  const data = outcomes.data;
  return (
    <section aria-labelledby="referral-outcomes" aria-busy={outcomes.loading} className="referral-outcomes">
      <h2 id="referral-outcomes">{t("referrals.outcomesTitle")}</h2>
      <p className="hint">{t("referrals.outcomesIntro")}</p>
      <ScopeChoice scope={scope} onChange={onScope} />
      <ErrorAlert message={outcomes.error ? errorText.message(outcomes.error) : null} />
      {!data && !outcomes.error ? <Loading /> : null}
      {data && data.byCategory.length === 0 ? <p>{t("referrals.noOutcomes")}</p> : null}
      {data && data.byCategory.length > 0 ? (
        <>
          <OutcomeTable
            id="outcomes-by-category"
            title={t(`referrals.byCategory.${scope}`)}
            firstColumn={t("referral.category")}
            rows={data.byCategory.map((c) => ({ key: c.institutionCategory, name: t(`institutionCategory.${c.institutionCategory}`), figures: c }))}
          />
          <OutcomeTable
            id="outcomes-by-service"
            title={t(`referrals.byService.${scope}`)}
            firstColumn={t("referrals.service")}
            rows={data.byService.map((s) => ({ key: s.serviceId ?? `name:${s.name}`, name: s.name, figures: s }))}
          />
          <p className="hint">{t("referrals.figuresHint")}</p>
        </>
      ) : null}
    </section>
  );
}
