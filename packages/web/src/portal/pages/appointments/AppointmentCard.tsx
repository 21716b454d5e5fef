import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { TextArea } from "../../../components/Field.tsx";
import { requestMove, type MoveRequest, type PortalAppointment } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { usePortalFormat } from "../../format.ts";

interface Props {
  appointment: PortalAppointment;
  /** Past appointments cannot be moved any more. */
  upcoming: boolean;
  onRequested(appointmentId: string, request: MoveRequest): void;
}

/** One appointment: when, how long, where, with whom; and "ask to move it" with a message. */
export function AppointmentCard({ appointment, upcoming, onRequested }: Props): ReactNode {
  const { t } = useTranslation("portal");
  const format = usePortalFormat();
  const cancelled = appointment.status === "cancelled";
  const [asking, setAsking] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Closing the form puts focus back on the button that opened it.
  useEffect(() => {
    if (asking || !returnFocus.current) return;
    returnFocus.current = false;
    askButton.current?.focus();
  }, [asking]);

  const close = (): void => {
    returnFocus.current = true;
    setAsking(false);
  };

  return (
    <li className={cancelled ? "card appointment appointment-cancelled" : "card appointment"}>
      <h3>
        <time dateTime={appointment.startsAt}>{t("appointments.when", { date: format.longDate(appointment.startsAt), time: format.time(appointment.startsAt) })}</time>
      </h3>
      {cancelled ? <p className="status-tag status-dropped">{t("appointments.cancelled")}</p> : null}
      <p>{t("appointments.duration", { minutes: format.minutes(appointment.durationMinutes) })}</p>
      <p>{appointment.place ? t("appointments.place", { place: appointment.place }) : t("appointments.atHome")}</p>
      {appointment.workers.length > 0 ? <p>{t("appointments.with", { names: appointment.workers.join(", ") })}</p> : null}
      {appointment.moveRequest ? (
        <div className="note-box">
          <p>{t("appointments.requested", { date: format.day(appointment.moveRequest.requestedAt) })}</p>
          <p className="note" dir="auto">
            {appointment.moveRequest.message}
          </p>
        </div>
      ) : null}
      {upcoming && !cancelled && !asking ? (
        <div className="actions">
          <button type="button" ref={askButton} onClick={() => setAsking(true)}>
            {appointment.moveRequest ? t("appointments.askAgain") : t("appointments.ask")}
          </button>
        </div>
      ) : null}
      {asking ? (
        <MoveRequestForm
          appointmentId={appointment.id}
          onCancel={close}
          onSent={(request) => {
            onRequested(appointment.id, request);
            close();
          }}
        />
      ) : null}
    </li>
  );
}

function MoveRequestForm({ appointmentId, onCancel, onSent }: { appointmentId: string; onCancel(): void; onSent(request: MoveRequest): void }): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLDivElement>(null);

  useEffect(() => field.current?.querySelector("textarea")?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!message.trim()) {
      setFieldError(t("fieldErrors.required"));
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    try {
      onSent(await requestMove(appointmentId, message.trim()));
    } catch (caught) {
      setFieldError(errors.fields(caught).message);
      setError(errors.message(caught));
      setBusy(false);
    }
  };

  return (
    <form className="move-request" onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorAlert message={error} />
      <div ref={field}>
        <TextArea
          label={t("appointments.messageLabel")}
          hint={t("appointments.messageHint")}
          rows={3}
          required
          maxLength={LIMITS.moveRequest}
          error={fieldError}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t("common.saving") : t("appointments.send")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
