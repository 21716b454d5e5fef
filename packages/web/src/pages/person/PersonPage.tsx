import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { getPerson } from "../../api/persons.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useUser } from "../../session/SessionContext.tsx";
import { FeedPanel } from "../calendar/FeedPanel.tsx";
import { flashFrom } from "../flash.ts";
import { AgendaSection } from "./agenda/AgendaSection.tsx";
import { AppointmentsSection } from "./appointments/AppointmentsSection.tsx";
import { AuditList } from "./AuditList.tsx";
import { EncounterList } from "./EncounterList.tsx";
import { FhirExport } from "./FhirExport.tsx";
import { InvolvedWorkers } from "./InvolvedWorkers.tsx";
import { PersonDetails } from "./PersonDetails.tsx";
import { RelationshipPanel } from "./RelationshipPanel.tsx";
import { StrengthsSection } from "./strengths/StrengthsSection.tsx";

// Used less often than the rest of the page: loaded when the page first shows them.
const PortalPanel = lazy(async () => ({ default: (await import("./PortalPanel.tsx")).PortalPanel }));
const ConsentsSection = lazy(async () => ({ default: (await import("./consents/ConsentsSection.tsx")).ConsentsSection }));
const LifeDomainsSection = lazy(async () => ({ default: (await import("./lifeDomains/LifeDomainsSection.tsx")).LifeDomainsSection }));
const NetworkSection = lazy(async () => ({ default: (await import("./network/NetworkSection.tsx")).NetworkSection }));
const LifeEventsSection = lazy(async () => ({ default: (await import("./process/LifeEventsSection.tsx")).LifeEventsSection }));
const AgreementsSection = lazy(async () => ({ default: (await import("./process/AgreementsSection.tsx")).AgreementsSection }));
const EvaluationsSection = lazy(async () => ({ default: (await import("./process/EvaluationsSection.tsx")).EvaluationsSection }));
const ReferralsSection = lazy(async () => ({ default: (await import("./referrals/ReferralsSection.tsx")).ReferralsSection }));
const RightsSection = lazy(async () => ({ default: (await import("./rights/RightsSection.tsx")).RightsSection }));

export function PersonPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const { id = "" } = useParams();
  const flash = flashFrom(useLocation().state);
  const { data: person, error, setData } = useLoad(() => getPerson(id), [id]);

  if (error) {
    return (
      <>
        <StatusMessage message={flash ? t(flash) : null} />
        <ErrorAlert message={errorText.message(error)} />
      </>
    );
  }
  if (!person) return <Loading />;

  // The log shows who looked: for the coordinator and the workers who carry the relation.
  const mayReadAudit = user.role === "coordinator" || person.involvedWorkers.some((w) => w.id === user.id);
  // The person's own Nabij and their consents are for the workers who carry the relation (a consent is not enough).
  const carriesRelation = person.access.basis === "involvement" || person.access.basis === "team";
  // The file leaving Nabij: an involved worker, or the coordinator of the team (the server refuses other colleagues).
  const mayExport = person.access.basis === "involvement" || (person.access.basis === "team" && user.role === "coordinator");

  return (
    <>
      <PageHeading>{person.displayName}</PageHeading>
      <StatusMessage message={flash ? t(flash) : null} />
      <p className="access-note">
        {t(`accessBasis.${person.access.basis}`)}{" "}
        {person.access.parts.length > 0
          ? t("person.visibleParts", { parts: person.access.parts.map((p) => t(`personPart.${p}`)).join(", ") })
          : null}
      </p>
      <Link to={`/encounters/new?personId=${encodeURIComponent(person.id)}`} state={{ person: { id: person.id, displayName: person.displayName } }} className="button button-primary button-big">
        {t("person.logEncounter")}
      </Link>
      <p>
        <Link to={`/persons/${encodeURIComponent(person.id)}/timeline`}>{t("timeline.link", { name: person.displayName })}</Link>
      </p>
      {person.access.parts.includes("agenda") ? (
        <>
          <AgendaSection personId={person.id} personName={person.displayName} />
          <Suspense fallback={<Loading />}>
            <LifeEventsSection personId={person.id} personName={person.displayName} readOnly={!carriesRelation} />
            <AgreementsSection personId={person.id} personName={person.displayName} readOnly={!carriesRelation} />
            <EvaluationsSection personId={person.id} personName={person.displayName} readOnly={!carriesRelation} />
          </Suspense>
          <StrengthsSection personId={person.id} personName={person.displayName} />
          <AppointmentsSection personId={person.id} personName={person.displayName} />
          <FeedPanel personId={person.id} personName={person.displayName} />
        </>
      ) : null}
      {person.access.parts.includes("life_domains") ? (
        <Suspense fallback={<Loading />}>
          <LifeDomainsSection personId={person.id} personName={person.displayName} readOnly={!carriesRelation} />
        </Suspense>
      ) : null}
      {person.access.parts.includes("network") ? (
        <Suspense fallback={<Loading />}>
          <NetworkSection personId={person.id} personName={person.displayName} readOnly={!carriesRelation} />
        </Suspense>
      ) : null}
      {person.access.parts.includes("referrals") ? (
        <Suspense fallback={<Loading />}>
          <ReferralsSection personId={person.id} personName={person.displayName} readOnly={!carriesRelation} />
        </Suspense>
      ) : null}
      {person.access.parts.includes("rights") ? (
        <Suspense fallback={<Loading />}>
          <RightsSection personId={person.id} personName={person.displayName} readOnly={!carriesRelation} />
        </Suspense>
      ) : null}
      <PersonDetails person={person} />
      <InvolvedWorkers person={person} onChanged={setData} />
      {carriesRelation ? (
        <>
          <Suspense fallback={<Loading />}>
            <PortalPanel person={person} />
            <ConsentsSection personId={person.id} personName={person.displayName} />
          </Suspense>
          {mayExport ? <FhirExport personId={person.id} personName={person.displayName} /> : null}
        </>
      ) : null}
      {person.access.parts.includes("encounters") ? <RelationshipPanel personId={person.id} /> : null}
      <EncounterList personId={person.id} />
      {mayReadAudit ? <AuditList personId={person.id} /> : null}
    </>
  );
}
