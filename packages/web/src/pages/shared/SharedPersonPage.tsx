import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { CONSENT_SCOPES, type ConsentScope } from "@nabij/domain";
import { listAgenda } from "../../api/agenda.ts";
import { listAppointments } from "../../api/appointments.ts";
import { listReceivedConsents } from "../../api/consents.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { AgendaItemDetails } from "../person/agenda/AgendaItemDetails.tsx";
import { useScopeWords } from "../person/consents/words.ts";
import { AppointmentFacts, AppointmentWhen } from "../person/appointments/AppointmentFacts.tsx";
import { EncounterList } from "../person/EncounterList.tsx";
import { byPerson } from "./byPerson.ts";
import { ReceivedConsentDetails } from "./ReceivedConsentDetails.tsx";

/** The parts this view can show; anything else given is named, not shown. */
const SHOWN: readonly ConsentScope[] = ["agenda", "appointments", "encounters", "life_domains", "network"];

// The person page's own sections, read only; loaded only when a consent gives them.
const LifeDomainsSection = lazy(async () => ({ default: (await import("../person/lifeDomains/LifeDomainsSection.tsx")).LifeDomainsSection }));
const NetworkSection = lazy(async () => ({ default: (await import("../person/network/NetworkSection.tsx")).NetworkSection }));

function SharedAgenda({ personId }: { personId: string }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const agenda = useLoad(() => listAgenda(personId), [personId]);
  return (
    <section aria-labelledby="shared-agenda">
      <h2 id="shared-agenda">{t("shared.agenda")}</h2>
      <ErrorAlert message={agenda.error ? errorText.message(agenda.error) : null} />
      {!agenda.data && !agenda.error ? <p>{t("common.loading")}</p> : null}
      {agenda.data?.length === 0 ? <p>{t("shared.agendaEmpty")}</p> : null}
      {agenda.data && agenda.data.length > 0 ? (
        <ol className="agenda-list">
          {agenda.data.map((item) => (
            <li key={item.id} className="card agenda-item">
              <h3>{item.title}</h3>
              <AgendaItemDetails item={item} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function SharedAppointments({ personId }: { personId: string }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const appointments = useLoad(() => listAppointments(personId), [personId]);
  const items = [...(appointments.data ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <section aria-labelledby="shared-appointments">
      <h2 id="shared-appointments">{t("shared.appointments")}</h2>
      <ErrorAlert message={appointments.error ? errorText.message(appointments.error) : null} />
      {!appointments.data && !appointments.error ? <p>{t("common.loading")}</p> : null}
      {appointments.data?.length === 0 ? <p>{t("shared.appointmentsEmpty")}</p> : null}
      {items.length > 0 ? (
        <ul className="card-list">
          {items.map((a) => (
            <li key={a.id} className={a.status === "cancelled" ? "card appointment appointment-cancelled" : "card appointment"}>
              <h3 className="appointment-time">
                <AppointmentWhen appointment={a} />
              </h3>
              <AppointmentFacts appointment={a} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/**
 * What a person of another organisation shares with me, read only: only the parts their
 * consents give (the agenda, appointments, life domains, the network, encounters without
 * notes), nothing to change.
 */
export function SharedPersonPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const scopeWords = useScopeWords();
  const { personId = "" } = useParams();
  const received = useLoad(listReceivedConsents, []);
  const back = (
    <p>
      <Link to="/shared">{t("shared.back")}</Link>
    </p>
  );

  if (received.error) {
    return (
      <>
        <PageHeading>{t("shared.title")}</PageHeading>
        <ErrorAlert message={errorText.message(received.error)} />
        {back}
      </>
    );
  }
  if (!received.data) return <Loading />;
  const person = byPerson(received.data).find((p) => p.personId === personId);
  if (!person) {
    return (
      <>
        <PageHeading>{t("shared.title")}</PageHeading>
        <p>{t("shared.notShared")}</p>
        {back}
      </>
    );
  }

  const given = new Set(person.consents.flatMap((c) => c.scopes));
  const scopes = CONSENT_SCOPES.filter((s) => given.has(s));
  const notShown = scopes.filter((s) => !SHOWN.includes(s));

  return (
    <>
      <PageHeading>{person.displayName}</PageHeading>
      <p className="access-note">
        {t("accessBasis.consent")} {t("shared.readOnly")}
      </p>
      {person.consents.map((consent) => (
        <ReceivedConsentDetails key={consent.consentId} consent={consent} />
      ))}
      {given.has("agenda") ? <SharedAgenda personId={person.personId} /> : null}
      {given.has("appointments") ? <SharedAppointments personId={person.personId} /> : null}
      {given.has("life_domains") ? (
        <Suspense fallback={<Loading />}>
          <LifeDomainsSection personId={person.personId} personName={person.displayName} readOnly />
        </Suspense>
      ) : null}
      {given.has("network") ? (
        <Suspense fallback={<Loading />}>
          <NetworkSection personId={person.personId} personName={person.displayName} readOnly />
        </Suspense>
      ) : null}
      {given.has("encounters") ? <EncounterList personId={person.personId} shared /> : null}
      {notShown.length > 0 ? <p>{t("shared.notShown", { parts: scopeWords(notShown) })}</p> : null}
      {back}
    </>
  );
}
