import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { STRENGTH_KINDS, type StrengthKind } from "@nabij/domain";
import { ApiError } from "../../../api/client.ts";
import { addStrength, listStrengths, removeStrength, updateStrength } from "../../../api/strengths.ts";
import type { Strength } from "../../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { StrengthGroup, type StrengthActions } from "./StrengthGroup.tsx";

interface Props {
  personId: string;
  personName: string;
}

/**
 * Beside the agenda: what the person is good at, who or what helps them and what they want for
 * themselves, in their own words. Three short lists; add, change and remove (after a question).
 */
export function StrengthsSection({ personId, personName }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const strengths = useLoad(() => listStrengths(personId), [personId]);
  const { setData, reload } = strengths;
  const [status, setStatus] = useState<string | null>(null);

  /** Runs a change; resolves to an error message (after a reload when someone was first), or null. */
  const attempt = async (change: () => Promise<string>): Promise<string | null> => {
    setStatus(null);
    try {
      setStatus(await change());
      return null;
    } catch (caught) {
      if (caught instanceof ApiError && (caught.code === "stale_version" || caught.code === "not_found")) {
        await reload();
        return t("errors.stale_version");
      }
      return errorText.fields(caught).text ?? errorText.message(caught);
    }
  };

  const actions: StrengthActions = {
    add: (kind: StrengthKind, id: string, text: string) =>
      attempt(async () => {
        const saved = await addStrength(personId, { id, kind, text });
        // A retry with the same id answers with the stored one: never list it twice.
        setData((current) => [...(current ?? []).filter((s) => s.id !== saved.id), saved]);
        return t("strengths.added", { text: saved.text });
      }),
    save: (strength: Strength, text: string) =>
      attempt(async () => {
        const saved = await updateStrength(strength, text);
        setData((current) => current?.map((s) => (s.id === saved.id ? saved : s)));
        return t("strengths.saved", { text: saved.text });
      }),
    remove: (strength: Strength) =>
      attempt(async () => {
        await removeStrength(strength);
        setData((current) => current?.filter((s) => s.id !== strength.id));
        return t("strengths.removed", { text: strength.text });
      }),
  };

  return (
    <section aria-labelledby="person-strengths" className="strengths">
      <h2 id="person-strengths">{t("strengths.title", { name: personName })}</h2>
      <p className="hint">{t("strengths.intro", { name: personName })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={strengths.error ? errorText.message(strengths.error) : null} />
      {!strengths.data && !strengths.error ? <p>{t("common.loading")}</p> : null}
      {strengths.data
        ? STRENGTH_KINDS.map((kind) => (
            <StrengthGroup key={kind} kind={kind} personName={personName} items={(strengths.data ?? []).filter((s) => s.kind === kind)} actions={actions} />
          ))
        : null}
    </section>
  );
}
