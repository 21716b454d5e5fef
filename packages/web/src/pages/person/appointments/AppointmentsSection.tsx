import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listAgenda } from "../../../api/agenda.ts";
import { listAppointments } from "../../../api/appointments.ts";
import type { Appointment } from "../../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { AppointmentCard } from "./AppointmentCard.tsx";
import { AppointmentForm } from "./AppointmentForm.tsx";

interface Props {
  personId: string;
  personName: string;
}

/** Appointments with the person: plan one, and the upcoming and past ones (move, cancel). */
export function AppointmentsSection({ personId, personName }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const appointments = useLoad(() => listAppointments(personId), [personId]);
  const agenda = useLoad(() => listAgenda(personId), [personId]);
  const [planning, setPlanning] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const planButton = useRef<HTMLButtonElement>(null);
  const focusPlanButton = useRef(false);

  useEffect(() => {
    if (planning || !focusPlanButton.current) return;
    focusPlanButton.current = false;
    planButton.current?.focus();
  }, [planning]);

  const now = new Date().toISOString();
  const items = appointments.data ?? [];
  const upcoming = items.filter((a) => a.startsAt >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = items.filter((a) => a.startsAt < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  const changed = (saved: Appointment, message: string): void => {
    appointments.setData((current) => [...(current ?? []).filter((a) => a.id !== saved.id), saved]);
    setStatus(message);
  };

  const closeForm = (): void => {
    focusPlanButton.current = true;
    setPlanning(false);
  };

  const list = (which: Appointment[]): ReactNode => (
    <ul className="card-list">
      {which.map((a) => (
        <AppointmentCard key={a.id} appointment={a} agenda={agenda.data ?? []} onChanged={changed} onStale={appointments.reload} />
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="person-appointments">
      <h2 id="person-appointments">{t("appointment.title")}</h2>
      <StatusMessage message={status} />
      <ErrorAlert message={appointments.error ? errorText.message(appointments.error) : null} />
      {!appointments.data && !appointments.error ? <p>{t("common.loading")}</p> : null}
      {appointments.data ? (
        <>
          {planning ? (
            <AppointmentForm
              personId={personId}
              personName={personName}
              agenda={agenda.data ?? []}
              onPlanned={(a) => {
                changed(a, t("appointment.planned"));
                closeForm();
              }}
              onClose={closeForm}
            />
          ) : (
            <div className="actions">
              <button type="button" ref={planButton} onClick={() => setPlanning(true)}>
                {t("appointment.plan")}
              </button>
            </div>
          )}
          <h3>{t("appointment.upcoming")}</h3>
          {upcoming.length === 0 ? <p>{t("appointment.noUpcoming")}</p> : list(upcoming)}
          {past.length > 0 ? (
            <details className="disclosure">
              <summary>{t("appointment.past", { total: past.length })}</summary>
              {list(past)}
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
