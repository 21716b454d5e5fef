import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AGENDA_TRANSITIONS, LIMITS, type AgendaStatus, type RaisedBy } from "@nabij/domain";
import type { AgendaItem } from "../../../api/types.ts";
import { TextArea } from "../../../components/Field.tsx";
import { RaisedByChoice } from "./RaisedByChoice.tsx";

/** What the item asks of the section: the new status, and for a drop who and why. */
export interface StatusPatch {
  status: AgendaStatus;
  droppedBy?: RaisedBy;
  dropReason?: string;
}

interface DropFormProps {
  title: string;
  onDrop(droppedBy: RaisedBy, reason: string): Promise<boolean>;
  onCancel(): void;
}

/** Dropping an item says who dropped it and why; the question takes focus so it is read first. */
function DropForm({ title, onDrop, onCancel }: DropFormProps): ReactNode {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [who, setWho] = useState<RaisedBy>("person");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (reason.trim() === "") {
      setReasonError(t("agenda.dropReasonRequired"));
      formRef.current?.querySelector("textarea")?.focus();
      return;
    }
    setReasonError(undefined);
    await onDrop(who, reason.trim());
  };

  return (
    <form ref={formRef} className="drop-form" aria-labelledby={headingId} noValidate onSubmit={(event) => void onSubmit(event)}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("agenda.dropTitle", { title })}
      </h4>
      <RaisedByChoice legend={t("agenda.dropWho")} value={who} onChange={setWho} />
      <TextArea
        label={t("agenda.dropWhy")}
        hint={t("agenda.dropWhyHint")}
        error={reasonError}
        required
        rows={2}
        maxLength={LIMITS.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button-danger">
          {t("agenda.dropSubmit")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

interface Props {
  item: AgendaItem;
  titleId: string;
  /** Resolves true when the change was saved. */
  onChange(patch: StatusPatch): Promise<boolean>;
}

/** Only the moves AGENDA_TRANSITIONS allows from the current status, one button each. */
export function StatusChange({ item, titleId, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const labelId = useId();
  const dropButton = useRef<HTMLButtonElement>(null);
  const [dropping, setDropping] = useState(false);
  const moves = AGENDA_TRANSITIONS[item.status];

  const cancelDrop = (): void => {
    setDropping(false);
    dropButton.current?.focus();
  };

  const drop = async (droppedBy: RaisedBy, dropReason: string): Promise<boolean> => {
    const saved = await onChange({ status: "dropped", droppedBy, dropReason });
    if (saved) setDropping(false);
    return saved;
  };

  return (
    <>
      <div className="status-moves" role="group" aria-labelledby={`${labelId} ${titleId}`}>
        <span id={labelId} className="status-moves-label">
          {t("agenda.changeStatus")}
        </span>
        {moves.map((status) =>
          status === "dropped" ? (
            <button key={status} type="button" ref={dropButton} aria-expanded={dropping} onClick={() => setDropping((open) => !open)}>
              {t(`agendaStatus.${status}`)}
            </button>
          ) : (
            <button key={status} type="button" onClick={() => void onChange({ status })}>
              {t(`agendaStatus.${status}`)}
            </button>
          ),
        )}
      </div>
      {dropping ? <DropForm title={item.title} onDrop={drop} onCancel={cancelDrop} /> : null}
    </>
  );
}
