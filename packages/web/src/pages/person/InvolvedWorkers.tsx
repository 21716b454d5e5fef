import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../../api/client.ts";
import { listColleagues } from "../../api/encounters.ts";
import { endInvolvement, getPerson, involveColleague } from "../../api/persons.ts";
import type { NamedRef, Person } from "../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { ConfirmStep } from "../../components/ConfirmStep.tsx";
import { SelectField } from "../../components/Field.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useUser } from "../../session/SessionContext.tsx";

interface InvolveFormProps {
  involvedIds: ReadonlySet<string>;
  onInvolve(colleague: NamedRef): Promise<boolean>;
}

/** Picks a colleague of the organisation who is not involved yet. */
function InvolveForm({ involvedIds, onInvolve }: InvolveFormProps): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const colleagues = useLoad(listColleagues, []);
  const [userId, setUserId] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);

  if (colleagues.error) return <ErrorAlert message={errorText.message(colleagues.error)} />;
  if (!colleagues.data) return null;
  const candidates = colleagues.data.filter((c) => !involvedIds.has(c.id)).sort((a, b) => a.displayName.localeCompare(b.displayName));

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const chosen = candidates.find((c) => c.id === userId);
    if (!chosen) {
      setFieldError(t("involvement.chooseFirst"));
      formRef.current?.querySelector("select")?.focus();
      return;
    }
    setFieldError(undefined);
    if (await onInvolve(chosen)) setUserId("");
    formRef.current?.querySelector("select")?.focus();
  };

  return (
    <>
      <h3 id={headingId}>{t("involvement.add")}</h3>
      {candidates.length === 0 ? (
        <p>{t("involvement.noCandidates")}</p>
      ) : (
        <form ref={formRef} className="inline-form" aria-labelledby={headingId} noValidate onSubmit={(event) => void onSubmit(event)}>
          <SelectField label={t("involvement.colleague")} error={fieldError} value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">{t("involvement.chooseColleague")}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {t("involvement.colleagueOption", { name: c.displayName, role: t(`role.${c.role}`) })}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button-primary">
            {t("involvement.addSubmit")}
          </button>
        </form>
      )}
    </>
  );
}

/**
 * Who works with this person. An involved worker or a coordinator can involve a colleague and
 * end an involvement (after a confirmation); the server keeps at least one involved worker.
 */
export function InvolvedWorkers({ person, onChanged }: { person: Person; onChanged(person: Person): void }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const user = useUser();
  const navigate = useNavigate();
  const baseId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const busy = useRef(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const workers = person.involvedWorkers;
  const involvedIds = new Set(workers.map((w) => w.id));
  const mayManage = user.role === "coordinator" || involvedIds.has(user.id);

  /** Reads the person again; false when it failed (the error is shown). */
  const refresh = async (): Promise<boolean> => {
    try {
      onChanged(await getPerson(person.id));
      return true;
    } catch (caught) {
      setError(errorText.message(caught));
      return false;
    }
  };

  const involve = async (colleague: NamedRef): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    setError(null);
    setStatus(null);
    try {
      await involveColleague(person.id, colleague.id);
    } catch (caught) {
      const alreadyInvolved = caught instanceof ApiError && caught.code === "conflict";
      setError(alreadyInvolved ? t("involvement.alreadyInvolved") : errorText.message(caught));
      if (alreadyInvolved) await refresh();
      return false;
    } finally {
      busy.current = false;
    }
    setStatus(t("involvement.added", { name: colleague.displayName }));
    await refresh();
    return true;
  };

  const remove = async (worker: NamedRef): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    setStatus(null);
    const self = worker.id === user.id;
    try {
      await endInvolvement(person.id, worker.id);
    } catch (caught) {
      busy.current = false;
      setConfirming(null);
      const last = caught instanceof ApiError && caught.code === "rule_violation";
      setError(last ? t("involvement.lastWorker") : errorText.message(caught));
      removeButtons.current.get(worker.id)?.focus();
      return;
    }
    busy.current = false;
    setConfirming(null);
    if (self) {
      // Without involvement a worker no longer sees this person (a coordinator may, via the team).
      try {
        onChanged(await getPerson(person.id));
      } catch (caught) {
        if (caught instanceof ApiError && caught.code === "not_found") {
          void navigate("/", { state: { flash: "caseload.leftPerson" } });
          return;
        }
        setError(errorText.message(caught));
      }
    } else {
      await refresh();
    }
    setStatus(self ? t("involvement.removedSelf") : t("involvement.removed", { name: worker.displayName }));
    headingRef.current?.focus();
  };

  const cancel = (workerId: string): void => {
    setConfirming(null);
    removeButtons.current.get(workerId)?.focus();
  };

  const nameOf = (worker: NamedRef): string => (worker.id === user.id ? t("involvement.you", { name: worker.displayName }) : worker.displayName);

  return (
    <section aria-labelledby="person-involved">
      <h2 id="person-involved" ref={headingRef} tabIndex={-1}>
        {t("person.involved")}
      </h2>
      <ErrorAlert message={error} />
      <StatusMessage message={status} />
      {workers.length === 0 ? <p>{t("person.noneInvolved")}</p> : null}
      {workers.length > 0 && !mayManage ? (
        <ul className="plain-list">
          {workers.map((worker) => (
            <li key={worker.id}>{nameOf(worker)}</li>
          ))}
        </ul>
      ) : null}
      {workers.length > 0 && mayManage ? (
        <ul className="card-list">
          {workers.map((worker) => {
            const confirmId = `${baseId}-confirm-${worker.id}`;
            const open = confirming === worker.id;
            return (
              <li key={worker.id} className="card row">
                <span>{nameOf(worker)}</span>
                <button
                  type="button"
                  className="button-danger"
                  ref={(el) => {
                    if (el) removeButtons.current.set(worker.id, el);
                    else removeButtons.current.delete(worker.id);
                  }}
                  aria-label={t("involvement.removeLabel", { name: worker.displayName })}
                  aria-expanded={open}
                  aria-controls={open ? confirmId : undefined}
                  onClick={() => setConfirming(open ? null : worker.id)}
                >
                  {t("involvement.remove")}
                </button>
                {open ? (
                  <ConfirmStep
                    id={confirmId}
                    question={worker.id === user.id ? t("involvement.confirmRemoveSelf") : t("involvement.confirmRemove", { name: worker.displayName })}
                    confirmLabel={t("involvement.confirm")}
                    onConfirm={() => void remove(worker)}
                    onCancel={() => cancel(worker.id)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {mayManage ? <InvolveForm involvedIds={involvedIds} onInvolve={involve} /> : null}
    </section>
  );
}
