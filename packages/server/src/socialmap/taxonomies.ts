/**
 * Nabij's own taxonomies in the social map: life domains (term code = a life domain key) and
 * target groups. A service belongs to a domain or target group through an HSDS attribute that
 * links it to a term of these taxonomies. Other taxonomies (imported from elsewhere) are kept and
 * filterable by term id, but do not count as life domains.
 */
export const LIFE_DOMAIN_TAXONOMY = { uri: "https://nabij.be/hsds/taxonomies/life-domains", name: "Nabij life domains" } as const;
export const TARGET_GROUP_TAXONOMY = { uri: "https://nabij.be/hsds/taxonomies/target-groups", name: "Nabij target groups" } as const;

/** Does this taxonomy row stand for the given Nabij taxonomy (by its URI, or failing that its name)? */
export function isTaxonomy(row: Readonly<Record<string, unknown>> | undefined, taxonomy: { uri: string; name: string }): boolean {
  if (!row) return false;
  const { uri, name } = row;
  if (typeof uri === "string" && uri === taxonomy.uri) return true;
  return typeof name === "string" && name.trim().toLowerCase() === taxonomy.name.toLowerCase();
}
