/**
 * A fictional social map of Flanders and Brussels, made by a generator (no scraped data): real
 * municipality names and postcodes, invented organisations, services, streets and phone numbers
 * (all in the 000 block, which no real Belgian number uses). The output is an HSDS 3.0 Dataset
 * whose rows validate against the official schemas and whose foreign keys all resolve.
 *
 * Deterministic: the same options give the same Dataset, ids included (UUIDs derived from the
 * seed, the table and the row number; the anchor services and the two Nabij taxonomies have ids
 * that do not depend on the seed). Times in schedules are local Belgian time ("09:00"); HSDS
 * `timezone` is a UTC offset number and Belgium changes offset, so it is left out.
 *
 * The default demo (DEMO_MAP_OPTIONS) has 320 services in 24 municipalities and every life
 * domain; `services: 50_000` makes the benchmark map.
 */
import { LIFE_DOMAINS, type LifeDomain } from "@nabij/domain";
import { emptyDataset, HSDS_TABLES, type Dataset, type HsdsRow, type HsdsTable } from "./hsds/dataset.ts";
import {
  HOUSE_NAMES_FR,
  HOUSE_NAMES_NL,
  LABELS_FR,
  LABELS_NL,
  LIFE_DOMAIN_TERMS,
  MUNICIPALITIES,
  MUTUALITY_BRANDS,
  ORG_KINDS,
  OTHER_LANGUAGES,
  SCHEDULE_VARIANTS,
  SERVICE_TEMPLATES,
  SITES,
  SPOKEN_LANGUAGES,
  STREETS,
  TARGET_GROUPS,
  type CostSpec,
  type DemoLanguage,
  type Hours,
  type Municipality,
  type OrgKind,
  type ScheduleKind,
  type ServiceTemplate,
  type TargetGroup,
  type Text,
} from "./demo-map-data.ts";
import { LIFE_DOMAIN_TAXONOMY, TARGET_GROUP_TAXONOMY } from "./taxonomies.ts";

export interface SocialMapOptions {
  /** How many services (at least the number of anchors, 4). */
  services: number;
  seed: number;
}

/** The demo map: what `nabij demo` and the search tests use. */
export const DEMO_MAP_OPTIONS: Readonly<SocialMapOptions> = { services: 320, seed: 2026 };

export const DEMO_MAP_DOMAIN = "demo.nabij.be";

// ---------------------------------------------------------------------------------------------
// Deterministic ids and randomness

/** The murmur3 finaliser: a bijection on 32-bit integers that mixes all bits. */
function fmix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const byteHex = (n: number, shift: number): string => HEX[(n >>> shift) & 0xff] ?? "00";
const hex4 = (n: number): string => byteHex(n, 8) + byteHex(n, 0);
const hex8 = (n: number): string => byteHex(n, 24) + byteHex(n, 16) + byteHex(n, 8) + byteHex(n, 0);

/**
 * A UUID (RFC 4122 layout, version 5, variant 10) derived from a space (the seed, mixed), a table
 * and a row number. The last 32 bits are a bijection of the row number for a given space and
 * table, so ids never repeat within a table.
 */
function uuidOf(space: number, table: number, index: number): string {
  const key = fmix((space ^ Math.imul(table + 1, 0x9e3779b1)) >>> 0);
  const l3 = fmix((index ^ key) >>> 0);
  const l0 = fmix((key + Math.imul(index + 1, 0x27d4eb2f)) >>> 0);
  const l1 = ((fmix((l0 ^ 0x165667b1) >>> 0) & 0xffff0fff) | 0x00005000) >>> 0;
  const l2 = ((fmix((l3 + l0) >>> 0) & 0x3fffffff) | 0x80000000) >>> 0;
  return `${hex8(l0)}-${hex4(l1 >>> 16)}-${hex4(l1)}-${hex4(l2 >>> 16)}-${hex4(l2)}${hex8(l3)}`;
}

const tableNumber = (table: HsdsTable): number => HSDS_TABLES.indexOf(table);

/** Ids that stay the same whatever the seed: the anchor services and the two Nabij taxonomies. */
const FIXED_SPACE = 0x4e41424a; // "NABJ"
const fixedId = (table: HsdsTable, index: number): string => uuidOf(FIXED_SPACE, tableNumber(table), index);

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Anchors: services the search tests expect among the top results of a given query

interface Anchor {
  query: string;
  municipality: string;
  language: DemoLanguage;
  name: string;
  alternateName?: string;
  description: string;
  template: ServiceTemplate;
  /** The spoken languages (codes), instead of drawn ones. */
  languages?: string[];
}

