import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TodayAppointment } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";

const MINUTE = 60_000;

export function TodayAppointments({ appointments }: { appointments: TodayAppointment[] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="today-appointments">
      <h2 id="today-appointments">{t("today.appointments")}</h2>
      {appointments.length === 0 ? <p>{t("today.noAppointments")}</p> : null}
      {appointments.length > 0 ? (
        <ul className="card-list">
          {appointments.map((a) => {
            const ends = new Date(new Date(a.startsAt).getTime() + a.durationMinutes * MINUTE).toISOString();
            const cancelled = a.status === "cancelled";
            return (
              <li key={a.id} className={cancelled ? "card appointment appointment-cancelled" : "card appointment"}>
                <p className="appointment-time">
                  <time dateTime={a.startsAt}>{format.time(a.startsAt)}</time>–<time dateTime={ends}>{format.time(ends)}</time>
                  {cancelled ? <span className="tag">{t("appointmentStatus.cancelled")}</span> : null}
                </p>
                <p>
                  <Link to={`/persons/${a.personId}`}>{a.personDisplayName}</Link>
                </p>
                <p className="meta">{a.place ?? t("appointment.atHome")}</p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
