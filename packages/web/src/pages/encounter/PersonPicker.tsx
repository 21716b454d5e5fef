import { useEffect, useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { listPersons } from "../../api/persons.ts";
import type { NamedRef, PersonSummary } from "../../api/types.ts";
import { TextField } from "../../components/Field.tsx";
import { useDebouncedValue } from "../../hooks/useDebouncedValue.ts";

interface Props {
  selected: NamedRef | null;
  onSelect(person: NamedRef | null): void;
}

/** Used when the form was opened without a person: search the caseload, or stay anonymous. */
export function PersonPicker({ selected, onSelect }: Props): ReactNode {
  const { t } = useTranslation();
  const name = useId();
  const [q, setQ] = useState("");
  const query = useDebouncedValue(q.trim(), 300);
  const [results, setResults] = useState<PersonSummary[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    void listPersons(query, null, controller.signal).then(
      (page) => setResults(page.items.slice(0, 8)),
      () => setResults([]), // picking a person is optional: the anonymous path still works
    );
    return () => controller.abort();
  }, [query]);

  const options = selected && !results.some((p) => p.id === selected.id) ? [selected, ...results] : results;

  return (
    <fieldset className="person-picker">
      <legend>{t("encounterForm.with")}</legend>
      <TextField label={t("encounterForm.searchPerson")} type="search" maxLength={LIMITS.search} value={q} onChange={(e) => setQ(e.target.value)} />
      <div className="choice-list">
        <label className="choice">
          <input type="radio" name={name} checked={selected === null} onChange={() => onSelect(null)} />
          <span>{t("encounterForm.nobody")}</span>
        </label>
        {options.map((person) => (
          <label className="choice" key={person.id}>
            <input
              type="radio"
              name={name}
              checked={selected?.id === person.id}
              onChange={() => onSelect({ id: person.id, displayName: person.displayName })}
            />
            <span>{person.displayName}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