const ANCHOR_LIST = {
  schuldbemiddelingGent: {
    query: "schuldbemiddeling Gent",
    municipality: "gent",
    language: "nl",
    name: "Schuldbemiddeling",
    languages: ["nl", "fr", "ar"],
    description:
      "Heb je schulden die je niet meer kunt betalen? Een schuldbemiddelaar van het Sociaal Huis Gent brengt je schulden in kaart, maakt een afbetalingsplan en onderhandelt met je schuldeisers. Voor inwoners van Gent, gratis en vertrouwelijk.",
    template: templateByKey("schuldbemiddeling"),
  },
  aideJuridique: {
    query: "aide juridique",
    municipality: "brussel",
    language: "fr",
    name: "Aide juridique de première ligne",
    alternateName: "Juridische eerstelijnsbijstand",
    languages: ["fr", "nl"],
    description:
      "Un avocat vous donne gratuitement un premier avis juridique et vous oriente si nécessaire : logement, travail, famille, dettes ou droit de séjour. Sans rendez-vous pendant les permanences, en français et en néerlandais.",
    template: {
      key: "aide-juridique", org: "juridisch", domains: ["justice", "administration"], groups: ["everyone"], schedules: ["mornings"], cost: "free",
      name: { nl: "Juridische eerstelijnsbijstand", fr: "Aide juridique de première ligne" },
      description: { nl: "", fr: "" },
    },
  },
  psycholoog: {
    query: "psycholoog",
    municipality: "leuven",
    language: "nl",
    name: "Eerstelijnspsycholoog",
    alternateName: "Psycholoog in de eerste lijn",
    languages: ["nl", "en"],
    description:
      "Kortdurende, laagdrempelige begeleiding door een psycholoog bij stress, somberheid, angst of piekeren. Je hebt geen verwijsbrief nodig. Je betaalt een klein remgeld; voor jongeren tot 23 jaar is het gratis.",
    template: {
      key: "eerstelijnspsycholoog", org: "psynet", domains: ["mental_health"], groups: ["everyone", "young-people"], schedules: ["appointment"],
      cost: [
        { option: { nl: "Remgeld", fr: "Ticket modérateur", en: "Patient fee" }, amount: 11, per: { nl: "per individuele sessie", fr: "par séance individuelle", en: "per individual session" } },
        { option: { nl: "Jongeren tot 23 jaar", fr: "Jeunes jusqu'à 23 ans", en: "Young people up to 23" }, amount: 0 },
      ],
      name: { nl: "Eerstelijnspsycholoog", fr: "Psychologue de première ligne" },
      description: { nl: "", fr: "" },
    },
  },
  creche: {
    query: "creche",
    municipality: "schaarbeek",
    language: "fr",
    name: "Crèche Les Petits Pas",
    alternateName: "Kinderdagverblijf Les Petits Pas",
    languages: ["fr", "nl", "en"],
    description:
      "Crèche pour les bébés et les jeunes enfants de 3 mois à 3 ans, avec une participation financière selon les revenus des parents. Des places sont réservées aux parents en formation ou en recherche d'emploi.",
    template: {
      key: "creche", org: "kinderopvang", domains: ["family", "work"], groups: ["children", "families-with-children"], schedules: ["daycare"], ages: [0, 3],
      cost: [{ option: { nl: "Inkomensgerelateerd tarief", fr: "Participation selon les revenus", en: "Income-related rate" }, amount: 12, per: { nl: "per dag", fr: "par jour", en: "per day" } }],
      name: { nl: "Kinderdagverblijf Les Petits Pas", fr: "Crèche Les Petits Pas" },
      description: { nl: "", fr: "" },
    },
  },
} satisfies Record<string, Anchor>;

type AnchorKey = keyof typeof ANCHOR_LIST;
const ANCHOR_KEYS = Object.keys(ANCHOR_LIST) as AnchorKey[];

/**
 * The services the search tests name: for `query`, the service with this id and name must be
 * among the top results on the demo map. Their ids do not depend on the seed, and on any generated
 * map each is the only service with all the words of its query (the templates avoid them).
 */
export const DEMO_MAP_ANCHORS = Object.fromEntries(
  ANCHOR_KEYS.map((key, index) => {
    const a: Anchor = ANCHOR_LIST[key];
    return [key, { id: fixedId("service", index), name: a.name, query: a.query, municipality: municipality(a.municipality).nl }];
  }),
) as Record<AnchorKey, { id: string; name: string; query: string; municipality: string }>;

/** The ids of the two Nabij taxonomies in every generated map. */
export const DEMO_MAP_TAXONOMY_IDS = { lifeDomains: fixedId("taxonomy", 0), targetGroups: fixedId("taxonomy", 1) } as const;

function templateByKey(key: string): ServiceTemplate {
  const template = SERVICE_TEMPLATES.find((t) => t.key === key);
  if (!template) throw new Error(`No service template ${key}`);
  return template;
}

