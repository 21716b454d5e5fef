import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { PageHeading } from "../../../components/PageHeading.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { listAppointments, type MoveRequest, type PortalAppointment } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { AppointmentCard } from "./AppointmentCard.tsx";
import { CalendarFeed } from "./CalendarFeed.tsx";

/** Coming ones first, soonest on top; earlier ones (of the last 30 days) after, latest on top. */
export function splitAppointments(items: readonly PortalAppointment[], now: number): { upcoming: PortalAppointment[]; earlier: PortalAppointment[] } {
  const time = (a: PortalAppointment): number => new Date(a.startsAt).getTime();
  const upcoming = items.filter((a) => time(a) + a.durationMinutes * 60_000 >= now).sort((a, b) => time(a) - time(b));
  const earlier = items.filter((a) => !upcoming.includes(a)).sort((a, b) => time(b) - time(a));
  return { upcoming, earlier };
}

export function AppointmentsPage(): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const appointments = useLoad(listAppointments, []);
  const [status, setStatus] = useState<string | null>(null);
  const [now] = useState(() => new Date().getTime());
  const { upcoming, earlier } = splitAppointments(appointments.data ?? [], now);

  const requested = (appointmentId: string, request: MoveRequest): void => {
    appointments.setData((current) => current?.map((a) => (a.id === appointmentId ? { ...a, moveRequest: request } : a)));
    setStatus(t("appointments.sent"));
  };

  const list = (items: PortalAppointment[], areUpcoming: boolean): ReactNode => (
    <ul className="portal-list">
      {items.map((appointment) => (
        <AppointmentCard key={appointment.id} appointment={appointment} upcoming={areUpcoming} onRequested={requested} />
      ))}
    </ul>
  );

  return (
    <>
      <PageHeading>{t("appointments.title")}</PageHeading>
      <StatusMessage message={status} />
      <ErrorAlert message={appointments.error ? errors.message(appointments.error) : null} />
      <h2>{t("appointments.upcoming")}</h2>
      {appointments.loading && !appointments.data ? <Loading /> : null}
      {appointments.data && upcoming.length === 0 ? <p>{t("appointments.noneUpcoming")}</p> : null}
      {upcoming.length > 0 ? list(upcoming, true) : null}
      {earlier.length > 0 ? (
        <>
          <h2>{t("appointments.earlier")}</h2>
          {list(earlier, false)}
        </>
      ) : null}
      <CalendarFeed />
    </>
  );
}
