import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { HouseholdMember, HouseholdRole } from "../../api/rightsTypes.ts";
import { SelectField, TextField } from "../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../hooks/useFocusFirstInvalid.ts";
import { useFormat } from "../../i18n/format.ts";
import type { AnswerProps } from "./AnswerInputs.tsx";
import { HOUSEHOLD_ROLES, isAdultChild, isDay, memberGaps, membersOf, type MemberGap } from "./situation.ts";

interface Draft {
  role: HouseholdRole | "";
  birthDate: string;
  dependent: boolean | null;
  childBenefit: boolean | null;
}

const EMPTY: Draft = { role: "", birthDate: "", dependent: null, childBenefit: null };

type DraftErrors = Partial<Record<keyof Draft, string>>;

const isRole = (value: string): value is HouseholdRole => (HOUSEHOLD_ROLES as readonly string[]).includes(value);
const isEmpty = (draft: Draft): boolean => draft.role === "" && draft.birthDate === "" && draft.dependent === null && draft.childBenefit === null;
const draftOf = (member: HouseholdMember): Draft => ({
  role: member.role,
  birthDate: member.birthDate ?? "",
  dependent: member.dependent ?? null,
  childBenefit: member.childBenefit ?? null,
});

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

/** Where the focus goes once the list changed: a member's "Edit" button, or the form's first field. */
type FocusTarget = { member: number } | "form" | null;

/**
 * Who else lives at the address: a small form adds one person at a time (role, birth date, ten
 * laste, and for a child of 18 to 24 on the check's date whether child benefit is still paid) or
 * changes one added before; "lives alone" answers with nobody ([]). The household only counts as
 * answered when every member has what the rules need, so "done" refuses an incomplete member.
 */
