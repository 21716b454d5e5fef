import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { MapContact } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { ConfirmStep } from "../../components/ConfirmStep.tsx";
import { contactValues, type ContactValues } from "./contactDraft.ts";
import { ContactForm, type ContactProblem } from "./ContactForm.tsx";
import { mailHref, telHref } from "./hsds.ts";

type Mode = "view" | "edit" | "confirm";

/** What an entry asks of the section: each resolves to a problem, or null when done. */
export interface ContactActions {
  save(contact: MapContact, values: ContactValues): Promise<ContactProblem | null>;
  remove(contact: MapContact): Promise<string | null>;
}

/** One contact person: shown, changed in place, removed after a question. */
export function ContactEntry({ contact, actions, onRemoved }: { contact: MapContact; actions: ContactActions; onRemoved(): void }): ReactNode {
  const { t } = useTranslation();
  const confirmId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const focusBack = useRef<"edit" | "remove" | null>(null);
  const [mode, setMode] = useState<Mode>("view");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (mode !== "view" || !focusBack.current) return;
    (focusBack.current === "edit" ? editButton : removeButton).current?.focus();
    focusBack.current = null;
  }, [mode]);

  const close = (button: "edit" | "remove"): void => {
    focusBack.current = button;
    setMode("view");
  };

  const save = async (values: ContactValues): Promise<ContactProblem | null> => {
    const problem = await actions.save(contact, values);
    if (!problem) close("edit");
    return problem;
  };

  const remove = async (): Promise<void> => {
    const problem = await actions.remove(contact);
    if (problem) {
      setError(problem);
      close("remove");
      return;
    }
    onRemoved();
  };

  const tel = telHref(contact.phone);
  const mail = mailHref(contact.email);

  return (
    <li className="card map-contact">
      <h3>
        {contact.name}
        {contact.role ? <span className="meta"> ({contact.role})</span> : null}
      </h3>
      <ErrorAlert message={error} />
      {mode === "edit" ? (
        <ContactForm title={t("mapContacts.editTitle", { name: contact.name })} initial={contactValues(contact)} submitLabel={t("common.save")} onSave={save} onClose={() => close("edit")} />
      ) : (
        <>
          {contact.phone || contact.email ? (
            <dl className="inline-details">
              {contact.phone ? (
                <div>
                  <dt>{t("mapContacts.phone")}</dt>
                  <dd>{tel ? <a href={tel}>{contact.phone}</a> : contact.phone}</dd>
                </div>
              ) : null}
              {contact.email ? (
                <div>
                  <dt>{t("mapContacts.email")}</dt>
                  <dd>{mail ? <a href={mail}>{contact.email}</a> : contact.email}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
          {contact.notes ? <p className="note">{contact.notes}</p> : null}
          <p>
            <span className={contact.sharedWithTeam ? "tag tag-shared" : "tag"}>{contact.sharedWithTeam ? t("mapContacts.shared") : t("mapContacts.onlyMe")}</span>
          </p>
          <div className="actions">
            <button
              type="button"
              ref={editButton}
              aria-label={t("mapContacts.editLabel", { name: contact.name })}
              onClick={() => {
                setError(null);
                setMode("edit");
              }}
            >
              {t("mapContacts.edit")}
            </button>
            <button
              type="button"
              ref={removeButton}
              className="button-danger"
              aria-expanded={mode === "confirm"}
              aria-controls={mode === "confirm" ? confirmId : undefined}
              aria-label={t("mapContacts.removeLabel", { name: contact.name })}
              onClick={() => setMode(mode === "confirm" ? "view" : "confirm")}
            >
              {t("mapContacts.remove")}
            </button>
          </div>
          {mode === "confirm" ? (
            <ConfirmStep
              id={confirmId}
              question={t("mapContacts.confirmRemove", { name: contact.name })}
              confirmLabel={t("mapContacts.confirm")}
              onConfirm={() => void remove()}
              onCancel={() => close("remove")}
            />
          ) : null}
        </>
      )}
    </li>
  );
}
