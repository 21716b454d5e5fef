import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BARRIER_REASONS, MECHANISM_TYPES, type MechanismType } from "@nabij/domain";
import { SelectField, TextField } from "../../components/Field.tsx";
import type { FieldMessages } from "../../i18n/errors.ts";
import { isBarrierReason } from "../person/referrals/referralNoteDraft.ts";
import { countsPerson, parseThemes, type SignalDraft } from "./signalDraft.ts";

interface Props {
  draft: SignalDraft;
  errors: FieldMessages;
  onChange(patch: Partial<SignalDraft>): void;
}

const isMechanism = (value: string): value is MechanismType => (MECHANISM_TYPES as readonly string[]).includes(value);

/** What is behind it: the chosen kind explained under the list, and all of them one tap away. */
export function MechanismField({ draft, errors, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t("signalForm.mechanism")}
        hint={draft.mechanismType ? t(`mechanismHint.${draft.mechanismType}`) : undefined}
        error={errors.mechanismType}
        value={draft.mechanismType}
        onChange={(e) => onChange({ mechanismType: isMechanism(e.target.value) ? e.target.value : "" })}
      >
        <option value="">{t("signalForm.chooseMechanism")}</option>
        {MECHANISM_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`mechanismType.${type}`)}
          </option>
        ))}
      </SelectField>
      <details className="disclosure mechanism-help">
        <summary>{t("signalForm.mechanismHelp")}</summary>
        <dl className="details">
          {MECHANISM_TYPES.map((type) => (
            <div key={type}>
              <dt>{t(`mechanismType.${type}`)}</dt>
              <dd>{t(`mechanismHint.${type}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

/** Free words, separated by commas; what will be kept is shown under the field as it is read. */
export function ThemesField({ draft, errors, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const themes = parseThemes(draft.themes);
  return (
    <>
      <TextField label={t("signalForm.themes")} hint={t("signalForm.themesHint")} error={errors.themes} maxLength={700} value={draft.themes} onChange={(e) => onChange({ themes: e.target.value })} />
      {themes.length > 0 ? <p className="meta themes-read">{t("signalForm.themesRead", { themes: themes.join(", ") })}</p> : null}
    </>
  );
}

/** Only for a signal from a referral's barrier: what kind of barrier, as the referral said (the worker may change it). */
export function BarrierField({ draft, onChange }: Omit<Props, "errors">): ReactNode {
  const { t } = useTranslation();
  if (draft.source !== "referral_barrier") return null;
  return (
    <SelectField label={t("signalForm.barrierReason")} optional value={draft.barrierReason} onChange={(e) => onChange({ barrierReason: isBarrierReason(e.target.value) ? e.target.value : "" })}>
      <option value="">{t("signalForm.chooseBarrierReason")}</option>
      {BARRIER_REASONS.map((reason) => (
        <option key={reason} value={reason}>
          {t(`barrierReason.${reason}`)}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * How many people: with a known person, counting them (without a name) is the default; without
 * one, or with that turned off, a number.
 */
export function PeopleField({ draft, errors, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <fieldset className="people-field">
      <legend>{t("signalForm.people")}</legend>
      {draft.personId !== null ? (
        <>
          <label className="choice">
            <input type="checkbox" checked={draft.countPerson} aria-describedby={hintId} onChange={(e) => onChange({ countPerson: e.target.checked })} />
            <span>{t("signalForm.countPerson")}</span>
          </label>
          <p className="field-hint" id={hintId}>
            {t("signalForm.countPersonHint")}
          </p>
        </>
      ) : null}
      {countsPerson(draft) ? null : (
        <TextField
          label={t("signalForm.peopleCount")}
          hint={t("signalForm.peopleCountHint")}
          error={errors.peopleCount}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={draft.peopleCount}
          onChange={(e) => onChange({ peopleCount: e.target.value })}
        />
      )}
    </fieldset>
  );
}
