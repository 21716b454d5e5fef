import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { LIMITS } from "@nabij/domain";
import { createEncounter } from "../../api/encounters.ts";
import { getPerson } from "../../api/persons.ts";
import type { NamedRef } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { DomainPicker } from "../../components/DomainPicker.tsx";
import { DurationInput } from "../../components/DurationInput.tsx";
import { TextArea, TextField } from "../../components/Field.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { PlaceTypeGrid } from "../../components/PlaceTypeGrid.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText, type FieldMessages } from "../../i18n/errors.ts";
import { isNetworkFailure, useOutbox } from "../../offline/OutboxContext.tsx";
import { useUser } from "../../session/SessionContext.tsx";
import { AnonymousFields } from "./AnonymousFields.tsx";
import { ColleaguesPicker } from "./ColleaguesPicker.tsx";
import { newDraft, toEncounterInput, type EncounterDraft } from "./draft.ts";
import { PersonPicker } from "./PersonPicker.tsx";

/**
 * Logging an encounter on a phone: everything has a sensible default except the place, so
 * the usual case is two taps (place, save). The save button sticks to the bottom of a phone
 * screen, so it is always one tap away whatever is open above it.
 */
/** The person page passes the person along, so the form also opens without a connection. */
function passedPerson(state: unknown, id: string | null): NamedRef | null {
  if (!id || typeof state !== "object" || state === null || !("person" in state)) return null;
  const person = (state as { person: unknown }).person;
  if (typeof person !== "object" || person === null) return null;
  const { id: passedId, displayName } = person as { id?: unknown; displayName?: unknown };
  return passedId === id && typeof displayName === "string" ? { id, displayName } : null;
}

export function EncounterFormPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fixedPersonId = params.get("personId");
  const passed = passedPerson(useLocation().state, fixedPersonId);
  const fixedPerson = useLoad(async () => (fixedPersonId ? getPerson(fixedPersonId) : null), [fixedPersonId]);
  const outbox = useOutbox();
  const [picked, setPicked] = useState<NamedRef | null>(null);
  const [draft, setDraft] = useState<EncounterDraft>(() => newDraft(new Date()));
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstPlace = useRef<HTMLInputElement>(null);

  const set = <K extends keyof EncounterDraft>(key: K, value: EncounterDraft[K]): void => setDraft((d) => ({ ...d, [key]: value }));
  const person: NamedRef | null = fixedPersonId ? (fixedPerson.data ?? passed) : picked;

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!draft.placeType) {
      setFieldErrors({ placeType: t("fieldErrors.placeTypeRequired") });
      setError(null);
      // Show the whole question with its error, then put focus on its first choice.
      firstPlace.current?.closest("fieldset")?.scrollIntoView({ block: "start" });
      firstPlace.current?.focus({ preventScroll: true });
      return;
    }
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const input = toEncounterInput(draft, draft.placeType, person?.id ?? null);
    const done = (flash: "person.encounterSaved" | "encounterForm.loggedAnonymous" | "offline.encounterSaved"): void => {
      if (person) void navigate(`/persons/${person.id}`, { state: { flash } });
      else void navigate("/", { state: { flash } });
    };
    // Without a connection the encounter is kept on the phone and sent when it returns.
    const keep = async (): Promise<void> => {
      await outbox.save({ kind: "encounter", data: input }, person?.displayName ?? (draft.nickname.trim() || null));
      done("offline.encounterSaved");
    };
    try {
      if (!navigator.onLine) {
        await keep();
        return;
      }
      try {
        await createEncounter(input);
      } catch (caught) {
        if (!isNetworkFailure(caught)) throw caught;
        await keep();
        return;
      }
      done(person ? "person.encounterSaved" : "encounterForm.loggedAnonymous");
    } catch (caught) {
      setError(errorText.message(caught));
      setFieldErrors(errorText.fields(caught));
      setBusy(false);
    }
  };

  if (fixedPersonId && fixedPerson.error && !passed) return <ErrorAlert message={errorText.message(fixedPerson.error)} />;
  if (fixedPersonId && !person) return <Loading />;

  return (
    <div className="narrow">
      <PageHeading>{person && fixedPersonId ? t("encounterForm.withPerson", { name: person.displayName }) : t("encounterForm.title")}</PageHeading>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="encounter-form">
        <ErrorAlert message={error} />
        {fixedPersonId ? (
          <p>
            <Link to="/encounters/new">{t("encounterForm.otherPerson")}</Link>
          </p>
        ) : (
          <PersonPicker selected={picked} onSelect={setPicked} />
        )}
        <PlaceTypeGrid value={draft.placeType} onChange={(p) => set("placeType", p)} error={fieldErrors.placeType} firstRef={firstPlace} />
        <TextField
          label={t("encounterForm.when")}
          type="datetime-local"
          error={fieldErrors.startedAt}
          value={draft.startedAt}
          onChange={(e) => set("startedAt", e.target.value)}
        />
        <DurationInput value={draft.duration} onChange={(v) => set("duration", v)} error={fieldErrors.durationMinutes} />
        <TextArea
          label={t("encounterForm.note")}
          hint={t("encounterForm.noteHint")}
          optional
          rows={3}
          maxLength={LIMITS.note}
          error={fieldErrors.note}
          value={draft.note}
          onChange={(e) => set("note", e.target.value)}
        />
        {person ? (
          <div className="field">
            <label className="choice">
              <input type="checkbox" aria-describedby="encounter-note-shared-hint" checked={draft.noteShared} onChange={(e) => set("noteShared", e.target.checked)} />
              <span>{t("encounterForm.noteShared", { name: person.displayName })}</span>
            </label>
            <p className="field-hint" id="encounter-note-shared-hint">
              {t("encounterForm.noteSharedHint", { name: person.displayName })}
            </p>
          </div>
        ) : null}
        <ColleaguesPicker selfId={user.id} value={draft.colleagueIds} onChange={(ids) => set("colleagueIds", ids)} />
        <DomainPicker
          legend={t("encounterForm.domains")}
          value={draft.domains}
          error={fieldErrors.domains ?? Object.entries(fieldErrors).find(([key]) => key.startsWith("domains."))?.[1]}
          onChange={(domains) => set("domains", domains)}
        />
        {person ? null : <AnonymousFields draft={draft} set={set} errors={fieldErrors} />}
        <div className="sticky-actions">
          <button type="submit" className="button-primary button-big" disabled={busy}>
            {busy ? t("common.saving") : t("encounterForm.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
