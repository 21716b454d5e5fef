import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { createDossier } from "../../api/signals.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { TextField } from "../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../hooks/useFocusFirstInvalid.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { useErrorText, type FieldMessages } from "../../i18n/errors.ts";
import { WorkerSelect } from "./WorkerSelect.tsx";

/** Bundles the chosen signals into a new dossier with a title and a trekker, then opens it. */
export function BundleForm({ signalIds }: { signalIds: readonly string[] }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const submit = useSubmit();
  const [title, setTitle] = useState("");
  const [trekkerId, setTrekkerId] = useState("");
  const [fields, setFields] = useState<FieldMessages>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const problems: FieldMessages = {};
    if (!title.trim()) problems.title = t("signals.invalid.title");
    if (!trekkerId) problems.trekkerId = t("signals.invalid.trekker");
    setFields(problems);
    if (signalIds.length === 0) submit.setError(t("signals.invalid.signals"));
    else if (Object.keys(problems).length > 0) submit.setError(t("signalForm.invalid.summary"));
    if (signalIds.length === 0 || Object.keys(problems).length > 0) {
      focusFirstInvalid();
      return;
    }
    await submit.run(
      async () => {
        const dossier = await createDossier({ title: title.trim(), trekkerId, signalIds: [...signalIds] });
        void navigate(`/signals/dossiers/${encodeURIComponent(dossier.id)}`, { state: { flash: "dossier.created" } });
      },
      (caught) => {
        setFields(errorText.fields(caught));
        return errorText.message(caught);
      },
    );
  };

  return (
    <section aria-labelledby="signals-bundle" className="bundle">
      <h2 id="signals-bundle">{t("signals.bundleTitle")}</h2>
      <p className="hint">{t("signals.bundleIntro")}</p>
      <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="signals-bundle">
        <p role="status">{t("signals.chosen", { count: signalIds.length })}</p>
        <ErrorAlert message={submit.error} />
        <TextField label={t("signals.dossierTitle")} error={fields.title} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        <WorkerSelect value={trekkerId} onChange={setTrekkerId} error={fields.trekkerId} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={submit.busy}>
            {submit.busy ? t("common.saving") : t("signals.bundleSave")}
          </button>
        </div>
      </form>
    </section>
  );
}
