import type { Migration } from "kysely";
import * as foundation from "./2026-11-29T0900-foundation.ts";
import * as agenda from "./2026-11-29T1000-agenda.ts";
import * as appointments from "./2026-11-29T1100-appointments.ts";
import * as portal from "./2026-11-29T1200-portal.ts";
import * as lifeDomains from "./2026-11-29T1300-life-domains.ts";
import * as socialMap from "./2026-11-29T1400-social-map.ts";
import * as rights from "./2026-11-29T1500-rights.ts";
import * as referrals from "./2026-11-29T1600-referrals.ts";
import * as processWork from "./2026-11-29T1700-process.ts";
import * as ownWords from "./2026-11-29T1800-own-words.ts";
import * as signals from "./2026-11-29T1900-signals.ts";
import * as initiatives from "./2026-11-29T2000-initiatives.ts";

/**
 * Every migration, in order. Append-only: names are dates, and a test checks that each new
 * name sorts after the previous one.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-29T0900-foundation": foundation,
  "2026-11-29T1000-agenda": agenda,
  "2026-11-29T1100-appointments": appointments,
  "2026-11-29T1200-portal": portal,
  "2026-11-29T1300-life-domains": lifeDomains,
  "2026-11-29T1400-social-map": socialMap,
  "2026-11-29T1500-rights": rights,
  "2026-11-29T1600-referrals": referrals,
  "2026-11-29T1700-process": processWork,
  "2026-11-29T1800-own-words": ownWords,
  "2026-11-29T1900-signals": signals,
  "2026-11-29T2000-initiatives": initiatives,
};
