import { useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client.ts";
import { linkEncounter, listMyAnonymousEncounters, unlinkEncounter } from "../../api/encounters.ts";
import type { Encounter, NamedRef } from "../../api/types.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useLoad } from "../../hooks/useLoad.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { AnonymousEncounterCard } from "./AnonymousEncounterCard.tsx";
import type { LinkChoice } from "./LinkForm.tsx";

const DAYS = 90;

/**
 * The anonymous encounters I was at. With the person's consent one can be linked to a person
 * of my caseload (it then shows in their encounters); a link can be undone.
 */
export function AnonymousEncountersPage(): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = useLoad(() => listMyAnonymousEncounters(DAYS), []);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headings = useRef(new Map<string, HTMLHeadingElement>());

  const focusEncounter = (encounterId: string): void => {
    window.setTimeout(() => headings.current.get(encounterId)?.focus(), 0);
  };

  const link = async (encounter: Encounter, choice: LinkChoice): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      await linkEncounter(encounter.id, {
        personId: choice.person.id,
        consent: { given: true, method: choice.method, ...(choice.note ? { note: choice.note } : {}) },
      });
    } catch (caught) {
      setBusy(false);
      const code = caught instanceof ApiError ? caught.code : null;
      if (code === "conflict") setError(t("anonymousEncounters.alreadyLinked", { name: choice.person.displayName }));
      else if (code === "rule_violation") setError(t("anonymousEncounters.notAnonymous"));
      else if (code === "not_found") setError(t("anonymousEncounters.linkNotFound"));
      else setError(errorText.message(caught));
      // The list may have changed meanwhile (linked by a colleague, or gone): show it as it is now.
      if (code === "conflict" || code === "not_found" || code === "rule_violation") await list.reload();
      return false;
    }
    await list.reload();
    setBusy(false);
    setStatus(t("anonymousEncounters.linked", { name: choice.person.displayName }));
    focusEncounter(encounter.id);
    return true;
  };

  const unlink = async (encounter: Encounter, person: NamedRef): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      await unlinkEncounter(encounter.id, person.id);
      setStatus(t("anonymousEncounters.unlinked", { name: person.displayName }));
    } catch (caught) {
      const gone = caught instanceof ApiError && caught.code === "not_found";
      setError(gone ? t("anonymousEncounters.unlinkNotFound") : errorText.message(caught));
    }
    await list.reload();
    setBusy(false);
    focusEncounter(encounter.id);
  };

  const items = list.data;
  return (
    <>
      <PageHeading>{t("anonymousEncounters.title")}</PageHeading>
      <p>{t("anonymousEncounters.intro", { days: DAYS })}</p>
      <p>
        <Link to="/encounters/new">{t("anonymousEncounters.logNew")}</Link>
      </p>
      <StatusMessage message={status} />
      <ErrorAlert message={error} />
      <ErrorAlert message={list.error ? errorText.message(list.error) : null} />
      {!items && !list.error ? <Loading /> : null}
      {items && items.length === 0 ? <p>{t("anonymousEncounters.empty", { days: DAYS })}</p> : null}
      {items && items.length > 0 ? (
        <ul className="card-list">
          {items.map((encounter) => (
            <AnonymousEncounterCard
              key={encounter.id}
              encounter={encounter}
              busy={busy}
              onLink={link}
              onUnlink={unlink}
              headingRef={(el) => {
                if (el) headings.current.set(encounter.id, el);
                else headings.current.delete(encounter.id);
              }}
            />
          ))}
        </ul>
      ) : null}
    </>
  );
}
