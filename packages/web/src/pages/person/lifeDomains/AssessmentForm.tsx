import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, RATING_STEPS } from "@nabij/domain";
import { newClientId } from "../../../api/agenda.ts";
import { ApiError } from "../../../api/client.ts";
import { recordAssessment } from "../../../api/lifeDomains.ts";
import type { Assessment } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { TextArea, TextField } from "../../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../../hooks/useFocusFirstInvalid.ts";
import type { LifeDomainsState } from "../../../hooks/useLifeDomains.tsx";
import { fieldName, useErrorText, type FieldMessages } from "../../../i18n/errors.ts";
import { useUser } from "../../../session/SessionContext.tsx";
import { ColleaguesPicker } from "../../encounter/ColleaguesPicker.tsx";
import { assessedAt, domainOfField, EMPTY_DOMAIN, isFilled, localDay, toAssessmentInput, type AssessmentDraft, type DomainDraft } from "./assessmentDraft.ts";

interface ScaleProps {
  legend: string;
  name: string;
  value: number | null;
  error: string | undefined;
  errorId: string;
  onChange(value: number | null): void;
}

/** One rating on our own scale, with plain words; "no rating" is a choice too. */
function RatingScale({ legend, name, value, error, errorId, onChange }: ScaleProps): ReactNode {
  const { t } = useTranslation();
  const choices: Array<number | null> = [null, ...RATING_STEPS];
  return (
    <fieldset className="rating-scale">
      <legend>{legend}</legend>
      <div className="choice-list">
        {choices.map((step) => (
          <label className="choice" key={step ?? "none"}>
            <input
              type="radio"
              name={name}
              checked={value === step}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={() => onChange(step)}
            />
            <span>{step === null ? t("lifeDomains.noRating") : t("lifeDomains.ratingChoice", { n: step, label: t(`rating.${step as 1 | 2 | 3 | 4 | 5}`) })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface DomainProps {
  domainKey: string;
  name: string;
  personName: string;
  value: DomainDraft;
  open: boolean;
  error: string | undefined;
  onOpen(open: boolean): void;
  onChange(value: DomainDraft): void;
}

/** One domain, closed until the conversation gets there; it says what was filled in while closed. */
function DomainRating({ domainKey, name, personName, value, open, error, onOpen, onChange }: DomainProps): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const rated = (n: number | null): string => (n === null ? t("lifeDomains.notRated") : String(n));
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>): void => onOpen(event.currentTarget.open);
  return (
    <details className="disclosure rating-domain" open={open} onToggle={onToggle} data-domain={domainKey}>
      <summary>
        {name}
        {isFilled(value) ? (
          <span className="field-optional"> – {t("lifeDomains.filledIn", { name: personName, person: rated(value.person), worker: rated(value.worker) })}</span>
        ) : null}
      </summary>
      <div className={error ? "rating-domain-body field-invalid" : "rating-domain-body"}>
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <RatingScale
          legend={t("lifeDomains.personRating", { name: personName })}
          name={`${id}-person`}
          value={value.person}
          error={error}
          errorId={`${id}-error`}
          onChange={(person) => onChange({ ...value, person })}
        />
        <RatingScale
          legend={t("lifeDomains.workerRating")}
          name={`${id}-worker`}
          value={value.worker}
          error={undefined}
          errorId={`${id}-error`}
          onChange={(worker) => onChange({ ...value, worker })}
        />
        <TextArea
          label={t("lifeDomains.domainNote", { domain: name })}
          optional
          rows={2}
          maxLength={LIMITS.ownWords}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
        />
      </div>
    </details>
  );
}

interface Props {
  personId: string;
  personName: string;
  domains: LifeDomainsState;
  onRecorded(assessment: Assessment): void;
  onClose(): void;
}

/**
 * Going through the life domains together: per domain the person's own rating and the worker's
 * (either may stay empty) and a note; who took part, when, and a note on the whole.
 */
export function AssessmentForm({ personId, personName, domains, onRecorded, onClose }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingId = useRef<string | null>(null);
  const busy = useRef(false);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [draft, setDraft] = useState<AssessmentDraft>(() => ({ ratings: {}, personTookPart: true, workerIds: [], others: "", date: localDay(new Date()), note: "" }));
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [domainErrors, setDomainErrors] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => headingRef.current?.focus(), []);

  const offered = domains.offered.map((d) => d.key);
  const setDomain = (key: string, value: DomainDraft): void => setDraft((d) => ({ ...d, ratings: { ...d.ratings, [key]: value } }));
  const openDomain = (key: string, on: boolean): void =>
    setOpen((current) => {
      if (current.has(key) === on) return current;
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const showProblems = (message: string | null, fields: FieldMessages, perDomain: Record<string, string>): void => {
    setError(message);
    setFieldErrors(fields);
    setDomainErrors(perDomain);
    // A domain with a problem opens, so that focus can go to it.
    setOpen((current) => new Set([...current, ...Object.keys(perDomain)]));
    if (Object.keys(fields).length > 0 || Object.keys(perDomain).length > 0) focusFirstInvalid();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy.current) return;
    const now = new Date();
    const at = assessedAt(draft.date, now);
    const { input, keys } = toAssessmentInput(draft, offered, at ?? now.toISOString());
    const problems: FieldMessages = {};
    if (at === null) problems.assessedAt = t("fieldErrors.required");
    if (keys.length === 0) {
      showProblems(t("lifeDomains.nothingFilled"), problems, {});
      return;
    }
    if (Object.keys(problems).length > 0) {
      showProblems(null, problems, {});
      return;
    }
    busy.current = true;
    setSaving(true);
    showProblems(null, {}, {});
    pendingId.current ??= newClientId();
    try {
      const saved = await recordAssessment(personId, { ...input, id: pendingId.current });
      pendingId.current = null;
      onRecorded(saved);
    } catch (caught) {
      const fields: FieldMessages = {};
      const perDomain: Record<string, string> = {};
      const texts = errorText.fields(caught);
      const codes = caught instanceof ApiError ? caught.fields : [];
      for (const [field, text] of Object.entries(texts)) {
        const domain = domainOfField(field, keys);
        const code = codes.find((f) => fieldName(f.path) === field)?.code;
        if (domain) perDomain[domain] ??= code === "duplicate" ? t("lifeDomains.duplicate") : text;
        else if (field.startsWith("participants.workerIds")) fields.workerIds ??= text;
        else fields[field.replace(/^participants\./, "")] ??= text;
      }
      showProblems(errorText.message(caught), fields, perDomain);
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  const allOffered = [...offered, ...Object.keys(draft.ratings).filter((key) => !offered.includes(key) && isFilled(draft.ratings[key]))];

  return (
    <form ref={formRef} className="card assessment-form" aria-labelledby={headingId} noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("lifeDomains.formTitle", { name: personName })}
      </h3>
      <p className="hint">{t("lifeDomains.formIntro", { name: personName })}</p>
      <ErrorAlert message={error} />
      <div className="rating-domains">
        {allOffered.map((key) => (
          <DomainRating
            key={key}
            domainKey={key}
            name={domains.name(key)}
            personName={personName}
            value={draft.ratings[key] ?? EMPTY_DOMAIN}
            open={open.has(key)}
            error={domainErrors[key]}
            onOpen={(on) => openDomain(key, on)}
            onChange={(value) => setDomain(key, value)}
          />
        ))}
      </div>
      <fieldset>
        <legend>{t("lifeDomains.participants")}</legend>
        <div className="field">
          <label className="choice">
            <input type="checkbox" checked={draft.personTookPart} onChange={(e) => setDraft((d) => ({ ...d, personTookPart: e.target.checked }))} />
            <span>{t("lifeDomains.personTookPart", { name: personName })}</span>
          </label>
        </div>
        <ColleaguesPicker selfId={user.id} value={draft.workerIds} onChange={(workerIds) => setDraft((d) => ({ ...d, workerIds }))} />
        {fieldErrors.workerIds ? <p className="field-error">{fieldErrors.workerIds}</p> : null}
        <TextField
          label={t("lifeDomains.others")}
          hint={t("lifeDomains.othersHint")}
          optional
          maxLength={LIMITS.reason}
          error={fieldErrors.others}
          value={draft.others}
          onChange={(e) => setDraft((d) => ({ ...d, others: e.target.value }))}
        />
      </fieldset>
      <TextField label={t("lifeDomains.date")} type="date" required error={fieldErrors.assessedAt} value={draft.date} onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))} />
      <TextArea
        label={t("lifeDomains.note")}
        optional
        rows={3}
        maxLength={LIMITS.note}
        error={fieldErrors.note}
        value={draft.note}
        onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))}
      />
      <div className="actions">
        <button type="submit" className="button-primary">
          {saving ? t("common.saving") : t("lifeDomains.submit")}
        </button>
        <button type="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
