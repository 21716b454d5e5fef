import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { updateAppointment } from "../../../api/appointments.ts";
import type { AgendaItem, Appointment } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useErrorText, type FieldMessages } from "../../../i18n/errors.ts";
import { useFormat } from "../../../i18n/format.ts";
import { AppointmentFacts, AppointmentWhen } from "./AppointmentFacts.tsx";
import { ChangeForm, type ChangeKind } from "./ChangeForm.tsx";

interface Props {
  appointment: Appointment;
  agenda: AgendaItem[];
  onChanged(appointment: Appointment, message: string): void;
  onStale(): Promise<void>;
}

export function AppointmentCard({ appointment: a, agenda, onChanged, onStale }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<ChangeKind, HTMLButtonElement>());
  const [changing, setChanging] = useState<ChangeKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cancelled = a.status === "cancelled";
  const items = agenda.filter((i) => a.agendaItemIds.includes(i.id));

  const close = (kind: ChangeKind): void => {
    setChanging(null);
    buttons.current.get(kind)?.focus();
  };

  const submit = async (kind: ChangeKind, change: { startsAt?: string; reason: string }): Promise<FieldMessages> => {
    setError(null);
    try {
      const saved = await updateAppointment(a.id, { ...change, ...(kind === "cancel" ? { status: "cancelled" } : {}), version: a.version });
      setChanging(null);
      onChanged(saved, t(kind === "move" ? "appointment.moved" : "appointment.cancelled"));
      titleRef.current?.focus();
      return {};
    } catch (caught) {
      setError(errorText.message(caught));
      if (caught instanceof ApiError && caught.code === "stale_version") {
        setChanging(null);
        await onStale();
      }
      return errorText.fields(caught);
    }
  };

  return (
    <li className={cancelled ? "card appointment appointment-cancelled" : "card appointment"}>
      <h4 id={titleId} ref={titleRef} tabIndex={-1} className="appointment-time">
        <AppointmentWhen appointment={a} />
      </h4>
      <AppointmentFacts appointment={a}>
        {items.length > 0 ? (
          <div>
            <dt>{t("appointment.agendaItems")}</dt>
            <dd>{items.map((i) => i.title).join(", ")}</dd>
          </div>
        ) : null}
        {a.reason ? (
          <div>
            <dt>{t("appointment.reason")}</dt>
            <dd>{a.reason}</dd>
          </div>
        ) : null}
      </AppointmentFacts>
      {a.moveRequest && !cancelled ? (
        <div className="move-request">
          <p>{t("appointment.moveRequest", { message: a.moveRequest.message })}</p>
          <p className="hint">{t("appointment.moveRequestAt", { date: format.dateTime(a.moveRequest.requestedAt) })}</p>
        </div>
      ) : null}
      <ErrorAlert message={error} />
      {!cancelled ? (
        <div className="actions" role="group" aria-labelledby={titleId}>
          {(["move", "cancel"] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              ref={(el) => {
                if (el) buttons.current.set(kind, el);
                else buttons.current.delete(kind);
              }}
              aria-expanded={changing === kind}
              onClick={() => setChanging(changing === kind ? null : kind)}
            >
              {t(kind === "move" ? "appointment.move" : "appointment.cancel")}
            </button>
          ))}
        </div>
      ) : null}
      {changing ? <ChangeForm key={changing} kind={changing} startsAt={a.startsAt} onSubmit={(change) => submit(changing, change)} onClose={() => close(changing)} /> : null}
    </li>
  );
}
