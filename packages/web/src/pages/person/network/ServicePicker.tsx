import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { searchServices } from "../../../api/socialMap.ts";
import type { ServiceHit } from "../../../api/types.ts";
import { TextField } from "../../../components/Field.tsx";
import { useDebouncedValue } from "../../../hooks/useDebouncedValue.ts";
import type { TieValues } from "./tieDraft.ts";

const RESULTS = 5;

interface Props {
  selected: TieValues["service"];
  onSelect(service: TieValues["service"]): void;
  /** Other words for another use (a referral); the network's by default. */
  legend?: string;
  noneLabel?: string;
  optional?: boolean;
}

/** For a professional: search the social map and pick the service they work at (or none). */
export function ServicePicker({ selected, onSelect, legend, noneLabel, optional = true }: Props): ReactNode {
  const { t } = useTranslation();
  const name = useId();
  const [q, setQ] = useState("");
  const query = useDebouncedValue(q.trim(), 300);
  const [results, setResults] = useState<ServiceHit[] | null>(null);

  useEffect(() => {
    if (!query) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    searchServices({ q: query, perPage: RESULTS }, controller.signal).then(
      (page) => setResults(page.items),
      () => {
        if (!controller.signal.aborted) setResults([]); // linking is optional: the tie still saves
      },
    );
    return () => controller.abort();
  }, [query]);

  // Enter searches here instead of saving the tie; Escape empties the search before it closes the form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === "Enter") event.preventDefault();
    if (event.key === "Escape" && q !== "") {
      event.preventDefault();
      event.stopPropagation();
      setQ("");
    }
  };

  const options = (results ?? []).filter((hit) => hit.id !== selected?.id);
  const found = results === null ? "" : results.length === 0 ? t("network.serviceNoneFound") : t("network.serviceFound", { count: results.length });

  return (
    <fieldset className="service-picker">
      <legend>
        {legend ?? t("network.serviceLegend")}
        {optional ? <span className="field-optional"> ({t("common.optional")})</span> : null}
      </legend>
      <TextField
        label={t("network.serviceSearch")}
        hint={t("network.serviceSearchHint")}
        type="search"
        autoComplete="off"
        maxLength={LIMITS.search}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="visually-hidden" role="status">
        {found}
      </p>
      <div className="choice-list">
        <label className="choice">
          <input type="radio" name={name} checked={selected === null} onChange={() => onSelect(null)} />
          <span>{noneLabel ?? t("network.noService")}</span>
        </label>
        {selected ? (
          <label className="choice">
            <input type="radio" name={name} checked onChange={() => onSelect(selected)} />
            <span>{selected.name ?? t("network.serviceUnknown")}</span>
          </label>
        ) : null}
        {options.map((hit) => (
          <label className="choice" key={hit.id}>
            <input
              type="radio"
              name={name}
              checked={false}
              onChange={() => {
                onSelect({ id: hit.id, name: hit.name });
              }}
            />
            <span>
              {hit.name}
              {hit.organizationName || hit.municipalities.length > 0 ? <span className="meta"> – {[hit.organizationName, hit.municipalities.join(", ")].filter(Boolean).join(", ")}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
