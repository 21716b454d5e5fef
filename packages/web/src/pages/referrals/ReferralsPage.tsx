import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { REFERRAL_STATUSES, type ReferralStatus } from "@nabij/domain";
import { listCaseloadReferrals } from "../../api/referrals.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { SelectField } from "../../components/Field.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { SAME_PAGE } from "../../components/samePage.ts";
import { usePaged } from "../../hooks/usePaged.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useUser } from "../../session/SessionContext.tsx";
import { ReferralOutcomes } from "./ReferralOutcomes.tsx";
import { ReferralRow } from "./ReferralRow.tsx";
import { readReferralsView, writeReferralsView, type ReferralsView } from "./referralsQuery.ts";

const isStatus = (value: string): value is ReferralStatus => (REFERRAL_STATUSES as readonly string[]).includes(value);

/** Which status, and only the ones waiting too long for news. */
function ListFilters({ view, onChange }: { view: ReferralsView; onChange(patch: Partial<ReferralsView>): void }): ReactNode {
  const { t } = useTranslation();
  return (
    <form className="referral-filters" onSubmit={(e) => e.preventDefault()}>
      <SelectField label={t("referrals.status")} value={view.status} onChange={(e) => onChange({ status: isStatus(e.target.value) ? e.target.value : "" })}>
        <option value="">{t("referrals.anyStatus")}</option>
        {REFERRAL_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`referralStatus.${status}`)}
          </option>
        ))}
      </SelectField>
      <label className="choice">
        <input type="checkbox" checked={view.overdue} onChange={(e) => onChange({ overdue: e.target.checked })} />
        <span>{t("referrals.overdueOnly")}</span>
      </label>
    </form>
  );
}

/**
 * "Toeleidingen": every referral of the persons I work with, to follow up, and how referrals end
 * (per kind of help and per service). The choices live in the URL, so a link brings the same view.
 */
export function ReferralsPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const fromUrl = readReferralsView(params, user.role);
  const key = writeReferralsView(fromUrl, user.role).toString();
  // The router applies a new URL in a transition: until it lands, the controls show what was chosen.
  const [chosen, setChosen] = useState<Partial<ReferralsView>>({});
  useEffect(() => setChosen({}), [key]);
  const view: ReferralsView = { ...fromUrl, ...chosen };
  const change = (patch: Partial<ReferralsView>): void => {
    setChosen((current) => ({ ...current, ...patch }));
    setParams(writeReferralsView({ ...view, ...patch }, user.role), { replace: true, state: SAME_PAGE });
  };
  const { status, overdue } = view;
  const list = usePaged((cursor) => listCaseloadReferrals({ status, overdue }, cursor), [status, overdue]);
  const items = list.items ?? [];

  return (
    <>
      <PageHeading>{t("referrals.title")}</PageHeading>
      <p className="hint">{t("referrals.intro")}</p>
      <section aria-labelledby="referrals-list" aria-busy={list.items === null}>
        <h2 id="referrals-list">{t("referrals.listTitle")}</h2>
        <ListFilters view={view} onChange={change} />
        <ErrorAlert message={list.error ? errorText.message(list.error) : null} />
        {list.items === null && !list.error ? <Loading /> : null}
        <p role="status">{list.items === null ? "" : items.length === 0 ? t("referrals.empty") : t(list.hasMore ? "referrals.shownMore" : "referrals.shown", { count: items.length })}</p>
        {items.length > 0 ? (
          <ul className="card-list" aria-label={t("referrals.listTitle")}>
            {items.map((referral) => (
              <ReferralRow key={referral.id} referral={referral} />
            ))}
          </ul>
        ) : null}
        <LoadMore show={list.hasMore} busy={list.loadingMore} onClick={list.loadMore} />
      </section>
      <ReferralOutcomes scope={view.scope} onScope={(scope) => change({ scope })} />
    </>
  );
}
