import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS, type StrengthKind } from "@nabij/domain";
import { newClientId } from "../../../api/agenda.ts";
import type { Strength } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { TextArea } from "../../../components/Field.tsx";
import { StrengthEntry } from "./StrengthEntry.tsx";

/** What the lists ask of the section; each resolves to an error message, or null when saved. */
export interface StrengthActions {
  add(kind: StrengthKind, id: string, text: string): Promise<string | null>;
  save(strength: Strength, text: string): Promise<string | null>;
  remove(strength: Strength): Promise<string | null>;
}

interface Props {
  kind: StrengthKind;
  personName: string;
  items: Strength[];
  actions: StrengthActions;
}

/** One list ("Waar ben ik goed in") with a short form to add to it. */
export function StrengthGroup({ kind, personName, items, actions }: Props): ReactNode {
  const { t } = useTranslation();
  const headingId = `strengths-${kind}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Kept until saved, so a retry after a lost answer does not add it twice.
  const pendingId = useRef<string | null>(null);
  const [text, setText] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (text.trim() === "") {
      setFieldError(t("fieldErrors.required"));
      formRef.current?.querySelector("textarea")?.focus();
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    pendingId.current ??= newClientId();
    const problem = await actions.add(kind, pendingId.current, text.trim());
    setBusy(false);
    if (problem) {
      setError(problem);
      return;
    }
    pendingId.current = null;
    setText("");
    formRef.current?.querySelector("textarea")?.focus();
  };

  /** After a removal the entry is gone: focus goes to the list's heading. */
  const focusHeading = (): void => headingRef.current?.focus();

  return (
    <section aria-labelledby={headingId} className="card strength-group">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t(`strengthKind.${kind}`)}
      </h3>
      {items.length === 0 ? <p className="muted">{t("strengths.empty")}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list strength-list">
          {items.map((strength) => (
            <StrengthEntry key={strength.id} strength={strength} actions={actions} onRemoved={focusHeading} />
          ))}
        </ul>
      ) : null}
      <form ref={formRef} className="strength-add" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorAlert message={error} />
        <TextArea
          label={t(`strengthAdd.${kind}`)}
          hint={t("strengths.addHint", { name: personName })}
          error={fieldError}
          rows={2}
          maxLength={LIMITS.ownWords}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">{busy ? t("common.saving") : t("strengths.add")}</button>
      </form>
    </section>
  );
}
