import { useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { addInvolvement, listAccounts, listInvolvements, removeInvolvement } from "../../api/admin.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { SelectField, TextField } from "../../components/Field.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText, type FieldMessages } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";

/**
 * Who works with whom. An admin cannot browse persons; the persons offered here are the ones
 * already in some involvement (their display name only), or a person id given by a colleague.
 */
export function InvolvementsSection(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const accounts = useLoad(listAccounts, []);
  const [userId, setUserId] = useState("");
  const mine = useLoad(async () => (userId ? listInvolvements({ userId }) : []), [userId]);
  const all = useLoad(() => listInvolvements({}), []);
  const [personId, setPersonId] = useState("");
  const [typedId, setTypedId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [status, setStatus] = useState<string | null>(null);

  const worker = accounts.data?.find((a) => a.id === userId);
  const candidates = useMemo(() => {
    const taken = new Set((mine.data ?? []).map((i) => i.personId));
    const byId = new Map<string, string>();
    for (const i of all.data ?? []) if (!taken.has(i.personId)) byId.set(i.personId, i.personDisplayName);
    return [...byId].sort((a, b) => a[1].localeCompare(b[1]));
  }, [all.data, mine.data]);

  const run = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    setError(null);
    setStatus(null);
    setFieldErrors({});
    try {
      await action();
      setStatus(done);
      await Promise.all([mine.reload(), all.reload()]);
    } catch (caught) {
      setError(errorText.message(caught));
      setFieldErrors(errorText.fields(caught));
    }
  };

  const onAdd = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const chosen = typedId.trim() || personId;
    if (!chosen || !userId) return;
    await run(() => addInvolvement(chosen, userId), t("admin.involvements.added"));
    setPersonId("");
    setTypedId("");
  };

  return (
    <section aria-labelledby="admin-involvements">
      <h2 id="admin-involvements">{t("admin.involvements.title")}</h2>
      <p className="hint">{t("admin.involvements.intro")}</p>
      <ErrorAlert message={error ?? (accounts.error ? errorText.message(accounts.error) : null)} />
      <StatusMessage message={status} />
      <SelectField label={t("admin.involvements.worker")} value={userId} onChange={(e) => setUserId(e.target.value)}>
        <option value="">{t("admin.involvements.chooseWorker")}</option>
        {(accounts.data ?? []).map((a) => (
          <option key={a.id} value={a.id}>
            {a.displayName} ({t(`role.${a.role}`)})
          </option>
        ))}
      </SelectField>
      {worker ? (
        <>
          <h3>{t("admin.involvements.listTitle", { name: worker.displayName })}</h3>
          {mine.data?.length === 0 ? <p>{t("admin.involvements.none")}</p> : null}
          <ul className="card-list">
            {mine.data?.map((i) => (
              <li key={i.personId} className="card row">
                <span>
                  {i.personDisplayName} <span className="meta">{t("admin.involvements.since", { date: format.date(i.since) })}</span>
                </span>
                <button
                  type="button"
                  className="button-danger"
                  aria-label={t("admin.involvements.removeLabel", { person: i.personDisplayName, worker: worker.displayName })}
                  onClick={() => void run(() => removeInvolvement(i.personId, userId), t("admin.involvements.removed"))}
                >
                  {t("admin.involvements.remove")}
                </button>
              </li>
            ))}
          </ul>
          <form onSubmit={(e) => void onAdd(e)} noValidate className="card">
            <h3>{t("admin.involvements.add")}</h3>
            <SelectField label={t("admin.involvements.person")} error={fieldErrors.personId} value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t("admin.involvements.choosePerson")}</option>
              {candidates.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </SelectField>
            <TextField label={t("admin.involvements.personId")} optional autoComplete="off" value={typedId} onChange={(e) => setTypedId(e.target.value)} />
            <button type="submit" className="button-primary" disabled={!personId && !typedId.trim()}>
              {t("admin.involvements.addSubmit")}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
