import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { NamedRef } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { WorkerSelect } from "../WorkerSelect.tsx";

interface Props {
  trekker: NamedRef;
  canEdit: boolean;
  onSave(trekkerId: string): Promise<string | null>;
}

/** Who pulls the dossier; a coordinator can hand it to someone else. */
export function TrekkerControl({ trekker, canEdit, onSave }: Props): ReactNode {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    const problem = await onSave(chosen);
    setBusy(false);
    setError(problem);
    if (!problem) setChosen(null);
  };

  return (
    <div className="trekker">
      <p>
        <strong>{t("dossier.trekker", { name: trekker.displayName })}</strong>
      </p>
      {canEdit && chosen === null ? (
        <button type="button" onClick={() => setChosen(trekker.id)}>
          {t("dossier.changeTrekker")}
        </button>
      ) : null}
      {canEdit && chosen !== null ? (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <ErrorAlert message={error} />
          <WorkerSelect value={chosen} onChange={setChosen} />
          <div className="actions">
            <button type="submit" className="button-primary" disabled={busy || chosen === trekker.id || !chosen}>
              {t("dossier.trekkerSave")}
            </button>
            <button type="button" onClick={() => setChosen(null)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
