import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { getPerson, updatePerson } from "../../api/persons.ts";
import type { Person } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { PersonFields } from "../../components/PersonForm.tsx";
import { draftFromPerson, localErrors, mergeAfterConflict, toPatch, type DraftKey, type PersonDraft } from "../../components/personDraft.ts";
import { useFocusFirstInvalid } from "../../hooks/useFocusFirstInvalid.ts";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText, type FieldMessages } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";

type Notes = Partial<Record<DraftKey, string>>;

/**
 * Changes a person's details. Only the fields that changed are sent, with the version that was
 * read; when someone else saved in between (409), their changes come into the form and the
 * user's own changes stay, each marked, so nothing is lost by saving again.
 */
function PersonEditForm({ person, onReloaded }: { person: Person; onReloaded(person: Person): void }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [read, setRead] = useState<PersonDraft>(() => draftFromPerson(person));
  const [version, setVersion] = useState(person.version);
  const [draft, setDraft] = useState<PersonDraft>(read);
  const [notes, setNotes] = useState<Notes>({});
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const personUrl = `/persons/${encodeURIComponent(person.id)}`;

  const set = <K extends DraftKey>(key: K, value: PersonDraft[K]): void => setDraft((d) => ({ ...d, [key]: value }));

  /** A saved value in words, as the person page shows it. */
  const shown = (key: DraftKey, saved: PersonDraft): string => {
    if (key === "contactPreference") return saved.contactPreference ? t(`contactPreference.${saved.contactPreference}`) : "";
    if (key === "birthDate") return saved.birthDate ? format.date(saved.birthDate) : "";
    return saved[key];
  };

  const reloadAfterConflict = async (mine: PersonDraft): Promise<void> => {
    let fresh: Person;
    try {
      fresh = await getPerson(person.id);
    } catch (caught) {
      setError(errorText.message(caught));
      return;
    }
    const saved = draftFromPerson(fresh);
    const merged = mergeAfterConflict(read, mine, saved);
    const next: Notes = {};
    for (const key of merged.takenOver) next[key] = t("personEdit.takenOver");
    for (const key of merged.conflicts) {
      const value = shown(key, saved);
      next[key] = value ? t("personEdit.conflict", { value }) : t("personEdit.conflictCleared");
    }
    setRead(saved);
    setVersion(fresh.version);
    setDraft(merged.draft);
    setNotes(next);
    setError(t("personEdit.stale"));
    onReloaded(fresh);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const local = localErrors(draft, t);
    setFieldErrors(local);
    if (Object.keys(local).length > 0) {
      setError(t("errors.validation_failed"));
      focusFirstInvalid();
      return;
    }
    const patch = toPatch(read, draft, version);
    if (!patch) {
      void navigate(personUrl, { state: { flash: "person.noChanges" } });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await updatePerson(person.id, patch);
      void navigate(personUrl, { state: { flash: "person.personUpdated" } });
    } catch (caught) {
      setBusy(false);
      if (caught instanceof ApiError && caught.code === "stale_version") {
        await reloadAfterConflict(draft);
        return;
      }
      setError(errorText.message(caught));
      setFieldErrors(errorText.fields(caught));
      focusFirstInvalid();
    }
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
      <p className="hint">{t("personEdit.intro")}</p>
      <ErrorAlert message={error} />
      <PersonFields draft={draft} onChange={set} fieldErrors={fieldErrors} notes={notes} showContact={person.access.parts.includes("contact")} />
      <div className="actions">
        <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
          {busy ? t("common.saving") : t("personEdit.submit")}
        </button>
        <Link to={personUrl} className="button">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}

export function PersonEditPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { id = "" } = useParams();
  const { data: person, error, setData } = useLoad(() => getPerson(id), [id]);

  if (error) return <ErrorAlert message={errorText.message(error)} />;
  if (!person) return <Loading />;

  return (
    <div className="narrow">
      <PageHeading>{t("personEdit.title", { name: person.displayName })}</PageHeading>
      <PersonEditForm key={person.id} person={person} onReloaded={setData} />
    </div>
  );
}