export function MembersAnswer({ date, initial, busy, labelledBy, describedBy, onAnswer, onProblem }: AnswerProps): ReactNode {
  const { t } = useTranslation();
  const memberText = useMemberText();
  const dependentName = useId();
  const dependentError = useId();
  const confirmId = useId();
  const formRef = useRef<HTMLFieldSetElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const [members, setMembers] = useState<HouseholdMember[]>(membersOf(initial));
  const [draft, setDraft] = useState<Draft>(EMPTY);
  /** The index of the member the form is changing; null when it adds one. */
  const [editing, setEditing] = useState<number | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [confirmAlone, setConfirmAlone] = useState(false);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);

  useEffect(() => {
    if (focusTarget === null) return;
    setFocusTarget(null);
    if (focusTarget === "form") formRef.current?.querySelector("select")?.focus();
    else listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-edit]")[focusTarget.member]?.focus();
  }, [focusTarget]);

  useEffect(() => {
    if (confirmAlone) confirmRef.current?.focus();
  }, [confirmAlone]);

  const gapWords = (gaps: readonly MemberGap[]): string => gaps.map((gap) => t(`rightsCheck.memberGap.${gap}`)).join(", ");
  const gapText = (gaps: readonly MemberGap[]): string => t("rightsCheck.memberMissing", { what: gapWords(gaps) });

  /** The errors of the form for what a member lacks. */
  const errorsOf = (gaps: readonly MemberGap[]): DraftErrors => ({
    ...(gaps.includes("birthDate") ? { birthDate: t("rightsCheck.invalid.date") } : {}),
    ...(gaps.includes("dependent") ? { dependent: t("rightsCheck.memberDependentRequired") } : {}),
    ...(gaps.includes("childBenefit") ? { childBenefit: t("rightsCheck.memberDependentRequired") } : {}),
  });

  /** The member the form holds, or null (with the errors shown) when something is missing. */
  const complete = (): HouseholdMember | null => {
    const found: DraftErrors = {};
    if (draft.role === "") found.role = t("rightsCheck.memberRoleRequired");
    if (!isDay(draft.birthDate)) found.birthDate = t("rightsCheck.invalid.date");
    if (draft.dependent === null) found.dependent = t("rightsCheck.memberDependentRequired");
    const asksChildBenefit = isAdultChild(draft, date);
    if (asksChildBenefit && draft.childBenefit === null) found.childBenefit = t("rightsCheck.memberDependentRequired");
    setErrors(found);
    if (draft.role === "" || draft.dependent === null || Object.keys(found).length > 0) {
      focusInvalid();
      return null;
    }
    return { role: draft.role, birthDate: draft.birthDate, dependent: draft.dependent, ...(asksChildBenefit && draft.childBenefit !== null ? { childBenefit: draft.childBenefit } : {}) };
  };

  /** The list with the form's member in it (added, or in place of the one being changed). */
  const withDraft = (member: HouseholdMember): HouseholdMember[] =>
    editing === null ? [...members, member] : members.map((m, i) => (i === editing ? member : m));

  const resetForm = (): void => {
    setDraft(EMPTY);
    setEditing(null);
    setErrors({});
  };

  const add = (): void => {
    const member = complete();
    if (!member) return;
    const at = editing ?? members.length;
    setMembers(withDraft(member));
    resetForm();
    setFocusTarget(editing === null ? "form" : { member: at });
  };

  /** Loads a member into the form, to change it. */
  const edit = (index: number): void => {
    const member = members[index];
    if (!member) return;
    setConfirmAlone(false);
    setDraft(draftOf(member));
    setEditing(index);
    setErrors({});
    setFocusTarget("form");
  };

  const remove = (index: number): void => {
    const rest = members.filter((_, i) => i !== index);
    setMembers(rest);
    if (editing === index) resetForm();
    else if (editing !== null && editing > index) setEditing(editing - 1);
    // Focus on the member that took its place (or the one before), else on the form.
    setFocusTarget(rest.length === 0 ? "form" : { member: Math.min(index, rest.length - 1) });
  };

  /** Done: what the form still holds counts too; every member must have what the rules need. */
  const done = (): void => {
    setConfirmAlone(false);
    let all = members;
    if (!isEmpty(draft)) {
      const member = complete();
      if (!member) return;
      all = withDraft(member);
      setMembers(all);
      resetForm();
    }
    if (all.length === 0) return onProblem(t("rightsCheck.membersRequired"));
    // The first member the rules still lack something of goes into the form, with what it lacks marked.
    const incomplete = all.findIndex((member) => memberGaps(member, date).length > 0);
    const member = all[incomplete];
    if (member) {
      const gaps = memberGaps(member, date);
      onProblem(t("rightsCheck.memberIncomplete", { member: memberText(member), what: gapWords(gaps) }));
      setDraft(draftOf(member));
      setEditing(incomplete);
      setErrors(errorsOf(gaps));
      focusInvalid();
      return;
    }
    onAnswer(all);
  };

  /** "Lives alone" throws the list away: with people in it, only after a second yes. */
  const livesAlone = (): void => {
    if (members.length > 0 && !confirmAlone) setConfirmAlone(true);
    else onAnswer([]);
  };

  const changing = editing === null ? null : members[editing];
  return (
    <div className="members-answer" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {members.length > 0 ? (
        <ul className="member-list" ref={listRef} aria-label={t("rightsCheck.membersAdded")}>
          {members.map((member, index) => {
            const gaps = memberGaps(member, date);
            return (
              <li key={index} className={gaps.length > 0 ? "member-incomplete" : undefined}>
                <span>
                  {memberText(member)}
                  {gaps.length > 0 ? (
                    <>
                      {" "}
                      <span className="tag tag-warning">{gapText(gaps)}</span>
                    </>
                  ) : null}
                  {editing === index ? <span className="field-optional"> ({t("rightsCheck.memberBeingChanged")})</span> : null}
                </span>
                <span className="member-actions">
                  <button type="button" className="button-quiet" data-edit aria-label={t("rightsCheck.editMemberLabel", { member: memberText(member) })} onClick={() => edit(index)}>
                    {t("rightsCheck.editMember")}
                  </button>
                  <button type="button" className="button-quiet" aria-label={t("rightsCheck.removeMemberLabel", { member: memberText(member) })} onClick={() => remove(index)}>
                    {t("rightsCheck.removeMember")}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      <fieldset className="member-form" ref={formRef}>
        <legend>{changing ? t("rightsCheck.changeMember", { member: memberText(changing) }) : members.length > 0 ? t("rightsCheck.addAnotherMember") : t("rightsCheck.addMember")}</legend>
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
        {isAdultChild(draft, date) ? (
          <YesNo legend={t("rightsCheck.memberChildBenefit")} error={errors.childBenefit} value={draft.childBenefit} onChange={(childBenefit) => setDraft({ ...draft, childBenefit })} />
        ) : null}
        <div className="actions">
          <button type="button" onClick={add}>
            {editing === null ? t("rightsCheck.addMemberSubmit") : t("rightsCheck.saveMember")}
          </button>
          {editing !== null ? (
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                const at = editing;
                resetForm();
                setFocusTarget({ member: at });
              }}
            >
              {t("rightsCheck.cancelMemberChange")}
            </button>
          ) : null}
        </div>
      </fieldset>
      {confirmAlone ? (
        <div className="note-box" role="group" aria-labelledby={confirmId}>
          <p id={confirmId} ref={confirmRef} tabIndex={-1}>
            {t("rightsCheck.livesAloneConfirm", { count: members.length })}
          </p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={livesAlone}>
              {t("rightsCheck.livesAloneYes")}
            </button>
            <button type="button" className="button-quiet" onClick={() => setConfirmAlone(false)}>
              {t("rightsCheck.livesAloneNo")}
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="button-primary" disabled={busy} onClick={done}>
          {t("rightsCheck.membersDone")}
        </button>
        <button type="button" disabled={busy || confirmAlone} onClick={livesAlone}>
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
