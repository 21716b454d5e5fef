import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, ROLES, UI_LANGUAGES, type Role, type UiLanguage } from "@nabij/domain";
import { inviteAccount } from "../../api/admin.ts";
import type { Invitation, Team } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { SelectField, TextField } from "../../components/Field.tsx";
import { useErrorText, type FieldMessages } from "../../i18n/errors.ts";
import { TeamChoices } from "./TeamChoices.tsx";

export function InviteForm({ teams, onInvited }: { teams: Team[]; onInvited(invitation: Invitation): void }): ReactNode {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("worker");
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [language, setLanguage] = useState<UiLanguage>(() => UI_LANGUAGES.find((l) => l === i18n.language) ?? "nl-BE");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      onInvited(await inviteAccount({ email: email.trim(), displayName: displayName.trim(), role, teamIds, language }));
      setEmail("");
      setDisplayName("");
      setTeamIds([]);
    } catch (caught) {
      setError(errorText.message(caught));
      setFieldErrors(errorText.fields(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="card">
      <h3>{t("admin.accounts.invite")}</h3>
      <ErrorAlert message={error} />
      <TextField
        label={t("admin.accounts.displayName")}
        required
        maxLength={LIMITS.displayName}
        autoComplete="off"
        error={fieldErrors.displayName}
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
      />
      <TextField
        label={t("admin.accounts.email")}
        type="email"
        required
        maxLength={LIMITS.email}
        autoComplete="off"
        error={fieldErrors.email}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <SelectField label={t("admin.accounts.role")} error={fieldErrors.role} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("admin.accounts.language")} value={language} onChange={(e) => setLanguage(e.target.value as UiLanguage)}>
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`languages.${l}`, { ns: "person" })}
          </option>
        ))}
      </SelectField>
      <TeamChoices legend={t("admin.accounts.teams")} teams={teams} value={teamIds} onChange={setTeamIds} />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t("common.saving") : t("admin.accounts.inviteSubmit")}
      </button>
    </form>
  );
}
