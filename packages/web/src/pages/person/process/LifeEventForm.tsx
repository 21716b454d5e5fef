import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EXPECTED_LIFE_EVENTS, isExpectedLifeEvent, LIFE_EVENT_KINDS, UNEXPECTED_LIFE_EVENTS, type LifeEventKind } from "@nabij/domain";
import { recordLifeEvent, type LifeEvent } from "../../../api/process.ts";
import { useDraftForm } from "../../../components/useDraftForm.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { DomainPicker } from "../../../components/DomainPicker.tsx";
import { SelectField, TextArea, TextField } from "../../../components/Field.tsx";
import { lifeEventInput, lifeEventProblems, NEW_LIFE_EVENT, type LifeEventDraft } from "./lifeEventDraft.ts";
import { SaveCancel } from "../../../components/SaveCancel.tsx";

const isKind = (value: string): value is LifeEventKind => (LIFE_EVENT_KINDS as readonly string[]).includes(value);

interface Props {
  personId: string;
  personName: string;
  onRecorded(event: LifeEvent): void;
  onCancel(): void;
}

/** A life event: what kind (expected or not), when, what it touches and changes, and the person's own words. */
export function LifeEventForm({ personId, personName, onRecorded, onCancel }: Props): ReactNode {
  const { t } = useTranslation();
  const { draft, change, fields, formRef, submit, onSubmit } = useDraftForm<LifeEventDraft>(
    NEW_LIFE_EVENT,
    (d) => Object.fromEntries(Object.entries(lifeEventProblems(d)).map(([field, key]) => [field, t(`lifeEvent.invalid.${key}`)])),
    async (d, id) => onRecorded(await recordLifeEvent(personId, lifeEventInput(d, id))),
  );
  const expectable = draft.kind !== "" && isExpectedLifeEvent(draft.kind);

  return (
    <form ref={formRef} className="card life-event-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="life-event-form-title">
      <h3 id="life-event-form-title">{t("lifeEvent.newTitle", { name: personName })}</h3>
      <ErrorAlert message={submit.error} />
      <SelectField label={t("lifeEvent.kind")} error={fields.kind} value={draft.kind} onChange={(e) => change({ kind: isKind(e.target.value) ? e.target.value : "" })}>
        <option value="">{t("lifeEvent.chooseKind")}</option>
        <optgroup label={t("lifeEvent.expectedGroup")}>
          {EXPECTED_LIFE_EVENTS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`lifeEventKind.${kind}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("lifeEvent.unexpectedGroup")}>
          {UNEXPECTED_LIFE_EVENTS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`lifeEventKind.${kind}`)}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <TextField label={t("lifeEvent.date")} type="date" error={fields.date} value={draft.date} onChange={(e) => change({ date: e.target.value })} />
      {expectable ? (
        <label className="choice">
          <input type="checkbox" checked={draft.expected} onChange={(e) => change({ expected: e.target.checked })} />
          <span>{t("lifeEvent.stillExpected")}</span>
        </label>
      ) : null}
      <TextField label={t("lifeEvent.titleField")} optional error={fields.title} maxLength={200} value={draft.title} onChange={(e) => change({ title: e.target.value })} />
      <DomainPicker legend={t("lifeEvent.domains")} value={draft.domains} onChange={(domains) => change({ domains })} error={fields.domains} />
      <TextArea label={t("lifeEvent.whatChanges")} optional rows={2} maxLength={4000} value={draft.whatChanges} onChange={(e) => change({ whatChanges: e.target.value })} />
      <TextArea label={t("process.ownWordsOf", { name: personName })} optional rows={2} maxLength={4000} value={draft.ownWords} onChange={(e) => change({ ownWords: e.target.value })} />
      <SaveCancel busy={submit.busy} saveLabel={t("lifeEvent.save")} onCancel={onCancel} />
    </form>
  );
}
