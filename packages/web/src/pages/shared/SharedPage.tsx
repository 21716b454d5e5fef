import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listReceivedConsents } from "../../api/consents.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { byPerson } from "./byPerson.ts";
import { ReceivedConsentDetails } from "./ReceivedConsentDetails.tsx";

/** "Gedeeld met mij": persons of other organisations who let me read parts of their file now. */
export function SharedPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const received = useLoad(listReceivedConsents, []);
  const persons = byPerson(received.data ?? []);
  return (
    <>
      <PageHeading>{t("shared.title")}</PageHeading>
      <p className="hint">{t("shared.intro")}</p>
      <ErrorAlert message={received.error ? errorText.message(received.error) : null} />
      {!received.data && !received.error ? <Loading /> : null}
      {received.data && persons.length === 0 ? <p>{t("shared.empty")}</p> : null}
      {persons.length > 0 ? (
        <ul className="card-list shared-list">
          {persons.map((person) => (
            <li key={person.personId} className="card">
              <h2>
                <Link to={`/shared/${encodeURIComponent(person.personId)}`}>{person.displayName}</Link>
              </h2>
              {person.consents.map((consent) => (
                <ReceivedConsentDetails key={consent.consentId} consent={consent} />
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
