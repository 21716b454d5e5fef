import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { INSTITUTION_CATEGORIES, type InstitutionCategory } from "@nabij/domain";
import { createReferral, type Referral } from "../../../api/referrals.ts";
import { useDraftForm } from "../../../components/useDraftForm.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { SelectField, TextArea, TextField } from "../../../components/Field.tsx";
import { ServicePicker } from "../network/ServicePicker.tsx";
import { NEW_REFERRAL, referralInput, referralProblems, type ReferralDraft } from "./referralDraft.ts";
import { SaveCancel } from "../../../components/SaveCancel.tsx";

const isCategory = (value: string): value is InstitutionCategory => (INSTITUTION_CATEGORIES as readonly string[]).includes(value);

interface Props {
  personId: string;
  personName: string;
  onCreated(referral: Referral): void;
  onCancel(): void;
}

/** A new referral: where to, what kind of help, why, what may be shared (with consent), and a warm handover. */
export function ReferralForm({ personId, personName, onCreated, onCancel }: Props): ReactNode {
  const { t } = useTranslation();
  const { draft, change, fields, formRef, submit, onSubmit } = useDraftForm<ReferralDraft>(
    NEW_REFERRAL,
    (d) => Object.fromEntries(Object.entries(referralProblems(d)).map(([field, key]) => [field, t(`referral.invalid.${key}`)])),
    // One id per form: a retry after a lost answer does not make a second referral.
    async (d, id) => onCreated(await createReferral(referralInput(d, personId, id))),
  );

  return (
    <form ref={formRef} className="card referral-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="referral-form-title">
      <h3 id="referral-form-title">{t("referral.newTitle", { name: personName })}</h3>
      <ErrorAlert message={submit.error} />
      <ServicePicker
        legend={t("referral.where")}
        noneLabel={t("referral.otherOrganisation")}
        optional={false}
        selected={draft.service}
        onSelect={(service) => change({ service })}
      />
      {draft.service ? null : (
        <TextField
          label={t("referral.organisationName")}
          error={fields.organisationName ?? fields.serviceId}
          maxLength={200}
          value={draft.organisationName}
          onChange={(e) => change({ organisationName: e.target.value })}
        />
      )}
      <SelectField
        label={t("referral.category")}
        error={fields.institutionCategory}
        value={draft.institutionCategory}
        onChange={(e) => change({ institutionCategory: isCategory(e.target.value) ? e.target.value : "" })}
      >
        <option value="">{t("referral.chooseCategory")}</option>
        {INSTITUTION_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`institutionCategory.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextArea label={t("referral.reason")} hint={t("referral.reasonHint")} error={fields.reason} rows={2} maxLength={2000} value={draft.reason} onChange={(e) => change({ reason: e.target.value })} />
      <TextArea label={t("referral.shared")} hint={t("referral.sharedHint")} optional error={fields.shared} rows={2} maxLength={2000} value={draft.shared} onChange={(e) => change({ shared: e.target.value })} />
      <div className={fields.consentGiven ? "field field-invalid" : "field"}>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.consentGiven}
            aria-invalid={fields.consentGiven ? true : undefined}
            aria-describedby={fields.consentGiven ? "referral-consent-error" : undefined}
            onChange={(e) => change({ consentGiven: e.target.checked })}
          />
          <span>{t("referral.consent", { name: personName })}</span>
        </label>
        {fields.consentGiven ? (
          <p className="field-error" id="referral-consent-error">
            {fields.consentGiven}
          </p>
        ) : null}
      </div>
      <TextArea label={t("referral.handoverNote")} hint={t("referral.handoverHint")} optional rows={3} maxLength={4000} value={draft.handoverNote} onChange={(e) => change({ handoverNote: e.target.value })} />
      <fieldset>
        <legend>{t("referral.startAs")}</legend>
        <div className="choice-list">
          {(["requested", "draft"] as const).map((status) => (
            <label className="choice" key={status}>
              <input type="radio" name="referral-start" checked={draft.status === status} onChange={() => change({ status })} />
              <span>{t(`referral.start.${status}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <SaveCancel busy={submit.busy} saveLabel={t("referral.save")} onCancel={onCancel} />
    </form>
  );
}
