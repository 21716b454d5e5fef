import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { listPersons } from "../../api/persons.ts";
import type { NamedRef, PersonSummary } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { TextArea, TextField } from "../../components/Field.tsx";
import { useDebouncedValue } from "../../hooks/useDebouncedValue.ts";
import { useFocusFirstInvalid } from "../../hooks/useFocusFirstInvalid.ts";

export type ConsentMethod = "verbal" | "written";

export interface LinkChoice {
  person: NamedRef;
  method: ConsentMethod;
  note: string;
}

interface Props {
  id: string;
  /** Persons linked already: not offered again. */
  linkedIds: ReadonlySet<string>;
  busy: boolean;
  onLink(choice: LinkChoice): Promise<void>;
  onCancel(): void;
}

interface Problems {
  person?: string;
  consent?: string;
  method?: string;
}

/**
 * Two steps in one form: which person (searched in my caseload), then the person's consent, which
 * must be confirmed explicitly (a checkbox, how it was given, an optional note).
 */
export function LinkForm({ id, linkedIds, busy, onLink, onCancel }: Props): ReactNode {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const radioName = useId();
  const [q, setQ] = useState("");
  const search = useDebouncedValue(q.trim(), 300);
  const [results, setResults] = useState<PersonSummary[] | null>(null);
  const [searchFailed, setSearchFailed] = useState(false);
  const [person, setPerson] = useState<NamedRef | null>(null);
  const [consent, setConsent] = useState(false);
  const [method, setMethod] = useState<ConsentMethod | null>(null);
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<Problems>({});

  useEffect(() => headingRef.current?.focus(), []);

  useEffect(() => {
    const controller = new AbortController();
    void listPersons(search, null, controller.signal).then(
      (page) => {
        setResults(page.items.slice(0, 8));
        setSearchFailed(false);
      },
      (caught: unknown) => {
        if (caught instanceof DOMException && caught.name === "AbortError") return;
        setResults([]);
        setSearchFailed(true);
      },
    );
    return () => controller.abort();
  }, [search]);

  const offered = (results ?? []).filter((p) => !linkedIds.has(p.id));
  const options = person && !offered.some((p) => p.id === person.id) ? [person, ...offered] : offered;

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const found: Problems = {};
    if (!person) found.person = t("anonymousEncounters.choosePersonFirst");
    if (!consent) found.consent = t("anonymousEncounters.consentRequired");
    if (!method) found.method = t("anonymousEncounters.methodRequired");
    setProblems(found);
    if (!person || !consent || !method) {
      focusFirstInvalid();
      return;
    }
    await onLink({ person, method, note: note.trim() });
  };

  const personErrorId = `${id}-person-error`;
  const methodErrorId = `${id}-method-error`;
  const consentErrorId = `${id}-consent-error`;

  return (
    <form ref={formRef} id={id} className="link-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(e) => void onSubmit(e)}>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t("anonymousEncounters.linkTitle")}
      </h3>
      <fieldset className={problems.person ? "field-invalid" : undefined} aria-describedby={problems.person ? personErrorId : undefined}>
        <legend>{t("anonymousEncounters.stepPerson")}</legend>
        <TextField label={t("anonymousEncounters.searchPerson")} type="search" maxLength={LIMITS.search} value={q} onChange={(e) => setQ(e.target.value)} />
        {searchFailed ? <ErrorAlert message={t("anonymousEncounters.searchFailed")} /> : null}
        {results !== null && options.length === 0 && !searchFailed ? <p>{t("anonymousEncounters.noPersons")}</p> : null}
        <div className="choice-list">
          {options.map((p, index) => (
            <label className="choice" key={p.id}>
              <input
                type="radio"
                name={radioName}
                checked={person?.id === p.id}
                aria-invalid={index === 0 && problems.person ? true : undefined}
                onChange={() => setPerson({ id: p.id, displayName: p.displayName })}
              />
              <span>{p.displayName}</span>
            </label>
          ))}
        </div>
        {problems.person ? (
          <p className="field-error" id={personErrorId}>
            {problems.person}
          </p>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t("anonymousEncounters.stepConsent")}</legend>
        <p className="hint">{t("anonymousEncounters.consentHint")}</p>
        <div className={problems.consent ? "field field-invalid" : "field"}>
          <label className="choice">
            <input
              type="checkbox"
              checked={consent}
              aria-invalid={problems.consent ? true : undefined}
              aria-describedby={problems.consent ? consentErrorId : undefined}
              onChange={(e) => setConsent(e.target.checked)}
            />
            <span>{t("anonymousEncounters.consentGiven")}</span>
          </label>
          {problems.consent ? (
            <p className="field-error" id={consentErrorId}>
              {problems.consent}
            </p>
          ) : null}
        </div>
        <fieldset className={problems.method ? "field-invalid" : undefined} aria-describedby={problems.method ? methodErrorId : undefined}>
          <legend>{t("anonymousEncounters.method")}</legend>
          <div className="choice-list">
            {(["verbal", "written"] as const).map((m, index) => (
              <label className="choice" key={m}>
                <input
                  type="radio"
                  name={`${radioName}-method`}
                  checked={method === m}
                  aria-invalid={index === 0 && problems.method ? true : undefined}
                  onChange={() => setMethod(m)}
                />
                <span>{t(`anonymousEncounters.methods.${m}`)}</span>
              </label>
            ))}
          </div>
          {problems.method ? (
            <p className="field-error" id={methodErrorId}>
              {problems.method}
            </p>
          ) : null}
        </fieldset>
        <TextArea
          label={t("anonymousEncounters.consentNote")}
          hint={t("anonymousEncounters.consentNoteHint")}
          optional
          rows={2}
          maxLength={LIMITS.reason}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </fieldset>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t("common.saving") : t("anonymousEncounters.linkSubmit")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
