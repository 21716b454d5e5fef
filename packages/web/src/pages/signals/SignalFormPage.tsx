import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { getReferral, referralTarget } from "../../api/referrals.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { BackLink } from "../../components/BackLink.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { NEW_SIGNAL } from "./signalDraft.ts";
import { SignalForm } from "./SignalForm.tsx";
import { readSignalOrigin } from "./signalLink.ts";
import { draftFromEncounter, draftFromReferral } from "./signalOrigin.ts";

/** From a referral's barrier: the referral is read once, and the form starts from it. */
function FromReferral({ referralId }: { referralId: string }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const referral = useLoad(() => getReferral(referralId), [referralId]);
  if (referral.error) return <ErrorAlert message={errorText.message(referral.error)} />;
  if (!referral.data) return <Loading />;
  return (
    <>
      <p className="hint">{t("signalForm.fromReferral", { to: referralTarget(referral.data) })}</p>
      <SignalForm initial={draftFromReferral(referral.data)} />
    </>
  );
}

/**
 * "Signaal geven", opened in one step from where the worker saw it: a referral's barrier, an
 * encounter, or on its own (`/signals/new?from=…`). Only the kind of place is kept, no link.
 */
export function SignalFormPage(): ReactNode {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const origin = readSignalOrigin(params);
  return (
    <>
      <BackLink to="/signals">{t("dossier.back")}</BackLink>
      <PageHeading>{t("signalForm.title")}</PageHeading>
      <p className="hint">{t("signalForm.intro")}</p>
      {origin.from === "referral" ? <FromReferral key={origin.referralId} referralId={origin.referralId} /> : null}
      {origin.from === "encounter" ? (
        <>
          <p className="hint">{t("signalForm.fromEncounter")}</p>
          <SignalForm key={origin.personId} initial={draftFromEncounter(origin.personId)} />
        </>
      ) : null}
      {origin.from === "own" ? <SignalForm initial={NEW_SIGNAL} /> : null}
    </>
  );
}
