/**
 * Reads a service in HSDS 3.0's nested form for display. The map may hold HSDS data from
 * elsewhere, so nothing is assumed: what is missing or of an unexpected type is left out, links
 * are only made of http(s) addresses, and opening hours come out per weekday.
 */
import type { HsdsService } from "../../api/types.ts";

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);
const records = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter(isRecord) : []);
/** A non-empty text, trimmed; numbers (a phone extension) become text. */
const str = (value: unknown): string | null => {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
};
const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : null);
const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** A link only for http(s): `javascript:` and the like stay text. */
export function safeUrl(value: unknown): string | null {
  const text = str(value);
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function mailHref(value: unknown): string | null {
  const text = str(value);
  return text && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? `mailto:${text}` : null;
}

/** "09 000 80 74" → "tel:090008074"; null when there are no digits to dial. */
export function telHref(value: unknown): string | null {
  const text = str(value);
  if (!text) return null;
  const dial = text.replace(/\(0\)/g, "").replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  return /\d{3,}/.test(dial) ? `tel:${dial}` : null;
}

export interface PhoneView {
  number: string;
  href: string | null;
  extension: string | null;
  description: string | null;
}

export interface AddressView {
  /** "Schoolstraat 19" (and a second line, when there is one). */
  street: string | null;
  /** "9000 Gent" */
  place: string | null;
  /** Only when it is not Belgium. */
  country: string | null;
}

/** Weekly opening hours: what holds today per weekday, and what the rules could not say per day. */
export interface OpeningHours {
  week: Record<Weekday, Array<{ opens: string; closes: string }>>;
  /** Whether any weekday has hours (otherwise only the notes say something). */
  hasWeek: boolean;
  notes: ScheduleNote[];
}

/** A schedule that is not (or not yet, or no longer) the weekly hours: its own words, or its days and hours. */
export interface ScheduleNote {
  description: string | null;
  days: Weekday[];
  opens: string | null;
  closes: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface LocationView {
  name: string | null;
  description: string | null;
  addresses: AddressView[];
  phones: PhoneView[];
  hours: OpeningHours | null;
}

export interface CostView {
  option: string | null;
  amount: number | null;
  currency: string | null;
  description: string | null;
}

export interface ServiceView {
  id: string;
  name: string | null;
  alternateName: string | null;
  description: string | null;
  status: string | null;
  organizationName: string | null;
  organizationWebsite: string | null;
  url: string | null;
  email: string | null;
  phones: PhoneView[];
  locations: LocationView[];
  hours: OpeningHours | null;
  languages: Array<{ code: string | null; name: string | null }>;
  costs: CostView[];
  applicationProcess: string | null;
  eligibility: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  targetGroups: string[];
  /** Life domain keys (from Nabij's life-domain taxonomy). */
  domains: string[];
  /** Other taxonomy terms, by name. */
  categories: string[];
  assuredDate: string | null;
}

const TIME = /^(\d{1,2}):(\d{2})/;

/** "9:00:00" → "09:00"; null when it is not a time of day. */
export function timeOfDay(value: unknown): string | null {
  const match = typeof value === "string" ? TIME.exec(value.trim()) : null;
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

const dateOf = (value: unknown): string | null => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

function scheduleDays(schedule: Loose, freq: string): Weekday[] {
  const byday = typeof schedule.byday === "string" ? schedule.byday.toUpperCase().split(",").map((d) => d.trim().slice(-2)) : [];
  if (freq === "DAILY" && byday.length === 0) return [...WEEKDAYS];
  return WEEKDAYS.filter((d) => byday.includes(d));
}

/**
 * The weekly hours that hold on `today` (YYYY-MM-DD), per weekday in order, and the rest as
 * notes: monthly or unclear schedules, and hours that start later. Hours that ended are left out.
 */
export function openingHours(schedules: unknown, today: string): OpeningHours | null {
  const week = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as Array<{ opens: string; closes: string }>])) as OpeningHours["week"];
  const notes: ScheduleNote[] = [];
  for (const schedule of records(schedules)) {
    const freq = (str(schedule.freq) ?? "WEEKLY").toUpperCase();
    const opens = timeOfDay(schedule.opens_at);
    const closes = timeOfDay(schedule.closes_at);
    const days = scheduleDays(schedule, freq);
    const validFrom = dateOf(schedule.valid_from);
    const validTo = dateOf(schedule.valid_to);
    const description = str(schedule.description);
    if (validTo !== null && validTo < today) continue;
    const weekly = (freq === "WEEKLY" || freq === "DAILY") && opens !== null && closes !== null && days.length > 0;
    if (weekly && (validFrom === null || validFrom <= today)) {
      for (const day of days) week[day].push({ opens, closes });
      if (validTo !== null) notes.push({ description: null, days, opens, closes, validFrom: null, validTo });
      continue;
    }
    if (!description && !(opens && closes && days.length > 0)) continue;
    notes.push({ description, days, opens, closes, validFrom, validTo });
  }
  for (const day of WEEKDAYS) {
    const seen = new Set<string>();
    week[day] = week[day].filter((r) => !seen.has(`${r.opens}-${r.closes}`) && seen.add(`${r.opens}-${r.closes}`)).sort((a, b) => a.opens.localeCompare(b.opens));
  }
  const hasWeek = WEEKDAYS.some((d) => week[d].length > 0);
  return hasWeek || notes.length > 0 ? { week, hasWeek, notes } : null;
}

