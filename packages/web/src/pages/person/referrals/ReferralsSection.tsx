import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listReferrals, referralTarget, type Referral } from "../../../api/referrals.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { useFocusOnArrival } from "../../../hooks/useFocusOnArrival.ts";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { ReferralCard } from "./ReferralCard.tsx";
import { ReferralForm } from "./ReferralForm.tsx";
import { PERSON_REFERRALS_ID } from "./personReferralsId.ts";

interface Props {
  personId: string;
  personName: string;
  /** Read by consent: the referrals, nothing to change. */
  readOnly?: boolean;
}

/** "Toeleidingen": where the person was referred, followed step by step until they really get help. */
export function ReferralsSection({ personId, personName, readOnly = false }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const referrals = useLoad(() => listReferrals(personId), [personId]);
  const { setData, reload } = referrals;
  // Arriving from the list of referrals (#person-referrals): the section comes into view.
  const headingRef = useFocusOnArrival(PERSON_REFERRALS_ID, referrals.data !== undefined);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const replaced = (referral: Referral): void => setData((current) => current?.map((r) => (r.id === referral.id ? referral : r)));

  return (
    <section aria-labelledby={PERSON_REFERRALS_ID} className="person-referrals">
      <h2 id={PERSON_REFERRALS_ID} ref={headingRef} tabIndex={-1}>
        {t("referral.title")}
      </h2>
      <p className="hint">{t("referral.intro", { name: personName })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={referrals.error ? errorText.message(referrals.error) : null} />
      {readOnly ? null : adding ? (
        <ReferralForm
          personId={personId}
          personName={personName}
          onCancel={() => setAdding(false)}
          onCreated={(referral) => {
            setAdding(false);
            setData((current) => [referral, ...(current ?? []).filter((r) => r.id !== referral.id)]);
            setStatus(t("referral.created", { to: referralTarget(referral) }));
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            {t("referral.new")}
          </button>
        </div>
      )}
      {!referrals.data && !referrals.error ? <p>{t("common.loading")}</p> : null}
      {referrals.data?.length === 0 ? <p>{t("referral.none", { name: personName })}</p> : null}
      {referrals.data && referrals.data.length > 0 ? (
        <ul className="card-list" aria-label={t("referral.listLabel", { name: personName })}>
          {referrals.data.map((referral) => (
            <ReferralCard
              key={referral.id}
              referral={referral}
              readOnly={readOnly}
              onOutdated={() => void reload()}
              onMoved={(moved) => {
                replaced(moved);
                setStatus(t("referral.moved", { to: referralTarget(moved), status: t(`referralStatus.${moved.status}`) }));
              }}
              onNoted={(noted) => {
                replaced(noted);
                setStatus(t("referral.noted", { to: referralTarget(noted) }));
              }}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
