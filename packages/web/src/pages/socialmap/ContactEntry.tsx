import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { MapContact } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { EntryActions, useEntryControl } from "../../components/EntryActions.tsx";
import { contactValues, type ContactValues } from "./contactDraft.ts";
import { ContactForm, type ContactProblem } from "./ContactForm.tsx";
import { mailHref, telHref } from "./hsds.ts";

/** What an entry asks of the section: each resolves to a problem, or null when done. */
export interface ContactActions {
  save(contact: MapContact, values: ContactValues): Promise<ContactProblem | null>;
  remove(contact: MapContact): Promise<string | null>;
}

/** One contact person: shown, changed in place, removed after a question. */
export function ContactEntry({ contact, actions, onRemoved }: { contact: MapContact; actions: ContactActions; onRemoved(): void }): ReactNode {
  const { t } = useTranslation();
  const entry = useEntryControl(onRemoved);

  const save = async (values: ContactValues): Promise<ContactProblem | null> => {
    const problem = await actions.save(contact, values);
    if (!problem) entry.close("edit");
    return problem;
  };

  const tel = telHref(contact.phone);
  const mail = mailHref(contact.email);

  return (
    <li className="card map-contact">
      <h3>
        {contact.name}
        {contact.role ? <span className="meta"> ({contact.role})</span> : null}
      </h3>
      <ErrorAlert message={entry.error} />
      {entry.mode === "edit" ? (
        <ContactForm title={t("mapContacts.editTitle", { name: contact.name })} initial={contactValues(contact)} submitLabel={t("common.save")} onSave={save} onClose={() => entry.close("edit")} />
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
          <EntryActions
            entry={entry}
            editLabel={t("mapContacts.editLabel", { name: contact.name })}
            editText={t("mapContacts.edit")}
            removeLabel={t("mapContacts.removeLabel", { name: contact.name })}
            removeText={t("mapContacts.remove")}
            question={t("mapContacts.confirmRemove", { name: contact.name })}
            confirmLabel={t("mapContacts.confirm")}
            onRemove={() => actions.remove(contact)}
          />
        </>
      )}
    </li>
  );
}
