import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { getPersonRights, getRights, packLanguage, recheckPerson } from "../../../api/rights.ts";
import type { PersonRights, StoredCheck, TakeUp } from "../../../api/rightsTypes.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { useFocusOnArrival } from "../../../hooks/useFocusOnArrival.ts";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { useFormat } from "../../../i18n/format.ts";
import { byOutcome, RightCheckCard, UnavailableRights } from "../../rights/RightCheckCard.tsx";
import { PERSON_RIGHTS_ID } from "./personRightsId.ts";
import { TakeUpControl } from "./TakeUpControl.tsx";

interface Props {
  personId: string;
  personName: string;
  /** Read by consent: the results, nothing to change. */
  readOnly?: boolean;
}

/** When the check ran, and whether rules or figures changed since (then a new check is under way). */
function CheckedWhen({ check, busy, readOnly, onRecheck }: { check: StoredCheck; busy: boolean; readOnly: boolean; onRecheck(): void }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p>
        {t("personRights.checkedAt", { date: format.dateTime(check.checkedAt) })}
        {check.stale ? <span className="tag tag-warning">{t("personRights.stale")}</span> : null}
      </p>
      {check.stale ? (
        <>
          <p className="hint">{t("personRights.staleHint")}</p>
          {readOnly ? null : (
            <div className="actions">
              <button type="button" disabled={busy} onClick={onRecheck}>
                {t("personRights.recheck")}
              </button>
            </div>
          )}
        </>
      ) : null}
    </>
  );
}

/**
 * "Rechten": the latest check per right (outcome, why, amount, figures to be checked) and per
 * right where the person stands with it (take-up), with its history. The guided check is a page
 * of its own.
 */
export function RightsSection({ personId, personName, readOnly = false }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const language = packLanguage(i18n.language);
  const rights = useLoad(() => getPersonRights(personId, language), [personId, language]);
  // The catalogue says what to do next with a right; without it the results still stand.
  const catalogue = useLoad(() => getRights(language), [language]);
  const { setData } = rights;
  // Arriving from the radar (#person-rights): the section comes into view and its heading takes focus.
  const headingRef = useFocusOnArrival(PERSON_RIGHTS_ID, rights.data !== undefined);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const recheck = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setData(await recheckPerson(personId, language));
      setStatus(t("personRights.rechecked"));
    } catch (caught) {
      setError(errorText.message(caught));
    } finally {
      setBusy(false);
    }
  };

  const takeUpSaved = (takeUp: TakeUp, rightName: string): void => {
    setData((current: PersonRights | undefined) => current && { ...current, takeUp: [...current.takeUp.filter((x) => x.rightId !== takeUp.rightId), takeUp] });
    setStatus(t("takeUp.saved", { right: rightName, status: t(`takeUpStatus.${takeUp.status}`) }));
  };

  const data = rights.data;
  const check = data?.check ?? null;
  const checkPath = `/persons/${encodeURIComponent(personId)}/rights/check`;

  return (
    <section aria-labelledby={PERSON_RIGHTS_ID} className="person-rights">
      <h2 id={PERSON_RIGHTS_ID} ref={headingRef} tabIndex={-1}>
        {t("personRights.title", { name: personName })}
      </h2>
      <p className="hint">{t("personRights.intro", { name: personName })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={error ?? (rights.error ? errorText.message(rights.error) : null)} />
      {!data && !rights.error ? <p>{t("common.loading")}</p> : null}
      {data ? (
        <>
          {data.situation?.problems?.length ? <p className="note-box">{t("personRights.problems", { name: personName })}</p> : null}
          {check ? <CheckedWhen check={check} busy={busy} readOnly={readOnly} onRecheck={() => void recheck()} /> : <p>{t("personRights.none", { name: personName })}</p>}
          {readOnly ? null : (
            <div className="actions">
              <Link to={checkPath} className="button button-primary">
                {data.situation ? t("personRights.updateCheck") : t("personRights.doCheck")}
              </Link>
            </div>
          )}
          {check && check.rights.length > 0 ? (
            <ul className="card-list" aria-label={t("personRights.listLabel", { name: personName })}>
              {byOutcome(check.rights).map((right) => (
                <RightCheckCard key={right.id} check={right} info={catalogue.data?.rights.find((r) => r.id === right.id)} checkPath={readOnly ? undefined : checkPath}>
                  <TakeUpControl
                    personId={personId}
                    rightId={right.id}
                    rightName={right.name}
                    current={data.takeUp.find((x) => x.rightId === right.id) ?? null}
                    readOnly={readOnly}
                    onSaved={(takeUp) => takeUpSaved(takeUp, right.name)}
                  />
                </RightCheckCard>
              ))}
            </ul>
          ) : null}
          {check ? <UnavailableRights rights={check.unavailable} /> : null}
        </>
      ) : null}
    </section>
  );
}
