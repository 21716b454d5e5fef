import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Appointment } from "../../../api/types.ts";
import { useFormat } from "../../../i18n/format.ts";

/** The heading's words: when, and whether it was cancelled. */
export function AppointmentWhen({ appointment: a }: { appointment: Appointment }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <time dateTime={a.startsAt}>{format.dateTime(a.startsAt)}</time>
      {a.status === "cancelled" ? <span className="tag">{t("appointmentStatus.cancelled")}</span> : null}
    </>
  );
}

/** How long, where, with whom; `children` adds rows of the same list. */
export function AppointmentFacts({ appointment: a, children }: { appointment: Appointment; children?: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="inline-details">
      <div>
        <dt>{t("appointment.duration")}</dt>
        <dd>{format.minutes(a.durationMinutes)}</dd>
      </div>
      <div>
        <dt>{t("appointment.place")}</dt>
        <dd>{a.place ?? t("appointment.atHome")}</dd>
      </div>
      <div>
        <dt>{t("appointment.workers")}</dt>
        <dd>{a.workers.map((w) => w.displayName).join(", ")}</dd>
      </div>
      {children}
    </dl>
  );
}
