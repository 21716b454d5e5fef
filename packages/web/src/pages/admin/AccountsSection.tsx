import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listAccounts, listTeams, patchAccount, type AccountPatch } from "../../api/admin.ts";
import type { Account, Invitation } from "../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useUser } from "../../session/SessionContext.tsx";
import { AccountRow } from "./AccountRow.tsx";
import { InvitationLink } from "./InvitationLink.tsx";
import { InviteForm } from "./InviteForm.tsx";
import { isStale } from "./stale.ts";

export function AccountsSection(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const accounts = useLoad(listAccounts, []);
  const teams = useLoad(listTeams, []);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const onInvited = (created: Invitation): void => {
    setInvitation(created);
    accounts.setData((list) => [...(list ?? []), created.user]);
  };

  const onSave = async (account: Account, patch: AccountPatch): Promise<void> => {
    setError(null);
    setStatus(null);
    try {
      const saved = await patchAccount(account, patch);
      accounts.setData((list) => list?.map((a) => (a.id === saved.id ? saved : a)));
      setStatus(t("common.saved"));
    } catch (caught) {
      setError(errorText.message(caught));
      if (isStale(caught)) await accounts.reload();
    }
  };

  const loadError = accounts.error ?? teams.error;
  return (
    <section aria-labelledby="admin-accounts">
      <h2 id="admin-accounts">{t("admin.accounts.title")}</h2>
      <InviteForm teams={teams.data ?? []} onInvited={onInvited} />
      {invitation ? <InvitationLink invitation={invitation} /> : null}
      <ErrorAlert message={error ?? (loadError ? errorText.message(loadError) : null)} />
      <StatusMessage message={status} />
      {!accounts.data && !loadError ? <Loading /> : null}
      <ul className="card-list">
        {accounts.data?.map((account) => (
          <AccountRow key={`${account.id}-${account.version}`} account={account} teams={teams.data ?? []} isSelf={account.id === user.id} onSave={onSave} />
        ))}
      </ul>
    </section>
  );
}
