import { useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Encounter, NamedRef } from "../../api/types.ts";
import { ConfirmStep } from "../../components/ConfirmStep.tsx";
import { useFormat } from "../../i18n/format.ts";
import { LinkForm, type LinkChoice } from "./LinkForm.tsx";

interface Props {
  encounter: Encounter;
  busy: boolean;
  /** Resolves true when the link was made. */
  onLink(encounter: Encounter, choice: LinkChoice): Promise<boolean>;
  onUnlink(encounter: Encounter, person: NamedRef): Promise<void>;
  headingRef(element: HTMLHeadingElement | null): void;
}

/** One anonymous encounter: what was noted, who it is linked to, and linking or undoing a link. */
export function AnonymousEncounterCard({ encounter, busy, onLink, onUnlink, headingRef }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const [linking, setLinking] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const linkButton = useRef<HTMLButtonElement>(null);
  const unlinkButtons = useRef(new Map<string, HTMLButtonElement>());
  const base = `enc-${encounter.id}`;
  const anonymous = encounter.anonymous;
  const linkedIds = new Set(encounter.persons.map((p) => p.id));

  const closeForm = (): void => {
    setLinking(false);
    // The button is back once the form is gone.
    window.setTimeout(() => linkButton.current?.focus(), 0);
  };

  const link = async (choice: LinkChoice): Promise<void> => {
    if (await onLink(encounter, choice)) setLinking(false);
  };

  const cancelUnlink = (personId: string): void => {
    setConfirming(null);
    unlinkButtons.current.get(personId)?.focus();
  };

  return (
    <li className="card anonymous-encounter">
      <h2 id={`${base}-heading`} ref={headingRef} tabIndex={-1}>
        <time dateTime={encounter.startedAt}>{format.dateTime(encounter.startedAt)}</time>
      </h2>
      <dl className="inline-details">
        <div>
          <dt>{t("encounter.place")}</dt>
          <dd>{t(`placeType.${encounter.placeType}`)}</dd>
        </div>
        {anonymous?.nickname ? (
          <div>
            <dt>{t("encounterForm.nickname")}</dt>
            <dd>{anonymous.nickname}</dd>
          </div>
        ) : null}
        {anonymous?.description ? (
          <div>
            <dt>{t("encounterForm.description")}</dt>
            <dd>{anonymous.description}</dd>
          </div>
        ) : null}
        {anonymous?.headCount ? (
          <div>
            <dt>{t("encounterForm.headCount")}</dt>
            <dd>{format.number(anonymous.headCount)}</dd>
          </div>
        ) : null}
      </dl>
      <h3 className="linked-heading">{t("anonymousEncounters.linkedTo")}</h3>
      {encounter.persons.length === 0 ? <p className="meta">{t("anonymousEncounters.notLinked")}</p> : null}
      {encounter.persons.length > 0 ? (
        <ul className="plain-list linked-persons">
          {encounter.persons.map((person) => {
            const confirmId = `${base}-confirm-${person.id}`;
            const open = confirming === person.id;
            return (
              <li key={person.id} className="row">
                <Link to={`/persons/${person.id}`}>{person.displayName}</Link>
                <button
                  type="button"
                  className="button-quiet"
                  ref={(el) => {
                    if (el) unlinkButtons.current.set(person.id, el);
                    else unlinkButtons.current.delete(person.id);
                  }}
                  aria-label={t("anonymousEncounters.unlinkLabel", { name: person.displayName })}
                  aria-expanded={open}
                  aria-controls={open ? confirmId : undefined}
                  disabled={busy}
                  onClick={() => setConfirming(open ? null : person.id)}
                >
                  {t("anonymousEncounters.unlink")}
                </button>
                {open ? (
                  <ConfirmStep
                    id={confirmId}
                    question={t("anonymousEncounters.confirmUnlink", { name: person.displayName })}
                    confirmLabel={t("anonymousEncounters.confirmUnlinkYes")}
                    onConfirm={() => {
                      setConfirming(null);
                      void onUnlink(encounter, person);
                    }}
                    onCancel={() => cancelUnlink(person.id)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {linking ? (
        <LinkForm id={`${base}-link`} linkedIds={linkedIds} busy={busy} onLink={link} onCancel={closeForm} />
      ) : (
        <div className="actions">
          <button type="button" ref={linkButton} className="button-primary" onClick={() => setLinking(true)}>
            {t("anonymousEncounters.link")}
          </button>
        </div>
      )}
    </li>
  );
}
