import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { newClientId } from "../api/agenda.ts";
import { useFocusFirstInvalid } from "../hooks/useFocusFirstInvalid.ts";
import { useSubmit } from "../hooks/useSubmit.ts";
import { useErrorText } from "../i18n/errors.ts";

/**
 * The working of a form that records one new entry from a draft: the draft and its changes, one
 * client id per form (a retry after a lost answer records nothing twice), problems found before
 * sending shown per field with focus on the first, and the server's answer the same way.
 */
export function useDraftForm<D>(initial: D, problems: (draft: D) => Record<string, string>, save: (draft: D, id: string) => Promise<void>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = useSubmit();
  const [draft, setDraft] = useState<D>(initial);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [id] = useState(newClientId);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const change = (patch: Partial<D>): void => setDraft((current) => ({ ...current, ...patch }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const found = problems(draft);
    if (Object.keys(found).length > 0) {
      setFields(found);
      submit.setError(t("referral.invalid.summary"));
      focusFirstInvalid();
      return;
    }
    setFields({});
    await submit.run(
      () => save(draft, id),
      (caught) => {
        setFields(errorText.fields(caught));
        return errorText.message(caught);
      },
    );
  };

  return { draft, change, fields, formRef, submit, onSubmit };
}
