import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { HouseholdMember, HouseholdRole } from "../../api/rightsTypes.ts";
import { SelectField, TextField } from "../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../hooks/useFocusFirstInvalid.ts";
import { useFormat } from "../../i18n/format.ts";
import type { AnswerProps } from "./AnswerInputs.tsx";
import { HOUSEHOLD_ROLES, isDay, membersOf } from "./situation.ts";

interface Draft {
  role: HouseholdRole | "";
  birthDate: string;
  dependent: boolean | null;
  childBenefit: boolean | null;
}

const EMPTY: Draft = { role: "", birthDate: "", dependent: null, childBenefit: null };

/** A child of 18 to 24 today counts for child benefit only while it is still paid: the form asks. */
function isAdultChild(draft: Pick<Draft, "role" | "birthDate">): boolean {
  if (draft.role !== "child" || !isDay(draft.birthDate)) return false;
  const today = new Date();
  const born = new Date(`${draft.birthDate}T00:00:00`);
  let age = today.getFullYear() - born.getFullYear();
  if (today.getMonth() < born.getMonth() || (today.getMonth() === born.getMonth() && today.getDate() < born.getDate())) age -= 1;
  return age >= 18 && age <= 24;
}
type DraftErrors = Partial<Record<keyof Draft, string>>;

const isRole = (value: string): value is HouseholdRole => (HOUSEHOLD_ROLES as readonly string[]).includes(value);
const isEmpty = (draft: Draft): boolean => draft.role === "" && draft.birthDate === "" && draft.dependent === null && draft.childBenefit === null;

/** "Partner, born 3 Jan 1980, dependent": one member in words. */
export function useMemberText(): (member: HouseholdMember) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (member) =>
    [
      t(`householdRole.${member.role}`),
      member.birthDate ? t("rightsCheck.bornOn", { date: format.date(member.birthDate) }) : null,
      member.dependent === undefined ? null : t(member.dependent ? "rightsCheck.dependent" : "rightsCheck.notDependent"),
      member.childBenefit === undefined ? null : t(member.childBenefit ? "rightsCheck.childBenefit" : "rightsCheck.noChildBenefit"),
    ]
      .filter(Boolean)
      .join(", ");
}

/**
 * Who else lives at the address: a small form adds one person at a time (role, birth date,
 * ten laste); "lives alone" answers with nobody ([]).
 */
export function MembersAnswer({ initial, busy, labelledBy, describedBy, onAnswer, onProblem }: AnswerProps): ReactNode {
  const { t } = useTranslation();
  const memberText = useMemberText();
  const dependentName = useId();
  const dependentError = useId();
  const formRef = useRef<HTMLFieldSetElement>(null);
  const [members, setMembers] = useState<HouseholdMember[]>(membersOf(initial));
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<DraftErrors>({});
  const focusInvalid = useFocusFirstInvalid(formRef);

  /** The member the form holds, or null (with the errors shown) when something is missing. */
  const complete = (): HouseholdMember | null => {
    const found: DraftErrors = {};
    if (draft.role === "") found.role = t("rightsCheck.memberRoleRequired");
    if (!isDay(draft.birthDate)) found.birthDate = t("rightsCheck.invalid.date");
    if (draft.dependent === null) found.dependent = t("rightsCheck.memberDependentRequired");
    const asksChildBenefit = isAdultChild(draft);
    if (asksChildBenefit && draft.childBenefit === null) found.childBenefit = t("rightsCheck.memberDependentRequired");
    setErrors(found);
    if (draft.role === "" || draft.dependent === null || Object.keys(found).length > 0) {
      focusInvalid();
      return null;
    }
    return { role: draft.role, birthDate: draft.birthDate, dependent: draft.dependent, ...(asksChildBenefit && draft.childBenefit !== null ? { childBenefit: draft.childBenefit } : {}) };
  };

  const add = (): void => {
    const member = complete();
    if (!member) return;
    setMembers((before) => [...before, member]);
    setDraft(EMPTY);
  };

  /** Done: what the form still holds counts too. */
  const done = (): void => {
    let all = members;
    if (!isEmpty(draft)) {
      const member = complete();
      if (!member) return;
      all = [...members, member];
      setMembers(all);
      setDraft(EMPTY);
    }
    if (all.length === 0) onProblem(t("rightsCheck.membersRequired"));
    else onAnswer(all);
  };

  return (
    <div className="members-answer" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {members.length > 0 ? (
        <ul className="member-list" aria-label={t("rightsCheck.membersAdded")}>
          {members.map((member, index) => (
            <li key={index}>
              <span>{memberText(member)}</span>
              <button type="button" className="button-quiet" aria-label={t("rightsCheck.removeMemberLabel", { member: memberText(member) })} onClick={() => setMembers((before) => before.filter((_, i) => i !== index))}>
                {t("rightsCheck.removeMember")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset className="member-form" ref={formRef}>
        <legend>{members.length > 0 ? t("rightsCheck.addAnotherMember") : t("rightsCheck.addMember")}</legend>
        <SelectField label={t("rightsCheck.memberRole")} error={errors.role} value={draft.role} onChange={(e) => setDraft({ ...draft, role: isRole(e.target.value) ? e.target.value : "" })}>
          <option value="">{t("rightsCheck.chooseRole")}</option>
          {HOUSEHOLD_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`householdRole.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("rightsCheck.memberBirthDate")} type="date" error={errors.birthDate} value={draft.birthDate} onChange={(e) => setDraft({ ...draft, birthDate: e.target.value })} />
        <fieldset className={errors.dependent ? "field-invalid" : undefined}>
          <legend>{t("rightsCheck.memberDependent")}</legend>
          <p className="field-hint">{t("rightsCheck.memberDependentHint")}</p>
          {errors.dependent ? (
            <p className="field-error" id={dependentError}>
              {errors.dependent}
            </p>
          ) : null}
          <div className="choice-list">
            {[true, false].map((value) => (
              <label className="choice" key={String(value)}>
                <input
                  type="radio"
                  name={dependentName}
                  checked={draft.dependent === value}
                  aria-invalid={errors.dependent ? true : undefined}
                  aria-describedby={errors.dependent ? dependentError : undefined}
                  onChange={() => setDraft({ ...draft, dependent: value })}
                />
                <span>{t(value ? "rightsCheck.yes" : "rightsCheck.no")}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {isAdultChild(draft) ? (
          <YesNo legend={t("rightsCheck.memberChildBenefit")} error={errors.childBenefit} value={draft.childBenefit} onChange={(childBenefit) => setDraft({ ...draft, childBenefit })} />
        ) : null}
        <button type="button" onClick={add}>
          {t("rightsCheck.addMemberSubmit")}
        </button>
      </fieldset>
      <div className="actions">
        <button type="button" className="button-primary" disabled={busy} onClick={done}>
          {t("rightsCheck.membersDone")}
        </button>
        <button type="button" disabled={busy} onClick={() => onAnswer([])}>
          {t("rightsCheck.livesAlone")}
        </button>
      </div>
    </div>
  );
}

/** A yes/no choice with its error, as the ten-laste question above. */
function YesNo({ legend, error, value, onChange }: { legend: string; error: string | undefined; value: boolean | null; onChange: (value: boolean) => void }): ReactNode {
  const { t } = useTranslation();
  const name = useId();
  const errorId = useId();
  return (
    <fieldset className={error ? "field-invalid" : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="choice-list">
        {[true, false].map((option) => (
          <label className="choice" key={String(option)}>
            <input type="radio" name={name} checked={value === option} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} onChange={() => onChange(option)} />
            <span>{t(option ? "rightsCheck.yes" : "rightsCheck.no")}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
