import { useEffect, useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { LIMITS } from "@nabij/domain";
import { listPersons } from "../api/persons.ts";
import type { PersonSummary } from "../api/types.ts";
import { ErrorAlert, StatusMessage } from "../components/Alert.tsx";
import { TextField } from "../components/Field.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { PersonForm } from "../components/PersonForm.tsx";
import { useDebouncedValue } from "../hooks/useDebouncedValue.ts";
import { useErrorText } from "../i18n/errors.ts";
import { useFormat } from "../i18n/format.ts";
import { flashFrom } from "./flash.ts";

interface Listing {
  items: PersonSummary[];
  nextCursor: string | null;
}

export function CaseloadPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const flash = flashFrom(useLocation().state);
  const formId = useId();
  const [q, setQ] = useState("");
  const query = useDebouncedValue(q.trim(), 300);
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [showForm, setShowForm] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    void listPersons(query, null, controller.signal).then(
      (page) => setListing({ items: page.items, nextCursor: page.nextCursor ?? null }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      },
    );
    return () => controller.abort();
  }, [query]);

  const loadMore = async (): Promise<void> => {
    if (!listing?.nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await listPersons(query, listing.nextCursor);
      setListing({ items: [...listing.items, ...page.items], nextCursor: page.nextCursor ?? null });
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageHeading>{t("caseload.title")}</PageHeading>
      <StatusMessage message={flash ? t(flash) : null} />
      <div className="actions">
        <button type="button" aria-expanded={showForm} aria-controls={formId} onClick={() => setShowForm((v) => !v)}>
          {t("caseload.newPerson")}
        </button>
        <Link to="/encounters/new" className="button">
          {t("caseload.logAnonymous")}
        </Link>
      </div>
      <div id={formId}>
        {showForm ? <PersonForm onCreated={(person) => void navigate(`/persons/${person.id}`, { state: { flash: "person.personCreated" } })} /> : null}
      </div>
      <search>
        <TextField label={t("caseload.search")} type="search" maxLength={LIMITS.search} value={q} onChange={(e) => setQ(e.target.value)} />
      </search>
      <ErrorAlert message={error ? errorText.message(error) : null} />
      <StatusMessage message={listing && query ? t("caseload.results", { count: listing.items.length }) : null} />
      {listing === null && !error ? <p>{t("common.loading")}</p> : null}
      {listing && listing.items.length === 0 ? <p>{query ? t("caseload.noResults") : t("caseload.empty")}</p> : null}
      {listing && listing.items.length > 0 ? (
        <ul className="person-list">
          {listing.items.map((person) => (
            <li key={person.id}>
              <Link to={`/persons/${person.id}`}>{person.displayName}</Link>
              <span className="meta">
                {person.lastEncounterAt ? t("caseload.lastEncounter", { date: format.date(person.lastEncounterAt) }) : t("caseload.noEncounter")}
                {person.basis === "team" ? <span className="tag">{t("accessBasisShort.team")}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {listing?.nextCursor ? (
        <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? t("common.loading") : t("common.loadMore")}
        </button>
      ) : null}
    </>
  );
}
