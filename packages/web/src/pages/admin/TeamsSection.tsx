import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { createTeam, listTeams, renameTeam } from "../../api/admin.ts";
import type { Team } from "../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { TextField } from "../../components/Field.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";
import { isStale } from "./stale.ts";

interface Outcome {
  error: string | null;
  status: string | null;
}

function TeamRow({ team, onSave }: { team: Team; onSave(team: Team, name: string): Promise<boolean> }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const [name, setName] = useState(team.name);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    if (!(await onSave(team, name.trim()))) setName(team.name);
    setBusy(false);
  };
  return (
    <li className="card">
      <h3>{team.name}</h3>
      <p className="meta">{t("admin.teams.members", { count: format.number(team.memberIds.length) })}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="inline-form">
        <TextField label={t("admin.teams.rename", { name: team.name })} required maxLength={LIMITS.teamName} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={busy || name.trim() === "" || name.trim() === team.name}>
          {t("admin.teams.renameSubmit")}
        </button>
      </form>
    </li>
  );
}

export function TeamsSection(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const teams = useLoad(listTeams, []);
  const [newName, setNewName] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ error: null, status: null });

  const fail = async (caught: unknown): Promise<void> => {
    setOutcome({ error: errorText.message(caught), status: null });
    if (isStale(caught)) await teams.reload();
  };

  const onCreate = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!newName.trim()) return;
    try {
      const team = await createTeam(newName.trim());
      teams.setData((list) => [...(list ?? []), team]);
      setNewName("");
      setOutcome({ error: null, status: t("common.saved") });
    } catch (caught) {
      await fail(caught);
    }
  };

  const onRename = async (team: Team, name: string): Promise<boolean> => {
    try {
      const saved = await renameTeam(team, name);
      teams.setData((list) => list?.map((x) => (x.id === saved.id ? saved : x)));
      setOutcome({ error: null, status: t("common.saved") });
      return true;
    } catch (caught) {
      await fail(caught);
      return false;
    }
  };

  return (
    <section aria-labelledby="admin-teams">
      <h2 id="admin-teams">{t("admin.teams.title")}</h2>
      <ErrorAlert message={outcome.error ?? (teams.error ? errorText.message(teams.error) : null)} />
      <StatusMessage message={outcome.status} />
      <form onSubmit={(e) => void onCreate(e)} noValidate className="inline-form">
        <TextField label={t("admin.teams.name")} required maxLength={LIMITS.teamName} value={newName} onChange={(e) => setNewName(e.target.value)} />
        <button type="submit" disabled={newName.trim() === ""}>
          {t("admin.teams.create")}
        </button>
      </form>
      {!teams.data ? teams.error ? null : <Loading /> : null}
      {teams.data?.length === 0 ? <p>{t("admin.teams.empty")}</p> : null}
      <ul className="card-list">
        {teams.data?.map((team) => <TeamRow key={`${team.id}-${team.version}`} team={team} onSave={onRename} />)}
      </ul>
    </section>
  );
}
