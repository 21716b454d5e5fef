import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { getToday } from "../../api/today.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";
import { FeedPanel } from "../calendar/FeedPanel.tsx";
import { LapsedContacts } from "./LapsedContacts.tsx";
import { OpenAgendaItems } from "./OpenAgendaItems.tsx";
import { ReferralsToFollowUp } from "./ReferralsToFollowUp.tsx";
import { TodayAppointments } from "./TodayAppointments.tsx";
import { UpcomingLifeEvents } from "./UpcomingLifeEvents.tsx";

/** "Vandaag": the page after login. What is planned, who I have not seen for long, what is open. */
export function TodayPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const today = useLoad(getToday, []);

  return (
    <>
      <PageHeading>{t("today.title")}</PageHeading>
      {today.data ? <p className="today-date">{format.longDate(today.data.date)}</p> : null}
      <ErrorAlert message={today.error ? errorText.message(today.error) : null} />
      {!today.data && !today.error ? <Loading /> : null}
      {today.data ? (
        <>
          <TodayAppointments appointments={today.data.appointments} />
          <UpcomingLifeEvents events={today.data.upcomingLifeEvents} />
          <LapsedContacts contacts={today.data.lapsedContacts} lapseDays={today.data.lapseDays} />
          <ReferralsToFollowUp referrals={today.data.referralsToFollowUp} days={today.data.referralFollowUpDays} />
          <OpenAgendaItems items={today.data.openAgendaItems} />
          <section aria-labelledby="today-anonymous">
            <h2 id="today-anonymous">{t("today.anonymous")}</h2>
            <p>{t("today.anonymousIntro")}</p>
            <p>
              <Link to="/encounters/anonymous">{t("today.anonymousLink")}</Link>
            </p>
          </section>
          <FeedPanel personId={null} />
        </>
      ) : null}
    </>
  );
}
