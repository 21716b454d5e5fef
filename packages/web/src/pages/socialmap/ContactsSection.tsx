import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { addContact, listContacts, removeContact, updateContact } from "../../api/socialMap.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { contactPatch, NEW_CONTACT, toContactCreate, type ContactValues } from "./contactDraft.ts";
import { ContactEntry, type ContactActions } from "./ContactEntry.tsx";
import { ContactForm, type ContactProblem } from "./ContactForm.tsx";

/**
 * My team's own network at this service: contact persons and notes ("ask for Sara"). Only for
 * the team (or only for me), never in the published map.
 */
export function ContactsSection({ serviceId, serviceName }: { serviceId: string; serviceName: string }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const contacts = useLoad(() => listContacts(serviceId), [serviceId]);
  const { setData, reload } = contacts;
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAddButton = useRef(false);

  useEffect(() => {
    if (adding || !focusAddButton.current) return;
    focusAddButton.current = false;
    addButton.current?.focus();
  }, [adding]);

  const closeForm = (): void => {
    focusAddButton.current = true;
    setAdding(false);
  };

  /** A refused change: someone was first (the list is loaded again), or the input is not valid. */
  const problemOf = async (caught: unknown): Promise<ContactProblem> => {
    setStatus(null);
    if (caught instanceof ApiError && (caught.code === "stale_version" || caught.code === "not_found")) {
      await reload();
      return { message: t("errors.stale_version"), fields: {} };
    }
    const fields = errorText.fields(caught);
    // The service itself is gone from the map (a new import): say that, not "check the fields".
    if (fields.serviceId) return { message: fields.serviceId, fields: {} };
    return { message: errorText.message(caught), fields };
  };

  const add = async (values: ContactValues): Promise<ContactProblem | null> => {
    try {
      const saved = await addContact(toContactCreate(serviceId, values));
      setData((current) => [...(current ?? []), saved].sort((a, b) => a.name.localeCompare(b.name)));
      setStatus(t("mapContacts.added", { name: saved.name }));
      closeForm();
      return null;
    } catch (caught) {
      return problemOf(caught);
    }
  };

  const actions: ContactActions = {
    save: async (contact, values) => {
      const patch = contactPatch(contact, values);
      if (Object.keys(patch).length === 0) {
        setStatus(t("mapContacts.unchanged", { name: contact.name }));
        return null;
      }
      try {
        const saved = await updateContact(contact, patch);
        setData((current) => current?.map((x) => (x.id === saved.id ? saved : x)));
        setStatus(t("mapContacts.edited", { name: saved.name }));
        return null;
      } catch (caught) {
        return problemOf(caught);
      }
    },
    remove: async (contact) => {
      try {
        await removeContact(contact);
        setData((current) => current?.filter((x) => x.id !== contact.id));
        setStatus(t("mapContacts.removed", { name: contact.name }));
        return null;
      } catch (caught) {
        return (await problemOf(caught)).message;
      }
    },
  };

  const items = contacts.data ?? [];
  return (
    <section aria-labelledby="service-contacts" className="map-contacts">
      <h2 id="service-contacts" ref={headingRef} tabIndex={-1}>
        {t("mapContacts.title")}
      </h2>
      <p className="private-note">{t("mapContacts.private")}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={contacts.error ? errorText.message(contacts.error) : null} />
      {!contacts.data && !contacts.error ? <p>{t("common.loading")}</p> : null}
      {contacts.data ? (
        <>
          {items.length === 0 ? <p className="muted">{t("mapContacts.empty")}</p> : null}
          {items.length > 0 ? (
            <ul className="card-list">
              {items.map((contact) => (
                <ContactEntry key={contact.id} contact={contact} actions={actions} onRemoved={() => headingRef.current?.focus()} />
              ))}
            </ul>
          ) : null}
          {adding ? (
            <ContactForm title={t("mapContacts.addTitle", { service: serviceName })} initial={NEW_CONTACT} submitLabel={t("mapContacts.addSubmit")} onSave={add} onClose={closeForm} />
          ) : (
            <div className="actions">
              <button type="button" ref={addButton} onClick={() => setAdding(true)}>
                {t("mapContacts.add")}
              </button>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
