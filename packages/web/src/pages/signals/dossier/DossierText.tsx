import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DossierTextField } from "@nabij/domain";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { TextArea } from "../../../components/Field.tsx";

interface Props {
  field: DossierTextField;
  value: string | null;
  canEdit: boolean;
  /** Resolves to null once saved, else the sentence that says why not (the text stays as typed). */
  onSave(field: DossierTextField, text: string): Promise<string | null>;
}

/** One of the dossier's texts (analysis, position, actions, decisions, feedback): read, and for a coordinator changed in place. */
export function DossierText({ field, value, canEdit, onSave }: Props): ReactNode {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = t(`dossierField.${field}`);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (typed === null) return;
    setBusy(true);
    const problem = await onSave(field, typed);
    setBusy(false);
    setError(problem);
    if (!problem) setTyped(null);
  };

  return (
    <div className="dossier-text" data-field={field}>
      <h3>{label}</h3>
      <p className="hint">{t(`dossierHint.${field}`)}</p>
      {typed === null ? (
        <>
          {value ? <p className="dossier-text-value">{value}</p> : <p className="meta">{t("dossier.empty")}</p>}
          {canEdit ? (
            <button type="button" aria-label={t("dossier.editLabel", { field: label })} onClick={() => setTyped(value ?? "")}>
              {t("dossier.edit")}
            </button>
          ) : null}
        </>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <ErrorAlert message={error} />
          <TextArea label={label} rows={5} maxLength={20_000} value={typed} autoFocus onChange={(e) => setTyped(e.target.value)} />
          <div className="actions">
            <button type="submit" className="button-primary" disabled={busy}>
              {busy ? t("common.saving") : t("common.save")}
            </button>
            <button
              type="button"
              onClick={() => {
                setTyped(null);
                setError(null);
              }}
            >
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
