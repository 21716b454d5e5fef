import { sql, type RawBuilder } from "kysely";

/**
 * The time of the last encounter with a person, as a correlated subquery on the caller's row:
 * `organisationColumn` and `personColumn` name the columns that hold them (e.g. "person.organisation_id",
 * "person.id"). Used by the caseload, the today view and the team view.
 */
export function lastContactAt(organisationColumn: string, personColumn: string): RawBuilder<string | null> {
  return sql<string | null>`(select max(e.started_at) from encounter_person ep inner join encounter e on e.organisation_id = ep.organisation_id and e.id = ep.encounter_id where ep.organisation_id = ${sql.ref(organisationColumn)} and ep.person_id = ${sql.ref(personColumn)})`;
}
