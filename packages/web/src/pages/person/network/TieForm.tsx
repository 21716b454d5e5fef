import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CLOSENESS, LIMITS, SUPPORT_KINDS, TIE_KINDS, type SupportKind, type TieKind } from "@nabij/domain";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { SelectField, TextArea, TextField } from "../../../components/Field.tsx";
import { useEntryForm, type EntryProblem } from "../../../components/useEntryForm.ts";
import { ServicePicker } from "./ServicePicker.tsx";
import { inOrder, type TieValues } from "./tieDraft.ts";

/** Why a save did not go through: one sentence, and messages per field. */
export type TieProblem = EntryProblem;

interface Props {
  title: string;
  personName: string;
  initial: TieValues;
  submitLabel: string;
  /** Resolves to null once saved (the form is then closed by its owner). */
  onSave(values: TieValues): Promise<TieProblem | null>;
  onClose(): void;
}

/** Adding or changing someone in the person's network; everything reachable by keyboard, Escape closes. */
export function TieForm({ title, personName, initial, submitLabel, onSave, onClose }: Props): ReactNode {
  const { t } = useTranslation();
  const { id, formRef, values, set, fieldErrors, error, saving, onSubmit, onKeyDown } = useEntryForm(initial, onSave, onClose);
  const toggleSupport = (kind: SupportKind, on: boolean): void => set("support", on ? inOrder([...values.support, kind]) : values.support.filter((s) => s !== kind));

  return (
    <form ref={formRef} className="card tie-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ErrorAlert message={error} />
      <TextField
        label={t("network.name")}
        hint={t("network.nameHint", { name: personName })}
        required
        maxLength={LIMITS.tieName}
        error={fieldErrors.name}
        value={values.name}
        onChange={(e) => set("name", e.target.value)}
      />
      <SelectField label={t("network.kind")} error={fieldErrors.kind} value={values.kind} onChange={(e) => set("kind", e.target.value as TieKind)}>
        {TIE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`tieKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("network.relation")}
        hint={t("network.relationHint")}
        optional
        maxLength={LIMITS.tieName}
        error={fieldErrors.relation}
        value={values.relation}
        onChange={(e) => set("relation", e.target.value)}
      />
      {values.kind === "professional" ? <ServicePicker selected={values.service} onSelect={(service) => set("service", service)} /> : null}
      <fieldset>
        <legend>{t("network.closeness", { name: personName })}</legend>
        <div className="choice-list">
          {CLOSENESS.map((c) => (
            <label className="choice" key={c}>
              <input type="radio" name={`${id}-closeness`} checked={values.closeness === c} onChange={() => set("closeness", c)} />
              <span>{t(`closeness.${c}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>
          {t("network.support", { name: personName })} <span className="field-optional">({t("common.optional")})</span>
        </legend>
        <div className="choice-list support-choices">
          {SUPPORT_KINDS.map((kind) => (
            <label className="choice" key={kind}>
              <input type="checkbox" checked={values.support.includes(kind)} onChange={(e) => toggleSupport(kind, e.target.checked)} />
              <span>{t(`support.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="choice">
          <input type="checkbox" aria-describedby={`${id}-stress-hint`} checked={values.stress} onChange={(e) => set("stress", e.target.checked)} />
          <span>{t("network.stress")}</span>
        </label>
        <p className="field-hint" id={`${id}-stress-hint`}>
          {t("network.stressHint", { name: personName })}
        </p>
      </div>
      <TextArea label={t("network.note")} optional rows={2} maxLength={LIMITS.ownWords} error={fieldErrors.note} value={values.note} onChange={(e) => set("note", e.target.value)} />
      <div className="actions">
        <button type="submit" className="button-primary">
          {saving ? t("common.saving") : submitLabel}
        </button>
        <button type="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