function phones(value: unknown): PhoneView[] {
  return records(value).flatMap((phone) => {
    const number = str(phone.number);
    return number ? [{ number, href: telHref(number), extension: str(phone.extension), description: str(phone.description) }] : [];
  });
}

function addresses(value: unknown): AddressView[] {
  return records(value).flatMap((address) => {
    const street = [str(address.address_1), str(address.address_2)].filter(Boolean).join(", ") || null;
    const place = [str(address.postal_code), str(address.city)].filter(Boolean).join(" ") || null;
    const country = str(address.country);
    if (!street && !place) return [];
    return [{ street, place, country: country && !["BE", "BEL", "BELGIUM", "BELGIË", "BELGIQUE"].includes(country.toUpperCase()) ? country : null }];
  });
}

/** The service as it can be shown; `today` (YYYY-MM-DD, in Belgium) decides which hours hold. */
export function readService(service: HsdsService, today: string): ServiceView {
  const raw = service as unknown as Loose;
  const organization = isRecord(raw.organization) ? raw.organization : {};
  const locations = records(raw.service_at_locations).flatMap((sal): LocationView[] => {
    const location = isRecord(sal.location) ? sal.location : {};
    const view: LocationView = {
      name: str(location.name),
      description: str(sal.description) ?? str(location.description),
      addresses: addresses(location.addresses),
      phones: [...phones(sal.phones), ...phones(location.phones)],
      hours: openingHours([...records(sal.schedules), ...records(location.schedules)], today),
    };
    return view.name || view.addresses.length > 0 || view.phones.length > 0 || view.hours || view.description ? [view] : [];
  });
  const terms = records(raw.attributes).flatMap((attribute) => {
    const term = isRecord(attribute.taxonomy_term) ? attribute.taxonomy_term : {};
    const name = str(term.name) ?? str(attribute.value) ?? str(term.code);
    return name ? [{ kind: str(attribute.link_type), code: str(term.code), name }] : [];
  });
  return {
    id: typeof raw.id === "string" ? raw.id : "",
    name: str(raw.name),
    alternateName: str(raw.alternate_name),
    description: str(raw.description),
    status: str(raw.status),
    organizationName: str(organization.name),
    organizationWebsite: safeUrl(organization.website),
    url: safeUrl(raw.url),
    email: str(raw.email),
    phones: phones(raw.phones),
    locations,
    hours: openingHours(raw.schedules, today),
    languages: records(raw.languages).flatMap((l) => (str(l.code) || str(l.name) ? [{ code: str(l.code), name: str(l.name) }] : [])),
    costs: records(raw.cost_options).flatMap((c) => {
      const cost = { option: str(c.option), amount: num(c.amount), currency: str(c.currency), description: str(c.amount_description) };
      return cost.option || cost.amount !== null || cost.description ? [cost] : [];
    }),
    applicationProcess: str(raw.application_process),
    eligibility: str(raw.eligibility_description),
    minimumAge: num(raw.minimum_age),
    maximumAge: num(raw.maximum_age),
    targetGroups: unique(terms.filter((t) => t.kind === "target_group").map((t) => t.name)),
    domains: unique(terms.filter((t) => t.kind === "life_domain" && t.code).map((t) => t.code ?? "")),
    categories: unique(terms.filter((t) => t.kind !== "target_group" && t.kind !== "life_domain").map((t) => t.name)),
    assuredDate: dateOf(raw.assured_date),
  };
}

const belgianParts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Brussels", weekday: "short", year: "numeric", month: "2-digit", day: "2-digit" });
const DAY_OF: Record<string, Weekday> = { Mon: "MO", Tue: "TU", Wed: "WE", Thu: "TH", Fri: "FR", Sat: "SA", Sun: "SU" };

/** The date and weekday of a moment in Belgium. */
export function belgianDay(at: Date): { date: string; day: Weekday } {
  const parts = Object.fromEntries(belgianParts.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day: DAY_OF[parts.weekday ?? "Mon"] ?? "MO" };
}
