import { createHmac } from "node:crypto";

/**
 * The keyed one-way pseudonym that lets reports count distinct people in signals without
 * holding who they are: HMAC-SHA256 over (organisation, person) with a key kept outside the
 * database (secret "signal-pseudonym", docs/decisions/004-secrets.md). Without the key it cannot
 * be recomputed from a person id, and the same person in two organisations gets two pseudonyms.
 */
export function signalPseudonym(key: Buffer, organisationId: string, personId: string): string {
  return createHmac("sha256", key).update(`${organisationId}\u0000${personId}`, "utf8").digest("base64url");
}
