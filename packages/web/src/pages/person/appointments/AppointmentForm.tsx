import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { newClientId } from "../../../api/agenda.ts";
import { planAppointment } from "../../../api/appointments.ts";
import { listColleagues } from "../../../api/encounters.ts";
import type { AgendaItem, Appointment } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { TextField } from "../../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../../hooks/useFocusFirstInvalid.ts";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText, type FieldMessages } from "../../../i18n/errors.ts";
import { useUser } from "../../../session/SessionContext.tsx";
import { fromLocalInput } from "./localTime.ts";

interface Props {
  personId: string;
  personName: string;
  agenda: AgendaItem[];
  onPlanned(appointment: Appointment): void;
  onClose(): void;
}

const toggle = (list: string[], id: string, on: boolean): string[] => (on ? [...list, id] : list.filter((v) => v !== id));

/** Plan an appointment: when, how long, where (empty: at the person's home), what to discuss, who comes. */
export function AppointmentForm({ personId, personName, agenda, onPlanned, onClose }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const pendingId = useRef<string | null>(null);
  const colleagues = useLoad(listColleagues, []);
  const [startsAt, setStartsAt] = useState("");
  const [duration, setDuration] = useState("60");
  const [place, setPlace] = useState("");
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [workerIds, setWorkerIds] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => formRef.current?.querySelector("input")?.focus(), []);

  const openItems = agenda.filter((i) => i.status !== "done" && i.status !== "dropped");
  const others = (colleagues.data ?? []).filter((c) => c.id !== user.id);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const when = fromLocalInput(startsAt);
    const minutes = Number(duration);
    const problems: FieldMessages = {};
    if (!when) problems.startsAt = t("fieldErrors.required");
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > LIMITS.encounterMinutes) problems.durationMinutes = t("fieldErrors.invalid");
    setFieldErrors(problems);
    setError(null);
    if (!when || Object.keys(problems).length > 0) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    pendingId.current ??= newClientId();
    try {
      const saved = await planAppointment(personId, {
        id: pendingId.current,
        startsAt: when,
        durationMinutes: minutes,
        ...(place.trim() ? { place: place.trim() } : {}),
        agendaItemIds: itemIds,
        workerIds: [user.id, ...workerIds],
      });
      pendingId.current = null;
      onPlanned(saved);
    } catch (caught) {
      setError(errorText.message(caught));
      const fields = errorText.fields(caught);
      setFieldErrors(fields);
      if (Object.keys(fields).length > 0) focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="card" aria-labelledby={headingId} noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3 id={headingId}>{t("appointment.planTitle")}</h3>
      <ErrorAlert message={error} />
      <TextField label={t("appointment.startsAt")} type="datetime-local" required error={fieldErrors.startsAt} value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
      <TextField
        label={t("appointment.duration")}
        type="number"
        inputMode="numeric"
        min={5}
        max={LIMITS.encounterMinutes}
        error={fieldErrors.durationMinutes}
        value={duration}
        onChange={(e) => setDuration(e.target.value)}
      />
      <TextField
        label={t("appointment.place")}
        hint={t("appointment.placeHint", { name: personName })}
        optional
        maxLength={LIMITS.place}
        error={fieldErrors.place}
        value={place}
        onChange={(e) => setPlace(e.target.value)}
      />
      {openItems.length > 0 ? (
        <fieldset>
          <legend>
            {t("appointment.agendaItems")} <span className="field-optional">({t("common.optional")})</span>
          </legend>
          <div className="choice-list">
            {openItems.map((item) => (
              <label className="choice" key={item.id}>
                <input type="checkbox" checked={itemIds.includes(item.id)} onChange={(e) => setItemIds((l) => toggle(l, item.id, e.target.checked))} />
                <span>{item.title}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t("appointment.whoComes")}</legend>
        <p className="hint">{t("appointment.youCome")}</p>
        <div className="choice-list">
          {others.map((c) => (
            <label className="choice" key={c.id}>
              <input type="checkbox" checked={workerIds.includes(c.id)} onChange={(e) => setWorkerIds((l) => toggle(l, c.id, e.target.checked))} />
              <span>{c.displayName}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button-primary">
          {busy ? t("common.saving") : t("appointment.planSubmit")}
        </button>
        <button type="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