function municipality(key: string): Municipality {
  const m = MUNICIPALITIES.find((x) => x.key === key);
  if (!m) throw new Error(`No municipality ${key}`);
  return m;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const DAY_NAMES: Record<DemoLanguage, Record<string, string>> = {
  nl: { MO: "maandag", TU: "dinsdag", WE: "woensdag", TH: "donderdag", FR: "vrijdag", SA: "zaterdag", SU: "zondag" },
  fr: { MO: "lundi", TU: "mardi", WE: "mercredi", TH: "jeudi", FR: "vendredi", SA: "samedi", SU: "dimanche" },
  en: { MO: "Monday", TU: "Tuesday", WE: "Wednesday", TH: "Thursday", FR: "Friday", SA: "Saturday", SU: "Sunday" },
};
const ORDINALS: Record<DemoLanguage, Record<string, string>> = {
  nl: { "1": "eerste", "2": "tweede", "3": "derde", "-1": "laatste" },
  fr: { "1": "premier", "2": "deuxième", "3": "troisième", "-1": "dernier" },
  en: { "1": "first", "2": "second", "3": "third", "-1": "last" },
};
const AND: Record<DemoLanguage, string> = { nl: "en", fr: "et", en: "and" };

/** Fixed phrases in the three demo languages. */
const PHRASES = {
  closed: { nl: "Tijdelijk gesloten wegens verbouwingen.", fr: "Temporairement fermé pour travaux.", en: "Temporarily closed for renovation." },
  reception: { nl: "Onthaal", fr: "Accueil", en: "Reception" },
  sms: { nl: "Via sms", fr: "Par SMS", en: "By text message" },
  interpreting: { nl: "Sociaal tolken op aanvraag, ook via telefoon of video.", fr: "Interprétariat social sur demande, aussi par téléphone ou vidéo.", en: "Community interpreting on request, also by phone or video." },
  byAppointment: { nl: "Enkel op afspraak", fr: "Uniquement sur rendez-vous", en: "By appointment only" },
  attendByAppointment: { nl: "Op afspraak, ter plaatse of telefonisch", fr: "Sur rendez-vous, sur place ou par téléphone", en: "By appointment, in person or by phone" },
  dayAndNight: { nl: "Dag en nacht, elke dag van het jaar", fr: "Jour et nuit, tous les jours de l'année", en: "Day and night, every day of the year" },
  fromEvening: { nl: "Elke avond vanaf 20.00 uur", fr: "Chaque soir à partir de 20 h", en: "Every evening from 20:00" },
  untilMorning: { nl: "Tot 8.00 uur 's ochtends", fr: "Jusqu'à 8 h du matin", en: "Until 8:00 in the morning" },
  attendPhoneAndInPerson: { nl: "Telefonisch en ter plaatse", fr: "Par téléphone et sur place", en: "By phone and in person" },
  attendInPerson: { nl: "Ter plaatse", fr: "Sur place", en: "In person" },
  withInterpreter: { nl: "Met een sociaal tolk", fr: "Avec un interprète social", en: "With a community interpreter" },
  applyAppointment: { nl: "Maak een afspraak per telefoon of e-mail.", fr: "Prenez rendez-vous par téléphone ou par e-mail.", en: "Make an appointment by phone or e-mail." },
  applyAlways: { nl: "Bel of chat, dag en nacht.", fr: "Appelez ou écrivez par chat, jour et nuit.", en: "Call or chat, day and night." },
  applyWalkIn: { nl: "Kom gewoon langs tijdens de openingsuren.", fr: "Passez pendant les heures d'ouverture, sans rendez-vous.", en: "Just drop in during opening hours." },
  applyDefault: { nl: "Kom langs tijdens de openingsuren of bel voor een afspraak.", fr: "Passez pendant les heures d'ouverture ou appelez pour un rendez-vous.", en: "Come during opening hours or call for an appointment." },
} satisfies Record<string, Record<DemoLanguage, string>>;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function dayList(byday: string, lang: DemoLanguage): string {
  if (byday === "MO,TU,WE,TH,FR") return { nl: "maandag tot vrijdag", fr: "du lundi au vendredi", en: "Monday to Friday" }[lang];
  if (byday === "MO,TU,WE,TH,FR,SA,SU") return { nl: "elke dag", fr: "tous les jours", en: "every day" }[lang];
  const names = byday.split(",").map((d) => DAY_NAMES[lang][d] ?? d);
  return names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${AND[lang]} ${names.at(-1) ?? ""}`;
}

function clock(time: string, lang: DemoLanguage): string {
  const [h = "0", m = "00"] = time.split(":");
  const hours = String(Number(h));
  if (lang === "fr") return m === "00" ? `${hours} h` : `${hours} h ${m}`;
  if (lang === "nl") return `${hours}.${m}`;
  return `${hours}:${m}`;
}

function hoursText([byday, opens, closes]: Hours, monthly: boolean, lang: DemoLanguage): string {
  let days: string;
  if (monthly) {
    const match = /^(-?\d)([A-Z]{2})$/.exec(byday);
    const ordinal = ORDINALS[lang][match?.[1] ?? "1"] ?? "";
    const day = DAY_NAMES[lang][match?.[2] ?? "MO"] ?? "";
    days = { nl: `elke ${ordinal} ${day} van de maand`, fr: `chaque ${ordinal} ${day} du mois`, en: `every ${ordinal} ${day} of the month` }[lang];
  } else days = dayList(byday, lang);
  const text = { nl: `${days} van ${clock(opens, lang)} tot ${clock(closes, lang)} uur`, fr: `${days} de ${clock(opens, lang)} à ${clock(closes, lang)}`, en: `${days}, ${clock(opens, lang)} to ${clock(closes, lang)}` }[lang];
  return capitalise(text);
}

/** "de Bruxelles", "d'Anderlecht". */
const deFr = (name: string): string => (/^[AEIOUYÉH]/i.test(name) ? `d'${name}` : `de ${name}`);

/** A slug for e-mail addresses and URLs: lower case ASCII, words joined by "-". */
const slug = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function textIn(text: Text, lang: DemoLanguage): string {
  return lang === "en" ? (text.en ?? text.nl) : text[lang];
}

// ---------------------------------------------------------------------------------------------
// The generator

interface Org {
  /** Its number in the order of creation (a short key for its locations). */
  index: number;
  row: HsdsRow;
  language: "nl" | "fr";
  slug: string;
}

const WEIGHTED = MUNICIPALITIES.flatMap((m, i) => Array.from({ length: m.weight }, () => i));
const TEMPLATES_BY_DOMAIN = new Map<LifeDomain, ServiceTemplate[]>(LIFE_DOMAINS.map((d) => [d, SERVICE_TEMPLATES.filter((t) => t.domains[0] === d)]));
const BIG_CITIES = new Set(["gent", "antwerpen", "leuven", "brugge"]);
const BASE_DAY = Date.UTC(2026, 0, 15);
const DAY_MS = 86_400_000;

class Generator {
  readonly ds: Dataset = emptyDataset();
  private readonly random: () => number;
  private readonly space: number;
  private readonly counters = new Map<HsdsTable, number>();
  private readonly orgs = new Map<string, Org>();
  private readonly locations = new Map<string, HsdsRow>();
  private readonly virtualLocations = new Map<string, HsdsRow>();
  private readonly names = new Map<string, number>();
  private readonly orgNames = new Set<string>();
  private readonly domainTerms = new Map<LifeDomain, string>();
  private readonly groupTerms = new Map<TargetGroup, string>();

  constructor(seed: number) {
    this.random = mulberry32(seed ^ 0x5eed5eed);
    this.space = fmix((seed ^ 0x2026bead) >>> 0);
  }

  private id(table: HsdsTable): string {
    const n = this.counters.get(table) ?? 0;
    this.counters.set(table, n + 1);
    return uuidOf(this.space, tableNumber(table), n);
  }

  private pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.random() * list.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  taxonomies(): void {
    const lifeId = DEMO_MAP_TAXONOMY_IDS.lifeDomains;
    const groupId = DEMO_MAP_TAXONOMY_IDS.targetGroups;
    this.ds.taxonomy.push(
      { id: lifeId, name: LIFE_DOMAIN_TAXONOMY.name, description: "De 14 levensdomeinen waarmee Nabij naar het hele leven van een persoon kijkt. De code van een term is de sleutel van het domein.", uri: LIFE_DOMAIN_TAXONOMY.uri, version: "1" },
      { id: groupId, name: TARGET_GROUP_TAXONOMY.name, description: "Voor wie een dienst bedoeld is. De code van een term is een korte sleutel.", uri: TARGET_GROUP_TAXONOMY.uri, version: "1" },
    );
    LIFE_DOMAINS.forEach((domain, i) => {
      const id = fixedId("taxonomy_term", i);
      this.domainTerms.set(domain, id);
      const term = LIFE_DOMAIN_TERMS[domain];
      this.ds.taxonomy_term.push({ id, code: domain, name: term.nl, description: term.description, taxonomy_id: lifeId, language: "nl", term_uri: `${LIFE_DOMAIN_TAXONOMY.uri}/${domain}` });
    });
    TARGET_GROUPS.forEach((group, i) => {
      const id = fixedId("taxonomy_term", 100 + i);
      this.groupTerms.set(group.code, id);
      this.ds.taxonomy_term.push({ id, code: group.code, name: group.nl, description: group.description, taxonomy_id: groupId, language: "nl", term_uri: `${TARGET_GROUP_TAXONOMY.uri}/${group.code}` });
    });
  }

  /** The organisation of a kind for a municipality and language, made on first use. */
  private org(kind: OrgKind, m: Municipality, lang: DemoLanguage): Org {
    const def = ORG_KINDS[kind];
    const orgLang: "nl" | "fr" = lang === "fr" || (lang === "en" && m.brussels) || (def.bilingual && m.brussels) ? "fr" : "nl";
    const brand = kind === "mutualiteit" ? Math.floor(this.random() * MUTUALITY_BRANDS.length) : 0;
    const scope = def.scope === "municipality" ? m.key : def.scope === "province" ? m.province.nl : `brand-${brand}`;
    const key = `${kind}|${scope}|${def.bilingual && m.brussels ? "bi" : orgLang}`;
    const existing = this.orgs.get(key);
    if (existing) return existing;

    const kindIndex = Object.keys(ORG_KINDS).indexOf(kind);
    const scopeIndex = def.scope === "province" ? [...new Set(MUNICIPALITIES.map((x) => x.province.nl))].indexOf(m.province.nl) : MUNICIPALITIES.indexOf(m);
    const labelIndex = (kindIndex * 7 + scopeIndex * 3) % LABELS_NL.length;
    const fill = (text: string, l: "nl" | "fr"): string =>
      text
        .replaceAll("{M}", l === "fr" ? m.fr : m.nl)
        .replaceAll("{Mnl}", m.nl)
        .replaceAll("{deM}", deFr(m.fr))
        .replaceAll("{P}", m.brussels ? (l === "fr" ? "Bruxelles" : "Brussel") : m.province[l])
        .replaceAll("{label}", (l === "fr" ? LABELS_FR : LABELS_NL)[labelIndex] ?? "")
        .replaceAll("{brand}", MUTUALITY_BRANDS[brand]?.[l] ?? "");
    let name = fill(def.name[orgLang], orgLang);
    // Two organisations never share a name: a second "Wijkgezondheidscentrum De Linde" gets its place.
    if (this.orgNames.has(name)) name = `${name} ${orgLang === "fr" ? m.fr : m.nl}`;
    this.orgNames.add(name);
    const orgSlug = slug(name);
    const row: HsdsRow = {
      id: this.id("organization"),
      name,
      description: fill(def.description[orgLang], orgLang),
      email: `info.${orgSlug}@${DEMO_MAP_DOMAIN}`,
      website: `https://${DEMO_MAP_DOMAIN}/${orgSlug}`,
      legal_status: def.legalStatus[orgLang],
    };
    if (def.alternate) row.alternate_name = fill(def.alternate[orgLang], orgLang);
    if (def.legalStatus.nl === "vzw") row.year_incorporated = this.int(1975, 2021);
    this.ds.organization.push(row);
    const org: Org = { index: this.orgs.size, row, language: orgLang, slug: orgSlug };
    this.orgs.set(key, org);
    return org;
  }

  /** The physical location of an organisation in a municipality (site 0 is the main one). */
  private location(org: Org, m: Municipality, site: number): HsdsRow {
    const key = `${org.index}|${m.key}|${site}`;
    const existing = this.locations.get(key);
    if (existing) return existing;
    const lang = org.language;
    const orgName = String(org.row.name);
    const local = namesPlace(orgName, m) ? orgName : `${orgName} ${lang === "fr" ? m.fr : m.nl}`;
    const name = site === 0 ? local : `${local} – ${siteName(lang, site)}`;
    const street = this.pick(STREETS);
    const streetName = lang === "fr" && m.brussels ? street[1] : street[0];
    const number = this.int(1, 180);
    const row: HsdsRow = {
      id: this.id("location"),
      location_type: "physical",
      organization_id: org.row.id,
      name,
      latitude: Math.round((m.lat + (this.random() - 0.5) * 0.03) * 1e5) / 1e5,
      longitude: Math.round((m.lon + (this.random() - 0.5) * 0.04) * 1e5) / 1e5,
    };
    if (this.chance(0.4)) {
      const line = this.int(1, 58);
      row.transportation = lang === "fr" ? `Bus ${line}, arrêt ${streetName}` : `Bus ${line}, halte ${streetName}`;
    }
    this.ds.location.push(row);
    const address: HsdsRow = {
      id: this.id("address"),
      location_id: row.id,
      address_1: `${streetName} ${number}`,
      city: lang === "fr" && m.brussels ? m.fr : m.nl,
      state_province: m.province[lang],
      postal_code: this.pick(m.postcodes),
      country: "BE",
      address_type: "physical",
    };
    if (this.chance(0.15)) address.address_2 = lang === "fr" ? `boîte ${this.int(1, 12)}` : `bus ${this.int(1, 12)}`;
    this.ds.address.push(address);
    this.locations.set(key, row);
    return row;
  }

  private virtualLocation(org: Org): HsdsRow {
    const existing = this.virtualLocations.get(org.row.id);
    if (existing) return existing;
    const row: HsdsRow = {
      id: this.id("location"),
      location_type: "virtual",
      organization_id: org.row.id,
      name: `${String(org.row.name)} – ${org.language === "fr" ? "téléphone et chat" : "telefoon en chat"}`,
      url: `https://${DEMO_MAP_DOMAIN}/${org.slug}/chat`,
    };
    this.ds.location.push(row);
    this.virtualLocations.set(org.row.id, row);
    return row;
  }

  private phone(m: Municipality, tollFree: boolean): string {
    const d2 = (): string => String(this.int(0, 99)).padStart(2, "0");
    if (tollFree) return `0800 00 0${d2()}`;
    return m.zone.length === 2 ? `${m.zone} 000 ${d2()} ${d2()}` : `${m.zone} 00 0${this.int(0, 9)} ${d2()}`;
  }

  /** One service with all its rows. `anchor` fixes the id, name and text. */
  service(template: ServiceTemplate, m: Municipality, lang: DemoLanguage, anchor?: { id: string; name: string; alternateName?: string; description: string; languages?: string[] }): void {
    const org = this.org(template.org, m, lang);
    const otherLang: DemoLanguage | null = lang === "nl" ? (m.brussels || this.chance(0.08) ? "fr" : null) : lang === "fr" ? "nl" : m.brussels ? "fr" : "nl";
    // A house keeps its own name in every language.
    const house = (org.language === "fr" ? HOUSE_NAMES_FR : HOUSE_NAMES_NL)[this.int(0, HOUSE_NAMES_NL.length - 1)] ?? "";
    const fill = (text: string, l: DemoLanguage): string => text.replaceAll("{M}", l === "fr" ? m.fr : l === "en" ? (m.en ?? m.nl) : m.nl).replaceAll("{house}", house);

    // The name, with a site when the same service already exists in this municipality.
    let name = anchor?.name ?? fill(textIn(template.name, lang), lang);
    const nameKey = `${m.key}|${name}`;
    const repeat = this.names.get(nameKey) ?? 0;
    this.names.set(nameKey, repeat + 1);
    if (!anchor && repeat > 0) name = `${name} – ${siteName(lang, repeat)}`;
    const site = anchor ? 0 : repeat;

    const id = anchor?.id ?? this.id("service");
    const suffix = `${lang === "nl" ? "" : `-${lang}`}${site > 0 ? `-${site}` : ""}`;
    const row: HsdsRow = {
      id,
      organization_id: org.row.id,
      name,
      description: anchor?.description ?? this.description(template, m, lang, org, fill),
      url: `https://${DEMO_MAP_DOMAIN}/${m.key}/${template.key}${suffix}`,
      email: `${template.key}${suffix.replaceAll("-", ".")}.${m.key}@${DEMO_MAP_DOMAIN}`,
      status: "active",
    };
    const alternate = anchor ? anchor.alternateName : otherLang ? fill(textIn(template.name, otherLang), otherLang) : undefined;
    if (alternate !== undefined && alternate !== name) row.alternate_name = alternate;
    if (!anchor) {
      const r = this.random();
      if (r < 0.03) row.status = "inactive";
      else if (r < 0.06) {
        row.status = "temporarily closed";
        row.alert = PHRASES.closed[lang];
      }
    }
    const scheduleKind = this.pick(template.schedules);
    row.application_process = applicationProcess(scheduleKind, lang);
    if (template.ages) {
      const [min, max] = template.ages;
      row.minimum_age = min;
      row.maximum_age = max;
      const who = max <= 12 ? { nl: "kinderen", fr: "les enfants", en: "children" } : min >= 12 ? { nl: "jongeren", fr: "les jeunes", en: "young people" } : { nl: "kinderen en jongeren", fr: "les enfants et les jeunes", en: "children and young people" };
      row.eligibility_description = { nl: `Voor ${who.nl} van ${min} tot ${max} jaar.`, fr: `Pour ${who.fr} de ${min} à ${max} ans.`, en: `For ${who.en} aged ${min} to ${max}.` }[lang];
    } else {
      const group = TARGET_GROUPS.find((g) => g.code === template.groups[0]);
      if (group && group.code !== "everyone") row.eligibility_description = capitalise(`${{ nl: "voor", fr: "pour", en: "for" }[lang]} ${group.for[lang]}.`);
    }
    const daysAgo = this.int(0, 400);
    const modified = BASE_DAY - daysAgo * DAY_MS + this.int(7 * 3600, 18 * 3600) * 1000;
    row.last_modified = new Date(modified).toISOString();
    row.assured_date = new Date(modified - this.int(0, 30) * DAY_MS).toISOString().slice(0, 10);

    // Where: the organisation's site in the municipality, sometimes a second one, and a phone line or chat.
    const locations = [this.location(org, m, site)];
    if (!anchor && ORG_KINDS[template.org].scope !== "municipality" && this.chance(0.1)) {
      const other = MUNICIPALITIES.filter((x) => x !== m && x.province.nl === m.province.nl);
      if (other.length > 0) locations.push(this.location(org, this.pick(other), 0));
    }
    if (template.virtual) locations.push(this.virtualLocation(org));
    for (const location of locations) this.ds.service_at_location.push({ id: this.id("service_at_location"), service_id: id, location_id: location.id });

    // Phones.
    this.ds.phone.push({ id: this.id("phone"), service_id: id, number: this.phone(m, Boolean(template.virtual)), type: "voice", description: PHRASES.reception[lang] });
    if (this.chance(0.2)) this.ds.phone.push({ id: this.id("phone"), service_id: id, number: this.phone(m, false), type: "text", description: PHRASES.sms[lang] });

    this.schedules(id, scheduleKind, template, lang);
    const interpreting = this.languages(id, template, m, lang, anchor?.languages);
    if (interpreting) row.interpretation_services = PHRASES.interpreting[lang];
    this.costs(id, template.cost, lang);

    // Attributes: the life domains and target groups of the service.
    for (const domain of template.domains) {
      const termId = this.domainTerms.get(domain);
      if (termId) this.ds.attribute.push({ id: this.id("attribute"), link_id: id, taxonomy_term_id: termId, link_type: "life_domain", link_entity: "service" });
    }
    for (const group of template.groups) {
      const termId = this.groupTerms.get(group);
      if (termId) this.ds.attribute.push({ id: this.id("attribute"), link_id: id, taxonomy_term_id: termId, link_type: "target_group", link_entity: "service" });
    }
    this.ds.service.push(row);
  }

  private description(template: ServiceTemplate, m: Municipality, lang: DemoLanguage, org: Org, fill: (text: string, l: DemoLanguage) => string): string {
    const parts = [fill(textIn(template.description, lang), lang)];
    const place = lang === "fr" ? m.fr : lang === "en" ? (m.en ?? m.nl) : m.nl;
    if (this.chance(0.4)) parts.push({ nl: `Voor inwoners van ${place} en omgeving.`, fr: `Pour les habitants ${deFr(place)} et des environs.`, en: `For people living in and around ${place}.` }[lang]);
    if (this.chance(0.5)) parts.push({ nl: `Een dienst van ${String(org.row.name)}.`, fr: `Un service proposé par ${String(org.row.name)}.`, en: `Offered by ${String(org.row.name)}.` }[lang]);
    return parts.join(" ");
  }

  private schedules(serviceId: string, kind: ScheduleKind, template: ServiceTemplate, lang: DemoLanguage): void {
    const variant = this.pick(SCHEDULE_VARIANTS[kind]);
    const season: Record<string, string> = template.season ? { valid_from: `2026-${template.season[0]}`, valid_to: `2026-${template.season[1]}` } : {};
    if (variant.length === 0) {
      this.ds.schedule.push({
        id: this.id("schedule"),
        service_id: serviceId,
        description: PHRASES.byAppointment[lang],
        attending_type: PHRASES.attendByAppointment[lang],
        ...season,
      });
      return;
    }
    variant.forEach((hours, i) => {
      const description = kind === "always" ? PHRASES.dayAndNight[lang] : kind === "night" ? (i === 0 ? PHRASES.fromEvening : PHRASES.untilMorning)[lang] : hoursText(hours, kind === "monthly", lang);
      this.ds.schedule.push({
        id: this.id("schedule"),
        service_id: serviceId,
        freq: kind === "monthly" ? "MONTHLY" : "WEEKLY",
        wkst: "MO",
        byday: hours[0],
        opens_at: hours[1],
        closes_at: hours[2],
        description,
        attending_type: kind === "always" ? PHRASES.attendPhoneAndInPerson[lang] : PHRASES.attendInPerson[lang],
        ...season,
      });
    });
  }

  /** Spoken languages; true when community interpreting is offered. */
  private languages(serviceId: string, template: ServiceTemplate, m: Municipality, lang: DemoLanguage, fixed?: string[]): boolean {
    if (fixed) {
      for (const code of fixed) {
        const names = SPOKEN_LANGUAGES[code];
        if (names) this.ds.language.push({ id: this.id("language"), service_id: serviceId, name: names[lang], code });
      }
      return false;
    }
    const codes: string[] = [lang];
    const add = (code: string): void => {
      if (!codes.includes(code)) codes.push(code);
    };
    if (lang === "nl") {
      if (m.brussels ? this.chance(0.8) : this.chance(0.2)) add("fr");
      if (this.chance(0.4)) add("en");
    } else if (lang === "fr") {
      if (this.chance(0.6)) add("nl");
      if (this.chance(0.4)) add("en");
    } else {
      add(m.brussels ? "fr" : "nl");
      if (m.brussels) add("nl");
    }
    const others = template.multilingual ? this.int(1, 3) : this.chance(0.2) ? 1 : 0;
    for (let i = 0; i < others; i++) add(this.pick(OTHER_LANGUAGES));
    if (this.chance(0.02)) add("vgt");
    const interpreting = others > 0 && this.chance(0.4);
    for (const code of codes) {
      const names = SPOKEN_LANGUAGES[code];
      if (!names) continue;
      const row: HsdsRow = { id: this.id("language"), service_id: serviceId, name: names[lang], code };
      if (interpreting && (OTHER_LANGUAGES as readonly string[]).includes(code)) row.note = PHRASES.withInterpreter[lang];
      this.ds.language.push(row);
    }
    return interpreting;
  }

  private costs(serviceId: string, cost: ServiceTemplate["cost"], lang: DemoLanguage): void {
    if (cost === "unknown") return;
    const specs: readonly CostSpec[] = cost === "free" ? [{ option: { nl: "Gratis", fr: "Gratuit", en: "Free" }, amount: 0 }] : cost;
    for (const spec of specs) {
      const amount = typeof spec.amount === "number" ? spec.amount : this.int(spec.amount[0], spec.amount[1]);
      const row: HsdsRow = { id: this.id("cost_option"), service_id: serviceId, option: textIn(spec.option, lang), currency: "EUR", amount, valid_from: "2026-01-01" };
      if (spec.per) row.amount_description = textIn(spec.per, lang);
      this.ds.cost_option.push(row);
    }
  }
}

/** An organisation named after its municipality needs no place name added to its location's name. */
function namesPlace(orgName: string, m: Municipality): boolean {
  return orgName.includes(m.nl) || orgName.includes(m.fr);
}

function siteName(lang: DemoLanguage, repeat: number): string {
  const list = SITES[lang];
  const base = list[(repeat - 1) % list.length] ?? "";
  const round = Math.floor((repeat - 1) / list.length);
  return round === 0 ? base : `${base} ${round + 1}`;
}

function applicationProcess(kind: ScheduleKind, lang: DemoLanguage): string {
  switch (kind) {
    case "appointment":
      return PHRASES.applyAppointment[lang];
    case "always":
      return PHRASES.applyAlways[lang];
    case "walkin":
    case "food":
    case "night":
      return PHRASES.applyWalkIn[lang];
    default:
      return PHRASES.applyDefault[lang];
  }
}

/**
 * A fictional social map with `services` services (the four anchors first, then services spread
 * over all life domains in turn and over the municipalities by size), deterministic for a seed.
 */
export function generateSocialMap(options: SocialMapOptions): Dataset {
  const { services, seed } = options;
  if (!Number.isInteger(services) || services < ANCHOR_KEYS.length) throw new RangeError(`services must be a whole number of at least ${ANCHOR_KEYS.length}`);
  if (!Number.isInteger(seed)) throw new RangeError("seed must be a whole number");
  const g = new Generator(seed);
  g.taxonomies();
  for (const key of ANCHOR_KEYS) {
    const a: Anchor = ANCHOR_LIST[key];
    g.service(a.template, municipality(a.municipality), a.language, { id: DEMO_MAP_ANCHORS[key].id, name: a.name, alternateName: a.alternateName, description: a.description, languages: a.languages });
  }
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] ?? (list[0] as T);
  for (let i = 0; i < services - ANCHOR_KEYS.length; i++) {
    const domain = LIFE_DOMAINS[i % LIFE_DOMAINS.length] ?? "income";
    const template = pick(TEMPLATES_BY_DOMAIN.get(domain) ?? SERVICE_TEMPLATES);
    // Every municipality in the first round, then by size.
    let index = i < MUNICIPALITIES.length ? i : pick(WEIGHTED);
    // The anchor is Ghent's only debt mediation service, so it leads that search.
    if (template.key === "schuldbemiddeling" && MUNICIPALITIES[index]?.key === "gent") index = (index + 1) % MUNICIPALITIES.length;
    const m = MUNICIPALITIES[index] ?? municipality("gent");
    const r = random();
    let lang: DemoLanguage = "nl";
    const english = template.name.en !== undefined && template.description.en !== undefined;
    if (m.brussels) lang = r < 0.5 ? "fr" : r < 0.93 ? "nl" : english ? "en" : "fr";
    else if (BIG_CITIES.has(m.key) && r < 0.04 && english) lang = "en";
    g.service(template, m, lang);
  }
  return g.ds;
}

/** The default demo map (DEMO_MAP_OPTIONS). */
export function demoSocialMap(): Dataset {
  return generateSocialMap(DEMO_MAP_OPTIONS);
}
