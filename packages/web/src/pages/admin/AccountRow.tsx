import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "@nabij/domain";
import type { AccountPatch } from "../../api/admin.ts";
import type { Account, Team } from "../../api/types.ts";
import { SelectField } from "../../components/Field.tsx";
import { useFormat } from "../../i18n/format.ts";
import { TeamChoices } from "./TeamChoices.tsx";

interface Props {
  account: Account;
  teams: Team[];
  isSelf: boolean;
  onSave(account: Account, patch: AccountPatch): Promise<void>;
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

export function AccountRow({ account, teams, isSelf, onSave }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const [role, setRole] = useState<Role>(account.role);
  const [teamIds, setTeamIds] = useState<string[]>(account.teamIds);
  const [busy, setBusy] = useState(false);
  const changed = role !== account.role || !sameSet(teamIds, account.teamIds);

  const save = async (patch: AccountPatch): Promise<void> => {
    setBusy(true);
    try {
      await onSave(account, patch);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="card">
      <h3>{account.displayName}</h3>
      <p className="meta">
        {account.email} <span className={`tag tag-${account.status}`}>{t(`accountStatus.${account.status}`)}</span>
      </p>
      <p className="meta">{account.lastLoginAt ? t("admin.accounts.lastLogin", { date: format.dateTime(account.lastLoginAt) }) : t("admin.accounts.neverLoggedIn")}</p>
      <SelectField label={t("admin.accounts.roleOf", { name: account.displayName })} value={role} disabled={isSelf} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </SelectField>
      <TeamChoices legend={t("admin.accounts.teamsOf", { name: account.displayName })} teams={teams} value={teamIds} onChange={setTeamIds} />
      <div className="actions">
        <button type="button" className="button-primary" disabled={busy || !changed} onClick={() => void save({ role, teamIds })}>
          {t("admin.accounts.saveFor", { name: account.displayName })}
        </button>
        {isSelf ? null : account.status === "disabled" ? (
          <button type="button" disabled={busy} onClick={() => void save({ status: "active" })}>
            {t("admin.accounts.enable")}
          </button>
        ) : (
          <button type="button" className="button-danger" disabled={busy} onClick={() => void save({ status: "disabled" })}>
            {t("admin.accounts.disable")}
          </button>
        )}
      </div>
    </li>
  );
}
