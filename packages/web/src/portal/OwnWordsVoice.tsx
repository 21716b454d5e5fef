import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/Alert.tsx";
import { TextArea } from "../components/Field.tsx";
import { usePortalErrors } from "./errors.ts";
import { OWN_WORDS_MAX, ownWordsSave } from "./ownWords.ts";

interface VoicesProps {
  /** What the worker's text is ("who does what", "what changes"). */
  workerLabel: string;
  workerText: string | null;
  /** The person's voice: an OwnWordsVoice. */
  children: ReactNode;
}

/**
 * The worker's text and the person's own words side by side (one above the other on a phone):
 * the same box, the same size, neither one a footnote of the other.
 */
export function TwoVoices({ workerLabel, workerText, children }: VoicesProps): ReactNode {
  return (
    <div className="two-voices">
      {workerText ? (
        <div className="voice">
          <h4>{workerLabel}</h4>
          <p dir="auto">{workerText}</p>
        </div>
      ) : null}
      <div className="voice voice-person">{children}</div>
    </div>
  );
}

interface Props {
  ownWords: string | null;
  /** "worker": the worker wrote the person's words down with them. */
  ownWordsBy?: "person" | "worker" | null;
  /** What the words are about, for screen readers: the button says which item it belongs to. */
  about: string;
  /** Saves; throws when the server refuses (the form stays open with the words). */
  onSave(ownWords: string): Promise<void>;
  /** A sentence of the caller's own for a known refusal (e.g. changed meanwhile). */
  errorText?: (error: unknown) => string | undefined;
}

/** "In your own words": the words or that there are none yet, and a button that opens a small form. */
export function OwnWordsVoice({ ownWords, ownWordsBy = null, about, onSave, errorText }: Props): ReactNode {
  const { t } = useTranslation("portal");
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Closing the form puts focus back on the button that opened it.
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    button.current?.focus();
  }, [editing]);

  const close = (): void => {
    returnFocus.current = true;
    setEditing(false);
  };

  return (
    <>
      <h4>{t("ownWords.title")}</h4>
      {ownWords ? <p dir="auto">{ownWords}</p> : null}
      {!ownWords && !editing ? <p className="muted">{t("ownWords.none")}</p> : null}
      {ownWords && ownWordsBy === "worker" ? <p className="meta">{t("ownWords.byWorker")}</p> : null}
      {editing ? (
        <OwnWordsForm current={ownWords} onSave={onSave} errorText={errorText} onDone={close} />
      ) : (
        <div className="actions">
          <button type="button" ref={button} onClick={() => setEditing(true)}>
            {ownWords ? t("ownWords.change") : t("ownWords.add")}
            <span className="visually-hidden">: {about}</span>
          </button>
        </div>
      )}
    </>
  );
}

interface FormProps {
  current: string | null;
  onSave(ownWords: string): Promise<void>;
  errorText: ((error: unknown) => string | undefined) | undefined;
  onDone(): void;
}

function OwnWordsForm({ current, onSave, errorText, onDone }: FormProps): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const [draft, setDraft] = useState(current ?? "");
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLDivElement>(null);

  useEffect(() => field.current?.querySelector("textarea")?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const save = ownWordsSave(current, draft);
    if (save.kind === "unchanged") {
      onDone();
      return;
    }
    if (save.kind === "empty") {
      setFieldError(t("fieldErrors.required"));
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    try {
      await onSave(save.ownWords);
      onDone();
    } catch (caught) {
      setFieldError(errors.fields(caught).ownWords);
      setError(errorText?.(caught) ?? errors.message(caught));
      setBusy(false);
    }
  };

  return (
    <form className="own-words-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorAlert message={error} />
      <div ref={field}>
        <TextArea
          label={t("ownWords.label")}
          hint={t("ownWords.hint")}
          rows={4}
          maxLength={OWN_WORDS_MAX}
          error={fieldError}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t("common.saving") : t("ownWords.save")}
        </button>
        <button type="button" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
