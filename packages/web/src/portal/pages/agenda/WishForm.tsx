import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { TextArea } from "../../../components/Field.tsx";
import { addWish, type PortalAgendaItem } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";

/** A wish in the person's own words; it goes to the end of the list, the person can move it up. */
export function WishForm({ onAdded }: { onAdded(item: PortalAgendaItem): void }): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const [title, setTitle] = useState("");
  // One id per wish: sending the same wish again (a double tap, a retry) does not add it twice.
  const [id, setId] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t("fieldErrors.required"));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const item = await addWish(id, title.trim());
      setTitle("");
      setId(crypto.randomUUID());
      onAdded(item);
    } catch (caught) {
      setError(errors.fields(caught).title ?? errors.message(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card wish-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <TextArea
        label={t("agenda.wishLabel")}
        hint={t("agenda.wishHint")}
        name="wish"
        rows={2}
        required
        maxLength={LIMITS.agendaTitle}
        error={error}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t("common.saving") : t("agenda.add")}
      </button>
    </form>
  );
}
