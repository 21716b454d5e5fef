import type { HsdsTable } from "./dataset.ts";

/**
 * How the HSDS tables refer to each other, in the two serialisations.
 *
 * Tabular (datapackage.json): a row names its parent by id in a foreign-key column
 * (phone.service_id). FOREIGN_KEYS lists them exactly as the datapackage declares them; a test
 * keeps the two in step.
 *
 * Nested JSON: objects sit inside each other. NESTINGS says, per object, which properties hold
 * other objects and which flat field that nesting stands for. Three kinds:
 * - "children": an array of objects that belong to the parent; each child gets the parent's id in
 *   `fk` (service.phones[] → phone.service_id).
 * - "reference": one object the parent points to; the parent gets the child's id in `fk`
 *   (service.organization → service.organization_id, attribute.taxonomy_term → taxonomy_term_id).
 * - "link": attributes and metadata, which may hang under any object; the child gets the parent's
 *   id and table name (attribute.link_id + link_entity, metadata.resource_id + resource_type).
 *
 * Choices where the specification leaves room:
 * - link_entity / resource_type hold the parent's table name ("service", "location" …), as in the
 *   schema's example for metadata.resource_type ("location").
 * - A value already present in a nested child wins for the *name* fields (link_entity,
 *   resource_type): a publisher that writes "Service" keeps it. For id fields (service_id,
 *   link_id …) a present value that differs from the parent is a problem ("conflicting_reference").
 * - Nothing else is inferred: a location nested in a service_at_location does not get the
 *   service's organization_id, a program nested in a service does not get its organization_id.
 * - organization.services is not in organization.json, but the compiled "organization_full" API
 *   form carries it; it is read as children (service.organization_id), validated as services.
 */
export type Nesting =
  | { kind: "children"; property: string; table: HsdsTable; fk: string }
  | { kind: "reference"; property: string; table: HsdsTable; fk: string }
  | { kind: "link"; property: "attributes" | "metadata"; table: "attribute" | "metadata"; idField: string; typeField: string };

const children = (property: string, table: HsdsTable, fk: string): Nesting => ({ kind: "children", property, table, fk });
const reference = (property: string, table: HsdsTable, fk: string): Nesting => ({ kind: "reference", property, table, fk });
const ATTRIBUTES: Nesting = { kind: "link", property: "attributes", table: "attribute", idField: "link_id", typeField: "link_entity" };
const METADATA: Nesting = { kind: "link", property: "metadata", table: "metadata", idField: "resource_id", typeField: "resource_type" };

/** Per object, its nested properties in the order of its JSON schema. */
export const NESTINGS: Record<HsdsTable, readonly Nesting[]> = {
  organization: [
    children("funding", "funding", "organization_id"),
    children("contacts", "contact", "organization_id"),
    children("phones", "phone", "organization_id"),
    children("locations", "location", "organization_id"),
    children("programs", "program", "organization_id"),
    children("organization_identifiers", "organization_identifier", "organization_id"),
    ATTRIBUTES,
    METADATA,
  ],
  program: [ATTRIBUTES, METADATA],
  service: [
    children("phones", "phone", "service_id"),
    children("schedules", "schedule", "service_id"),
    children("service_areas", "service_area", "service_id"),
    children("service_at_locations", "service_at_location", "service_id"),
    children("languages", "language", "service_id"),
    reference("organization", "organization", "organization_id"),
    children("funding", "funding", "service_id"),
    children("cost_options", "cost_option", "service_id"),
    reference("program", "program", "program_id"),
    children("required_documents", "required_document", "service_id"),
    children("contacts", "contact", "service_id"),
    ATTRIBUTES,
    METADATA,
  ],
  attribute: [reference("taxonomy_term", "taxonomy_term", "taxonomy_term_id"), METADATA],
  service_at_location: [
    children("contacts", "contact", "service_at_location_id"),
    children("phones", "phone", "service_at_location_id"),
    children("schedules", "schedule", "service_at_location_id"),
    reference("location", "location", "location_id"),
    ATTRIBUTES,
    METADATA,
  ],
  location: [
    children("languages", "language", "location_id"),
    children("addresses", "address", "location_id"),
    children("contacts", "contact", "location_id"),
    children("accessibility", "accessibility", "location_id"),
    children("phones", "phone", "location_id"),
    children("schedules", "schedule", "location_id"),
    ATTRIBUTES,
    METADATA,
  ],
  phone: [children("languages", "language", "phone_id"), ATTRIBUTES, METADATA],
  contact: [children("phones", "phone", "contact_id"), ATTRIBUTES, METADATA],
  address: [ATTRIBUTES, METADATA],
  schedule: [ATTRIBUTES, METADATA],
  funding: [ATTRIBUTES, METADATA],
  service_area: [ATTRIBUTES, METADATA],
  required_document: [ATTRIBUTES, METADATA],
  language: [ATTRIBUTES, METADATA],
  accessibility: [ATTRIBUTES, METADATA],
  taxonomy_term: [reference("taxonomy_detail", "taxonomy", "taxonomy_id"), METADATA],
  metadata: [],
  meta_table_description: [ATTRIBUTES, METADATA],
  cost_option: [ATTRIBUTES, METADATA],
  organization_identifier: [ATTRIBUTES, METADATA],
  taxonomy: [METADATA],
};

/** Read on import only (not in organization.json): the services of a fully nested organization. */
export const ORGANIZATION_SERVICES: Nesting = children("services", "service", "organization_id");

export interface ForeignKey {
  field: string;
  table: HsdsTable;
}

const fk = (field: string, table: HsdsTable): ForeignKey => ({ field, table });

/**
 * The foreign keys the tabular data package declares, per table. Not declared there, and so not
 * checked as references: organization.parent_organization_id and taxonomy_term.parent_id (a parent
 * may live outside the published data) and metadata.resource_id (a change log may name records
 * that are gone). attribute.link_id is checked separately, against the table in link_entity.
 */
export const FOREIGN_KEYS: Record<HsdsTable, readonly ForeignKey[]> = {
  organization: [],
  program: [fk("organization_id", "organization")],
  service: [fk("organization_id", "organization"), fk("program_id", "program")],
  attribute: [fk("taxonomy_term_id", "taxonomy_term")],
  service_at_location: [fk("service_id", "service"), fk("location_id", "location")],
  location: [fk("organization_id", "organization")],
  phone: [fk("contact_id", "contact"), fk("location_id", "location"), fk("organization_id", "organization"), fk("service_id", "service"), fk("service_at_location_id", "service_at_location")],
  contact: [fk("location_id", "location"), fk("organization_id", "organization"), fk("service_id", "service"), fk("service_at_location_id", "service_at_location")],
  address: [fk("location_id", "location")],
  schedule: [fk("location_id", "location"), fk("service_id", "service"), fk("service_at_location_id", "service_at_location")],
  funding: [fk("organization_id", "organization"), fk("service_id", "service")],
  service_area: [fk("service_id", "service")],
  required_document: [fk("service_id", "service")],
  language: [fk("location_id", "location"), fk("phone_id", "phone"), fk("service_id", "service")],
  accessibility: [fk("location_id", "location")],
  taxonomy_term: [fk("taxonomy_id", "taxonomy")],
  metadata: [],
  meta_table_description: [],
  cost_option: [fk("service_id", "service")],
  organization_identifier: [fk("organization_id", "organization")],
  taxonomy: [],
};

/** The nested property of `table` named `property`, if it holds HSDS objects. */
export function nestingOf(table: HsdsTable, property: string): Nesting | undefined {
  return NESTINGS[table].find((n) => n.property === property);
}
