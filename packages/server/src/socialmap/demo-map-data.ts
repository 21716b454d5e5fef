/**
 * Word lists of the fictional demo social map (demo-map.ts): municipalities (real names and
 * postcodes), kinds of organisation, service templates per life domain, languages and the two
 * Nabij taxonomies. Every organisation, service, street and phone number made from them is
 * invented; no real people, no scraped data.
 */
import type { LifeDomain } from "@nabij/domain";

/** The languages the demo writes in. */
export type DemoLanguage = "nl" | "fr" | "en";

/** A text in Dutch and French, sometimes English; `{M}` is the municipality, `{label}` a name from a pool. */
export interface Text {
  nl: string;
  fr: string;
  en?: string;
}

export interface Municipality {
  key: string;
  nl: string;
  fr: string;
  en?: string;
  postcodes: readonly string[];
  province: Text;
  /** Telephone zone, "09" or "050". */
  zone: string;
  lat: number;
  lon: number;
  /** How many services it gets, relative to the others. */
  weight: number;
  brussels?: boolean;
}

const OOST_VLAANDEREN: Text = { nl: "Oost-Vlaanderen", fr: "Flandre orientale", en: "East Flanders" };
const WEST_VLAANDEREN: Text = { nl: "West-Vlaanderen", fr: "Flandre occidentale", en: "West Flanders" };
const ANTWERPEN: Text = { nl: "Antwerpen", fr: "Anvers", en: "Antwerp" };
const VLAAMS_BRABANT: Text = { nl: "Vlaams-Brabant", fr: "Brabant flamand", en: "Flemish Brabant" };
const LIMBURG: Text = { nl: "Limburg", fr: "Limbourg", en: "Limburg" };
const BRUSSELS: Text = { nl: "Brussels Hoofdstedelijk Gewest", fr: "Région de Bruxelles-Capitale", en: "Brussels-Capital Region" };

/** Real municipalities with their real postcodes and approximate centres; the first 12 carry the demo. */
export const MUNICIPALITIES: readonly Municipality[] = [
  { key: "gent", nl: "Gent", fr: "Gand", en: "Ghent", postcodes: ["9000"], province: OOST_VLAANDEREN, zone: "09", lat: 51.0543, lon: 3.7174, weight: 10 },
  { key: "antwerpen", nl: "Antwerpen", fr: "Anvers", en: "Antwerp", postcodes: ["2000", "2018", "2060"], province: ANTWERPEN, zone: "03", lat: 51.2194, lon: 4.4025, weight: 12 },
  { key: "brussel", nl: "Brussel", fr: "Bruxelles", en: "Brussels", postcodes: ["1000"], province: BRUSSELS, zone: "02", lat: 50.8467, lon: 4.3525, weight: 9, brussels: true },
  { key: "brugge", nl: "Brugge", fr: "Bruges", en: "Bruges", postcodes: ["8000"], province: WEST_VLAANDEREN, zone: "050", lat: 51.2093, lon: 3.2247, weight: 5 },
  { key: "leuven", nl: "Leuven", fr: "Louvain", en: "Leuven", postcodes: ["3000"], province: VLAAMS_BRABANT, zone: "016", lat: 50.8798, lon: 4.7005, weight: 5 },
  { key: "mechelen", nl: "Mechelen", fr: "Malines", postcodes: ["2800"], province: ANTWERPEN, zone: "015", lat: 51.0259, lon: 4.4776, weight: 4 },
  { key: "aalst", nl: "Aalst", fr: "Alost", postcodes: ["9300"], province: OOST_VLAANDEREN, zone: "053", lat: 50.9378, lon: 4.0403, weight: 4 },
  { key: "kortrijk", nl: "Kortrijk", fr: "Courtrai", postcodes: ["8500"], province: WEST_VLAANDEREN, zone: "056", lat: 50.8279, lon: 3.2649, weight: 4 },
  { key: "hasselt", nl: "Hasselt", fr: "Hasselt", postcodes: ["3500"], province: LIMBURG, zone: "011", lat: 50.9307, lon: 5.3378, weight: 4 },
  { key: "genk", nl: "Genk", fr: "Genk", postcodes: ["3600"], province: LIMBURG, zone: "089", lat: 50.9650, lon: 5.5008, weight: 4 },
  { key: "oostende", nl: "Oostende", fr: "Ostende", en: "Ostend", postcodes: ["8400"], province: WEST_VLAANDEREN, zone: "059", lat: 51.2154, lon: 2.9287, weight: 4 },
  { key: "sint-niklaas", nl: "Sint-Niklaas", fr: "Saint-Nicolas", postcodes: ["9100"], province: OOST_VLAANDEREN, zone: "03", lat: 51.1650, lon: 4.1437, weight: 3 },
  { key: "roeselare", nl: "Roeselare", fr: "Roulers", postcodes: ["8800"], province: WEST_VLAANDEREN, zone: "051", lat: 50.9461, lon: 3.1228, weight: 3 },
  { key: "schaarbeek", nl: "Schaarbeek", fr: "Schaerbeek", postcodes: ["1030"], province: BRUSSELS, zone: "02", lat: 50.8676, lon: 4.3737, weight: 4, brussels: true },
  { key: "anderlecht", nl: "Anderlecht", fr: "Anderlecht", postcodes: ["1070"], province: BRUSSELS, zone: "02", lat: 50.8365, lon: 4.3082, weight: 3, brussels: true },
  { key: "sint-jans-molenbeek", nl: "Sint-Jans-Molenbeek", fr: "Molenbeek-Saint-Jean", postcodes: ["1080"], province: BRUSSELS, zone: "02", lat: 50.8551, lon: 4.3227, weight: 3, brussels: true },
  { key: "turnhout", nl: "Turnhout", fr: "Turnhout", postcodes: ["2300"], province: ANTWERPEN, zone: "014", lat: 51.3227, lon: 4.9447, weight: 2 },
  { key: "vilvoorde", nl: "Vilvoorde", fr: "Vilvorde", postcodes: ["1800"], province: VLAAMS_BRABANT, zone: "02", lat: 50.9281, lon: 4.4245, weight: 2 },
  { key: "dendermonde", nl: "Dendermonde", fr: "Termonde", postcodes: ["9200"], province: OOST_VLAANDEREN, zone: "052", lat: 51.0286, lon: 4.1010, weight: 2 },
  { key: "ieper", nl: "Ieper", fr: "Ypres", postcodes: ["8900"], province: WEST_VLAANDEREN, zone: "057", lat: 50.8503, lon: 2.8856, weight: 2 },
  { key: "geel", nl: "Geel", fr: "Geel", postcodes: ["2440"], province: ANTWERPEN, zone: "014", lat: 51.1617, lon: 4.9906, weight: 2 },
  { key: "tienen", nl: "Tienen", fr: "Tirlemont", postcodes: ["3300"], province: VLAAMS_BRABANT, zone: "016", lat: 50.8073, lon: 4.9378, weight: 2 },
  { key: "lokeren", nl: "Lokeren", fr: "Lokeren", postcodes: ["9160"], province: OOST_VLAANDEREN, zone: "09", lat: 51.1037, lon: 3.9939, weight: 2 },
  { key: "beringen", nl: "Beringen", fr: "Beringen", postcodes: ["3580"], province: LIMBURG, zone: "011", lat: 51.0494, lon: 5.2260, weight: 2 },
];

/** Invented names for organisations, houses and sites (any likeness to a real one is chance). */
export const LABELS_NL = [
  "De Brug", "Het Anker", "De Horizon", "Het Kompas", "De Linde", "De Waaier", "Het Vlot", "De Stek", "Het Open Huis", "De Zonnewijzer",
  "De Vuurtoren", "Het Klaverblad", "De Regenboog", "De Wegwijzer", "De Boomgaard", "Het Nest", "De Haven", "De Oase", "De Lantaarn", "Het Kruispunt",
] as const;
export const LABELS_FR = [
  "Le Pont", "L'Ancre", "L'Horizon", "La Boussole", "Le Tilleul", "L'Éventail", "Le Radeau", "Le Phare", "Le Trèfle", "L'Arc-en-ciel",
  "La Girouette", "Le Verger", "Le Nid", "Le Port", "L'Oasis", "La Lanterne", "Les Tournesols", "La Passerelle", "Le Carrefour", "La Clairière",
] as const;
/** Names of childcare houses and neighbourhood houses. */
export const HOUSE_NAMES_NL = ["De Speelvogel", "Het Rupsje", "De Kabouterhut", "Het Zonnetje", "Pimpelmees", "De Notelaar", "Het Egeltje", "De Vlindertuin", "Het Boomhutje", "De Knuffelbeer", "Het Lieveheersbeestje", "De Kleine Reus"] as const;
export const HOUSE_NAMES_FR = ["Les Lucioles", "Le Petit Prince", "Les Coccinelles", "L'Écureuil", "Les Mésanges", "Le Jardin d'Émile", "Les Papillons", "La Cabane", "Les Bourgeons", "Le Cerf-volant", "Les Hirondelles", "La Ribambelle"] as const;
/** Extra sites of a service that exists more than once in a municipality. */
export const SITES: Record<DemoLanguage, readonly string[]> = {
  nl: ["Wijkpunt Noord", "Wijkpunt Zuid", "Antenne Centrum", "Antenne Station", "Wijkpunt Oost", "Wijkpunt West", "Antenne Kerkplein", "Antenne Molenwijk", "Antenne Heide", "Antenne Vaartkant"],
  fr: ["Antenne Nord", "Antenne Sud", "Antenne Centre", "Antenne Gare", "Antenne Est", "Antenne Ouest", "Antenne Place de l'Église", "Antenne du Moulin", "Antenne des Étangs", "Antenne du Canal"],
  en: ["North office", "South office", "City centre office", "Station office", "East office", "West office", "Church square office", "Mill quarter office", "Heath office", "Canal office"],
};

/** Street names: Dutch, and the French name of the same street for Brussels. */
export const STREETS: ReadonlyArray<readonly [string, string]> = [
  ["Lindestraat", "Rue des Tilleuls"], ["Molenstraat", "Rue du Moulin"], ["Zwaluwstraat", "Rue des Hirondelles"], ["Bloemenstraat", "Rue des Fleurs"],
  ["Kapellaan", "Avenue de la Chapelle"], ["Beukenlaan", "Avenue des Hêtres"], ["Merelstraat", "Rue des Merles"], ["Klaprooswegel", "Sentier des Coquelicots"],
  ["Berkendreef", "Drève des Bouleaux"], ["Vlierbesstraat", "Rue du Sureau"], ["Kastanjeplein", "Place des Marronniers"], ["Wilgenhof", "Cour des Saules"],
  ["Hazelaarstraat", "Rue des Noisetiers"], ["Lijsterbesweg", "Chemin des Sorbiers"], ["Reigerstraat", "Rue du Héron"], ["Meidoornlaan", "Avenue des Aubépines"],
  ["Zonnedauwstraat", "Rue de la Rosée"], ["Heidebloemstraat", "Rue de la Bruyère"], ["Akkerwindestraat", "Rue des Liserons"], ["Weverskaai", "Quai des Tisserands"],
  ["Brouwersstraat", "Rue des Brasseurs"], ["Smidsestraat", "Rue des Forgerons"], ["Schoolstraat", "Rue de l'École"], ["Pastorijstraat", "Rue du Presbytère"],
  ["Vlasstraat", "Rue du Lin"], ["Hopakker", "Champ du Houblon"], ["Sterrenplein", "Place des Étoiles"], ["Ijsvogelstraat", "Rue du Martin-Pêcheur"],
];

export type OrgKind =
  | "ocmw" | "caw" | "mutualiteit" | "wgc" | "buurtwerk" | "huisVanHetKind" | "kinderopvang" | "jobpunt" | "huurders" | "woonmaatschappij" | "cgg" | "psynet"
  | "voedselhulp" | "juridisch" | "taalhuis" | "onthaal" | "vrijetijd" | "verslaving" | "dienstencentrum" | "bibliotheek" | "mobiliteit" | "volwassenenonderwijs" | "justitiewelzijn";

export interface OrgKindDef {
  /** municipality: one per municipality; province: one per province (Brussels counts as one); brand: a few, with offices everywhere. */
  scope: "municipality" | "province" | "brand";
  /** Name per language; `{M}` municipality, `{deM}` "de Bruxelles"/"d'Anderlecht", `{P}` province, `{label}` from LABELS_*. */
  name: Text;
  alternate?: Text;
  description: Text;
  legalStatus: Text;
  /** In Brussels one bilingual organisation (French name, Dutch alternate name) instead of one per language. */
  bilingual?: boolean;
}

const PUBLIC: Text = { nl: "Openbaar bestuur", fr: "Administration publique", en: "Public body" };
const VZW: Text = { nl: "vzw", fr: "asbl", en: "Non-profit association" };
const MUTUALITY: Text = { nl: "Ziekenfonds", fr: "Mutualité", en: "Health insurance fund" };

export const MUTUALITY_BRANDS: readonly Text[] = [
  { nl: "Ziekenfonds Samen Gezond", fr: "Mutualité Santé Ensemble" },
  { nl: "Mutualiteit De Schakel", fr: "Mutualité Le Maillon" },
  { nl: "Mutualiteit Zorgzaam", fr: "Mutualité Bienveillance" },
];

export const ORG_KINDS: Record<OrgKind, OrgKindDef> = {
  ocmw: {
    scope: "municipality", bilingual: true, legalStatus: PUBLIC,
    name: { nl: "Sociaal Huis {M}", fr: "CPAS {deM}" },
    alternate: { nl: "OCMW {M}", fr: "OCMW {Mnl}" },
    description: {
      nl: "Het Sociaal Huis is de toegangspoort tot welzijn in {M}: sociale dienst, leefloon, hulp bij schulden, wonen en zorg.",
      fr: "Le CPAS assure l'aide sociale à {M} : revenu d'intégration, dettes, logement et soins. Bilingue français-néerlandais.",
    },
  },
  caw: {
    scope: "province", legalStatus: VZW,
    name: { nl: "CAW {label}", fr: "Centre d'action sociale {label}" },
    description: {
      nl: "Centrum voor algemeen welzijnswerk: gratis hulp bij vragen over relaties, wonen, geld, geweld en slachtofferschap.",
      fr: "Centre d'action sociale globale : aide gratuite pour les questions de relations, de logement, d'argent et de violences.",
    },
  },
  mutualiteit: {
    scope: "brand", legalStatus: MUTUALITY,
    name: { nl: "{brand}", fr: "{brand}" },
    description: {
      nl: "Ziekenfonds: terugbetaling van gezondheidszorg, uitkeringen bij ziekte, thuiszorg en voordelen voor leden.",
      fr: "Mutualité : remboursement des soins de santé, indemnités de maladie, soins à domicile et avantages pour les membres.",
    },
  },
  wgc: {
    scope: "municipality", legalStatus: VZW,
    name: { nl: "Wijkgezondheidscentrum {label}", fr: "Maison médicale {label}" },
    description: {
      nl: "Een team van huisartsen, verpleegkundigen en kinesitherapeuten voor de hele wijk, zonder remgeld voor ingeschreven patiënten.",
      fr: "Une équipe de médecins généralistes, d'infirmiers et de kinésithérapeutes pour tout le quartier, au forfait.",
    },
  },
  buurtwerk: {
    scope: "municipality", legalStatus: VZW,
    name: { nl: "Buurtwerk {M}", fr: "Maisons de quartier {deM}" },
    description: { nl: "Buurtwerkers brengen bewoners samen en zetten projecten op in de wijken van {M}.", fr: "Les travailleurs de quartier rassemblent les habitants et lancent des projets dans les quartiers." },
  },
  huisVanHetKind: {
    scope: "municipality", legalStatus: PUBLIC,
    name: { nl: "Huis van het Kind {M}", fr: "Maison de l'Enfance {deM}" },
    description: {
      nl: "Alle hulp voor aanstaande ouders en gezinnen met kinderen onder één dak: consultaties, opvoedingsvragen en ontmoeting.",
      fr: "Tout pour les futurs parents et les familles avec enfants : consultations, questions d'éducation et rencontres.",
    },
  },
  kinderopvang: {
    scope: "municipality", legalStatus: VZW,
    name: { nl: "Kinderopvangnetwerk {M}", fr: "Petite enfance {deM}" },
    description: { nl: "Een netwerk van kinderdagverblijven en buitenschoolse opvang.", fr: "Un réseau de milieux d'accueil pour les enfants de 0 à 12 ans." },
  },
  jobpunt: {
    scope: "municipality", legalStatus: PUBLIC,
    name: { nl: "Jobpunt {M}", fr: "Point Emploi {M}" },
    description: { nl: "Begeleiding naar werk en opleiding voor werkzoekenden.", fr: "Accompagnement vers l'emploi et la formation pour les demandeurs d'emploi." },
  },
  huurders: {
    scope: "province", legalStatus: VZW,
    name: { nl: "Huurderssteunpunt {P}", fr: "Union des locataires {label}" },
    description: { nl: "Onafhankelijk advies en verdediging voor huurders.", fr: "Conseil indépendant et défense des locataires." },
  },
  woonmaatschappij: {
    scope: "municipality", legalStatus: PUBLIC,
    name: { nl: "Woonmaatschappij {label}", fr: "Agence immobilière sociale {deM}" },
    description: { nl: "Sociale huurwoningen in {M} en omgeving.", fr: "Logements à loyer modéré à {M} et environs." },
  },
  cgg: {
    scope: "province", legalStatus: VZW,
    name: { nl: "CGG {label}", fr: "Service de santé mentale {label}" },
    description: {
      nl: "Centrum voor geestelijke gezondheidszorg: ambulante hulp bij psychische problemen voor kinderen, jongeren en volwassenen.",
      fr: "Service de santé mentale : aide ambulatoire en cas de difficultés psychiques pour enfants, jeunes et adultes.",
    },
  },
  psynet: {
    scope: "province", legalStatus: VZW,
    name: { nl: "Netwerk Geestelijke Gezondheid {label}", fr: "Réseau santé mentale {label}" },
    description: { nl: "Samenwerking van zorgverleners voor laagdrempelige geestelijke gezondheidszorg in de eerste lijn.", fr: "Réseau de prestataires pour des soins de santé mentale accessibles de première ligne." },
  },
  voedselhulp: {
    scope: "municipality", legalStatus: VZW,
    name: { nl: "Voedselhulp {label}", fr: "Solidarité alimentaire {label}" },
    description: { nl: "Vrijwilligers verdelen voeding en basisproducten aan mensen met een beperkt budget.", fr: "Des bénévoles distribuent de la nourriture et des produits de base aux personnes au budget limité." },
  },
  juridisch: {
    scope: "municipality", legalStatus: VZW,
    name: { nl: "Rechtswinkel {M}", fr: "Maison du droit {deM}" },
    description: { nl: "Gratis eerste advies over je rechten, door advocaten en juristen.", fr: "Premier conseil gratuit sur vos droits, par des avocats et des juristes." },
  },
  taalhuis: {
    scope: "municipality", legalStatus: PUBLIC,
    name: { nl: "Taalhuis {M}", fr: "Maison des langues {deM}" },
    description: { nl: "Alles over Nederlands leren en oefenen in {M}.", fr: "Tout pour apprendre et pratiquer le français et le néerlandais." },
  },
  onthaal: {
    scope: "province", legalStatus: PUBLIC,
    name: { nl: "Onthaalbureau Inburgering {P}", fr: "Bureau d'accueil pour primo-arrivants {label}" },
    description: { nl: "Onthaal, oriëntatie en begeleiding voor nieuwkomers.", fr: "Accueil, orientation et accompagnement des primo-arrivants." },
  },
  vrijetijd: {
    scope: "municipality", bilingual: true, legalStatus: PUBLIC,
    name: { nl: "Vrijetijdsdienst {M}", fr: "Service des loisirs {deM}" },
    alternate: { nl: "Stad {M} – Vrije tijd", fr: "Vrijetijdsdienst {Mnl}" },
    description: { nl: "Sport, cultuur en jeugdwerk voor iedereen in {M}.", fr: "Sport, culture et jeunesse pour tous les habitants." },
  },
  verslaving: {
    scope: "province", legalStatus: VZW,
    name: { nl: "Verslavingszorg {label}", fr: "Centre d'aide en assuétudes {label}" },
    description: { nl: "Hulp bij problemen met alcohol, drugs, medicatie en gokken.", fr: "Aide en cas de problèmes d'alcool, de drogues, de médicaments ou de jeu." },
  },
  dienstencentrum: {
    scope: "municipality", legalStatus: VZW,
    name: { nl: "Dienstencentra {M}", fr: "Centres de services {deM}" },
    description: { nl: "Ontmoeting, maaltijden en hulp in het dagelijks leven voor buurtbewoners en senioren.", fr: "Rencontres, repas et aide au quotidien pour les habitants et les seniors." },
  },
  bibliotheek: {
    scope: "municipality", bilingual: true, legalStatus: PUBLIC,
    name: { nl: "Bibliotheek {M}", fr: "Bibliothèque {deM}" },
    alternate: { nl: "Openbare bibliotheek {M}", fr: "Bibliotheek {Mnl}" },
    description: { nl: "Boeken, computers, wifi en hulp bij digitale vragen.", fr: "Livres, ordinateurs, wifi et aide pour les questions numériques." },
  },
  mobiliteit: {
    scope: "municipality", legalStatus: VZW,
    name: { nl: "Mobipunt {M}", fr: "Mobilité solidaire {M}" },
    description: { nl: "Vervoer en fietsen voor wie minder mobiel is.", fr: "Transport et vélos pour les personnes à mobilité réduite." },
  },
  volwassenenonderwijs: {
    scope: "province", legalStatus: PUBLIC,
    name: { nl: "Centrum voor Volwassenenonderwijs {label}", fr: "Promotion sociale {label}" },
    description: { nl: "Opleidingen en diploma's voor volwassenen, overdag en 's avonds.", fr: "Formations et diplômes pour adultes, en journée et en soirée." },
  },
  justitiewelzijn: {
    scope: "province", legalStatus: VZW,
    name: { nl: "Justitieel Welzijnswerk {label}", fr: "Service d'aide aux justiciables {label}" },
    description: { nl: "Begeleiding voor daders, slachtoffers en hun omgeving.", fr: "Accompagnement des auteurs, des victimes et de leurs proches." },
  },
};

/** The target groups taxonomy: code (a slug), Dutch term name and description, and "for …" in each language. */
export const TARGET_GROUPS = [
  { code: "everyone", nl: "Iedereen", description: "Voor iedereen, zonder voorwaarden.", for: { nl: "iedereen", fr: "tout le monde", en: "everyone" } },
  { code: "children", nl: "Kinderen", description: "Baby's, peuters en kinderen tot 12 jaar.", for: { nl: "kinderen", fr: "les enfants", en: "children" } },
  { code: "young-people", nl: "Jongeren", description: "Jongeren van ongeveer 12 tot 25 jaar.", for: { nl: "jongeren", fr: "les jeunes", en: "young people" } },
  { code: "families-with-children", nl: "Gezinnen met kinderen", description: "Ouders en opvoeders met kinderen.", for: { nl: "gezinnen met kinderen", fr: "les familles avec enfants", en: "families with children" } },
  { code: "older-people", nl: "Ouderen", description: "Senioren en 65-plussers.", for: { nl: "ouderen", fr: "les seniors", en: "older people" } },
  { code: "newcomers", nl: "Nieuwkomers", description: "Mensen die pas in België wonen.", for: { nl: "nieuwkomers", fr: "les primo-arrivants", en: "newcomers" } },
  { code: "people-without-a-home", nl: "Dak- en thuislozen", description: "Mensen zonder vaste woonplaats.", for: { nl: "dak- en thuislozen", fr: "les personnes sans abri", en: "people without a home" } },
  { code: "people-with-a-disability", nl: "Personen met een beperking", description: "Mensen met een fysieke, verstandelijke of psychische beperking.", for: { nl: "personen met een beperking", fr: "les personnes en situation de handicap", en: "people with a disability" } },
  { code: "students", nl: "Studenten", description: "Leerlingen en studenten.", for: { nl: "leerlingen en studenten", fr: "les élèves et les étudiants", en: "pupils and students" } },
  { code: "people-on-low-income", nl: "Mensen met een laag inkomen", description: "Mensen met een beperkt budget.", for: { nl: "mensen met een beperkt budget", fr: "les personnes au budget limité", en: "people on a low income" } },
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number]["code"];

/** Names (Dutch, as in the web app) and a short description of the life domain terms. */
export const LIFE_DOMAIN_TERMS: Record<LifeDomain, { nl: string; description: string }> = {
  income: { nl: "Inkomen en schulden", description: "Inkomen, uitkeringen, budget en schulden." },
  housing: { nl: "Wonen", description: "Een woning vinden en behouden, huur, energie en dakloosheid." },
  work: { nl: "Werk en dagbesteding", description: "Werk zoeken, opleiding naar werk en zinvolle dagbesteding." },
  education: { nl: "Onderwijs en vorming", description: "School, studie, volwassenenonderwijs en vorming." },
  physical_health: { nl: "Lichamelijke gezondheid", description: "Huisarts, tandzorg, thuiszorg en gezond leven." },
  mental_health: { nl: "Psychisch welzijn", description: "Psychisch welzijn, stress, angst en somberheid." },
  substance_use: { nl: "Middelengebruik", description: "Alcohol, drugs, medicatie en gokken." },
  family: { nl: "Gezin en relaties", description: "Opvoeding, kinderopvang, relaties en geweld in het gezin." },
  social_network: { nl: "Sociaal netwerk", description: "Ontmoeting, eenzaamheid, buren en vrijwilligers." },
  participation: { nl: "Participatie en vrije tijd", description: "Vrije tijd, cultuur, sport en meedoen in de samenleving." },
  justice: { nl: "Justitie", description: "Rechten, advocaten, slachtofferschap en contact met politie en rechtbank." },
  administration: { nl: "Administratie en digitale toegang", description: "Brieven, formulieren, sociale rechten en digitale toegang." },
  mobility: { nl: "Mobiliteit", description: "Vervoer, fiets, openbaar vervoer en rijbewijs." },
  residence_language: { nl: "Verblijfsstatus en taal", description: "Verblijfsstatus, inburgering en Nederlands leren." },
};

/** Spoken languages: ISO 639-1 (or 639-3) code and the name in each demo language. */
export const SPOKEN_LANGUAGES: Record<string, Text & { en: string }> = {
  nl: { nl: "Nederlands", fr: "néerlandais", en: "Dutch" },
  fr: { nl: "Frans", fr: "français", en: "French" },
  en: { nl: "Engels", fr: "anglais", en: "English" },
  de: { nl: "Duits", fr: "allemand", en: "German" },
  ar: { nl: "Arabisch", fr: "arabe", en: "Arabic" },
  tr: { nl: "Turks", fr: "turc", en: "Turkish" },
  pl: { nl: "Pools", fr: "polonais", en: "Polish" },
  ro: { nl: "Roemeens", fr: "roumain", en: "Romanian" },
  uk: { nl: "Oekraïens", fr: "ukrainien", en: "Ukrainian" },
  ru: { nl: "Russisch", fr: "russe", en: "Russian" },
  so: { nl: "Somalisch", fr: "somali", en: "Somali" },
  ti: { nl: "Tigrinya", fr: "tigrigna", en: "Tigrinya" },
  prs: { nl: "Dari", fr: "dari", en: "Dari" },
  ps: { nl: "Pasjtoe", fr: "pachto", en: "Pashto" },
  es: { nl: "Spaans", fr: "espagnol", en: "Spanish" },
  bg: { nl: "Bulgaars", fr: "bulgare", en: "Bulgarian" },
  vgt: { nl: "Vlaamse Gebarentaal", fr: "langue des signes flamande", en: "Flemish Sign Language" },
};
export const OTHER_LANGUAGES = ["ar", "tr", "pl", "ro", "uk", "ru", "so", "ti", "prs", "ps", "es", "bg", "de"] as const;

/**
 * Weekly hours: [byday, opens_at, closes_at] per schedule row (several rows per variant), local
 * Belgian time. "appointment" has no hours; "monthly" uses an ordinal weekday ("2TU").
 */
export type ScheduleKind = "office" | "mornings" | "afterschool" | "evening" | "food" | "daycare" | "health" | "always" | "night" | "appointment" | "monthly" | "walkin";
export type Hours = readonly [string, string, string];
const WEEKDAYS = "MO,TU,WE,TH,FR";
const EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU";
export const SCHEDULE_VARIANTS: Record<ScheduleKind, ReadonlyArray<readonly Hours[]>> = {
  office: [
    [[WEEKDAYS, "09:00", "12:00"], ["MO,TU,TH", "13:30", "16:30"]],
    [[WEEKDAYS, "08:30", "12:30"], ["MO,WE", "13:30", "17:00"]],
    [["MO,TU,TH,FR", "09:00", "12:00"], ["TU", "16:00", "19:00"]],
  ],
  mornings: [[["MO,WE,FR", "09:00", "12:00"]], [["TU,TH", "09:30", "12:30"]], [["MO,TU,TH", "09:00", "11:30"]]],
  afterschool: [[["MO,TU,TH", "15:30", "17:30"], ["WE", "13:00", "16:00"]], [["MO,TH", "16:00", "18:00"]]],
  evening: [[["TU,TH", "18:30", "21:00"]], [["MO,WE", "19:00", "21:30"]]],
  food: [[["WE", "14:00", "17:00"], ["SA", "10:00", "13:00"]], [["TU,FR", "13:30", "16:00"]]],
  daycare: [[[WEEKDAYS, "07:00", "18:30"]], [[WEEKDAYS, "07:30", "18:00"]]],
  health: [[[WEEKDAYS, "08:30", "18:00"], ["SA", "09:00", "12:00"]], [[WEEKDAYS, "08:00", "19:00"]]],
  always: [[[EVERY_DAY, "00:00", "23:59"]]],
  night: [[[EVERY_DAY, "20:00", "23:59"], [EVERY_DAY, "00:00", "08:00"]]],
  appointment: [[]],
  monthly: [[["2TU", "19:00", "21:00"]], [["1TH", "19:30", "21:30"]], [["-1WE", "14:00", "16:00"]]],
  walkin: [[["MO,TU,TH,FR", "09:00", "12:00"], ["WE", "13:00", "16:00"]], [[WEEKDAYS, "10:00", "16:00"]]],
};

/** A cost option of a template; amount a fixed number or a [min, max] range (a whole number of euros is drawn). */
export interface CostSpec {
  option: Text;
  amount: number | readonly [number, number];
  per?: Text;
}

export interface ServiceTemplate {
  key: string;
  org: OrgKind;
  /** The first is the main domain (templates are drawn per main domain). */
  domains: readonly LifeDomain[];
  groups: readonly TargetGroup[];
  name: Text;
  description: Text;
  schedules: readonly ScheduleKind[];
  /** "free": one free option; "unknown": no cost option at all (so not claimed free). */
  cost: "free" | "unknown" | readonly CostSpec[];
  ages?: readonly [number, number];
  /** Only a phone line / chat: a virtual location, no address. */
  virtual?: boolean;
  /** Valid only part of the year (MM-DD from, MM-DD to). */
  season?: readonly [string, string];
  /** Many newcomers among the people it serves: more spoken languages. */
  multilingual?: boolean;
}

/*
 * The templates avoid the words of the anchor searches (psycholoog, crèche, aide juridique, and
 * schuldbemiddeling outside its own template), so that each anchor is clearly the best answer to
 * its search on the demo map.
 */
export const SERVICE_TEMPLATES: readonly ServiceTemplate[] = [
  // income
  {
    key: "schuldbemiddeling", org: "ocmw", domains: ["income", "administration"], groups: ["everyone", "people-on-low-income"], schedules: ["appointment", "office"], cost: "free",
    name: { nl: "Schuldbemiddeling", fr: "Médiation de dettes", en: "Debt mediation" },
    description: {
      nl: "Heb je schulden die je niet meer kunt betalen? Een schuldbemiddelaar brengt je schulden in kaart, maakt een afbetalingsplan en onderhandelt met je schuldeisers.",
      fr: "Vous avez des dettes que vous ne parvenez plus à rembourser ? Un médiateur de dettes fait le point avec vous, établit un plan de remboursement et négocie avec vos créanciers.",
      en: "Debts you can no longer pay? A debt mediator lists your debts, draws up a repayment plan and negotiates with your creditors.",
    },
  },
  {
    key: "leefloon", org: "ocmw", domains: ["income"], groups: ["people-on-low-income"], schedules: ["office", "walkin"], cost: "free",
    name: { nl: "Leefloon en financiële hulp", fr: "Revenu d'intégration et aide financière", en: "Living wage and financial support" },
    description: {
      nl: "Wie onvoldoende inkomen heeft, kan bij de sociale dienst een leefloon of financiële steun aanvragen. Een maatschappelijk werker bekijkt samen met jou je rechten.",
      fr: "Si vos revenus sont insuffisants, vous pouvez demander un revenu d'intégration ou un soutien financier au service social. Un assistant social examine vos droits avec vous.",
      en: "If your income is too low, you can apply for a living wage or financial support. A social worker looks at your rights with you.",
    },
  },
  {
    key: "budgetbegeleiding", org: "ocmw", domains: ["income", "administration"], groups: ["everyone"], schedules: ["appointment"], cost: "free",
    name: { nl: "Budgetbegeleiding en budgetbeheer", fr: "Guidance budgétaire", en: "Budget coaching" },
    description: {
      nl: "Samen met een budgetbegeleider leer je je inkomsten en uitgaven plannen. Bij budgetbeheer beheren we tijdelijk je rekening, zodat de vaste kosten betaald worden.",
      fr: "Avec un conseiller budgétaire, vous apprenez à planifier vos revenus et vos dépenses. Si nécessaire, nous gérons temporairement votre compte pour payer les factures fixes.",
      en: "A budget coach helps you plan your income and spending; if needed we manage your account for a while so that fixed costs are paid.",
    },
  },
  {
    key: "energiefactuur", org: "ocmw", domains: ["income", "housing"], groups: ["people-on-low-income"], schedules: ["office", "mornings"], cost: "free",
    name: { nl: "Hulp bij je energiefactuur", fr: "Aide pour vos factures d'énergie", en: "Help with energy bills" },
    description: {
      nl: "Advies over je energiecontract, het sociaal tarief en een budgetmeter. We helpen bij achterstallige facturen voor gas, elektriciteit en water.",
      fr: "Conseils sur votre contrat d'énergie, le tarif social et le compteur à budget. Nous vous accompagnons en cas de factures impayées de gaz, d'électricité ou d'eau.",
      en: "Advice on your energy contract, the social tariff and prepayment meters, and help with unpaid gas, electricity and water bills.",
    },
  },
  {
    key: "sociale-kruidenier", org: "voedselhulp", domains: ["income", "physical_health"], groups: ["people-on-low-income", "families-with-children"], schedules: ["food", "walkin"], cost: "unknown",
    name: { nl: "Sociale kruidenier", fr: "Épicerie sociale", en: "Social grocery" },
    description: {
      nl: "Een winkel waar mensen met een beperkt budget basisproducten kopen aan verlaagde prijzen. Je krijgt toegang via een doorverwijzing van een sociale dienst.",
      fr: "Un magasin où les personnes au budget limité achètent des produits de base à prix réduits. L'accès se fait sur orientation d'un service social.",
      en: "A shop where people on a small budget buy basic products at reduced prices, on referral by a social service.",
    },
  },
  {
    key: "voedselpakketten", org: "voedselhulp", domains: ["income"], groups: ["people-on-low-income", "people-without-a-home"], schedules: ["food"], cost: "free", multilingual: true,
    name: { nl: "Voedselpakketten", fr: "Colis alimentaires", en: "Food parcels" },
    description: {
      nl: "Wekelijkse verdeling van voedselpakketten met verse groenten, brood en basisproducten voor gezinnen en alleenstaanden in een moeilijke situatie.",
      fr: "Distribution hebdomadaire de colis alimentaires avec légumes frais, pain et produits de base pour les familles et les personnes seules en difficulté.",
      en: "A weekly food parcel with fresh vegetables, bread and basic products for families and single people going through a hard time.",
    },
  },
  {
    key: "ziekte-uitkering", org: "mutualiteit", domains: ["income", "physical_health"], groups: ["everyone"], schedules: ["office"], cost: "free",
    name: { nl: "Ziekte-uitkering en terugbetalingen", fr: "Indemnités et remboursements", en: "Sickness benefits and refunds" },
    description: {
      nl: "Loket voor je ziekte- of invaliditeitsuitkering, de terugbetaling van medische kosten en de verhoogde tegemoetkoming.",
      fr: "Guichet pour vos indemnités de maladie ou d'invalidité, le remboursement des frais médicaux et l'intervention majorée.",
    },
  },
  // housing
  {
    key: "huuradvies", org: "huurders", domains: ["housing", "justice"], groups: ["everyone"], schedules: ["mornings", "appointment"], cost: "free",
    name: { nl: "Huuradvies", fr: "Conseil aux locataires", en: "Advice for tenants" },
    description: {
      nl: "Vragen over je huurcontract, de huurwaarborg, een huurverhoging of gebreken in je woning? Je krijgt gratis advies als huurder.",
      fr: "Questions sur votre bail, la garantie locative, une indexation du loyer ou des défauts dans votre logement ? Conseil gratuit pour les locataires.",
      en: "Questions about your lease, the rental deposit, a rent increase or defects in your home? Free advice for tenants.",
    },
  },
  {
    key: "sociale-huurwoning", org: "woonmaatschappij", domains: ["housing"], groups: ["people-on-low-income", "families-with-children"], schedules: ["office"], cost: "free",
    name: { nl: "Inschrijven voor een sociale huurwoning", fr: "Inscription pour un logement social", en: "Applying for social housing" },
    description: {
      nl: "Inschrijven voor een sociale huurwoning, vragen over je kandidatuur, de wachtlijst en je huurprijs.",
      fr: "Inscription pour un logement social, questions sur votre candidature, la liste d'attente et votre loyer.",
    },
  },
  {
    key: "nachtopvang", org: "caw", domains: ["housing", "physical_health"], groups: ["people-without-a-home"], schedules: ["night"], multilingual: true,
    cost: [{ option: { nl: "Bijdrage per nacht", fr: "Participation par nuit", en: "Contribution per night" }, amount: [1, 3], per: { nl: "per nacht, ontbijt inbegrepen", fr: "par nuit, petit-déjeuner compris", en: "per night, breakfast included" } }],
    name: { nl: "Nachtopvang", fr: "Hébergement de nuit", en: "Night shelter" },
    description: {
      nl: "Een warm bed, een douche en een ontbijt voor mensen zonder dak boven hun hoofd. Aanmelden kan elke avond vanaf 20 uur.",
      fr: "Un lit au chaud, une douche et un petit-déjeuner pour les personnes sans abri. Accueil chaque soir à partir de 20 heures.",
      en: "A warm bed, a shower and breakfast for people sleeping rough. Come any evening from 8 pm.",
    },
  },
  {
    key: "inloopcentrum", org: "caw", domains: ["housing", "social_network"], groups: ["people-without-a-home"], schedules: ["walkin"], cost: "free", multilingual: true,
    name: { nl: "Inloopcentrum voor dak- en thuislozen", fr: "Centre de jour pour personnes sans abri", en: "Day centre for homeless people" },
    description: {
      nl: "Binnenlopen voor een koffie, een warme maaltijd, een douche of om je kleren te wassen. Een hulpverlener helpt je verder met je vragen.",
      fr: "Un lieu pour prendre un café, un repas chaud, une douche ou laver vos vêtements. Un travailleur social vous accompagne dans vos démarches.",
      en: "Drop in for a coffee, a hot meal, a shower or to do your laundry. A social worker helps you with your questions.",
    },
  },
  {
    key: "woonbegeleiding", org: "caw", domains: ["housing", "family"], groups: ["everyone"], schedules: ["appointment"], cost: "free",
    name: { nl: "Woonbegeleiding", fr: "Accompagnement au logement", en: "Housing support" },
    description: {
      nl: "Begeleiding aan huis als het moeilijk loopt met je woning: huurachterstal, een dreigende uithuiszetting of problemen met de verhuurder.",
      fr: "Accompagnement à domicile en cas de difficultés : arriérés de loyer, menace d'expulsion ou conflit avec le propriétaire.",
    },
  },
  // work
  {
    key: "werk-zoeken", org: "jobpunt", domains: ["work"], groups: ["everyone"], schedules: ["walkin", "office"], cost: "free",
    name: { nl: "Hulp bij het zoeken naar werk", fr: "Aide à la recherche d'emploi", en: "Job search support" },
    description: {
      nl: "Een jobcoach helpt je met je cv, sollicitatiebrieven en het voorbereiden van een sollicitatiegesprek. Je kunt ook vacatures opzoeken op onze computers.",
      fr: "Un job coach vous aide à rédiger votre CV et vos lettres de motivation et à préparer un entretien d'embauche. Vous pouvez aussi consulter les offres d'emploi sur nos ordinateurs.",
      en: "A job coach helps you with your CV, application letters and job interviews. You can also look for vacancies on our computers.",
    },
  },
  {
    key: "artikel-60", org: "ocmw", domains: ["work", "income"], groups: ["people-on-low-income"], schedules: ["appointment"], cost: "free",
    name: { nl: "Tijdelijke tewerkstelling (artikel 60)", fr: "Mise à l'emploi (article 60)", en: "Temporary employment (article 60)" },
    description: {
      nl: "Wie een leefloon ontvangt, kan met een tijdelijk contract werkervaring opdoen en zo opnieuw recht krijgen op een uitkering.",
      fr: "Les bénéficiaires du revenu d'intégration peuvent acquérir une expérience professionnelle grâce à un contrat temporaire.",
    },
  },
  {
    key: "beroepsopleiding", org: "jobpunt", domains: ["work", "education"], groups: ["everyone"], schedules: ["office"], cost: "free",
    name: { nl: "Beroepsopleiding en omscholing", fr: "Formation professionnelle", en: "Vocational training" },
    description: {
      nl: "Korte opleidingen voor knelpuntberoepen zoals logistiek, zorg en bouw, met begeleiding tijdens en na je opleiding.",
      fr: "Formations courtes vers des métiers en pénurie comme la logistique, les soins ou la construction, avec un accompagnement pendant et après la formation.",
    },
  },
  {
    key: "dagbesteding", org: "jobpunt", domains: ["work", "social_network"], groups: ["people-with-a-disability"], schedules: ["daycare", "mornings"], cost: "free",
    name: { nl: "Arbeidszorg en dagbesteding", fr: "Activités de jour et travail adapté", en: "Supported work and day activities" },
    description: {
      nl: "Zinvolle dagbesteding en werk op maat voor wie (nog) niet op de gewone arbeidsmarkt terecht kan, in een atelier, een keuken of de groendienst.",
      fr: "Des activités de jour et un travail adapté pour celles et ceux qui ne trouvent pas (encore) leur place sur le marché du travail : atelier, cuisine ou espaces verts.",
    },
  },
  {
    key: "studentenjobs", org: "jobpunt", domains: ["work", "education"], groups: ["students", "young-people"], schedules: ["afterschool", "mornings"], cost: "free", ages: [15, 25],
    name: { nl: "Vakantiewerk en studentenjobs", fr: "Jobs étudiants", en: "Student jobs" },
    description: {
      nl: "Info over studentenarbeid, je rechten als jobstudent en vakantiejobs in de buurt.",
      fr: "Informations sur le travail étudiant, vos droits et les jobs de vacances près de chez vous.",
      en: "Information on student work, your rights as a working student and holiday jobs nearby.",
    },
  },
  // education
  {
    key: "huiswerkbegeleiding", org: "buurtwerk", domains: ["education", "family"], groups: ["children", "families-with-children"], schedules: ["afterschool"], cost: "free", ages: [6, 14], multilingual: true,
    name: { nl: "Huiswerkbegeleiding", fr: "École de devoirs", en: "Homework club" },
    description: {
      nl: "Vrijwilligers helpen kinderen van de lagere school en de eerste graad met hun huiswerk en leren hen plannen.",
      fr: "Des bénévoles aident les enfants du primaire et du début du secondaire à faire leurs devoirs et à s'organiser.",
      en: "Volunteers help primary and lower secondary school pupils with their homework and planning.",
    },
  },
  {
    key: "tweedekansonderwijs", org: "volwassenenonderwijs", domains: ["education", "work"], groups: ["everyone"], schedules: ["evening", "office"],
    cost: [{ option: { nl: "Inschrijvingsgeld", fr: "Droit d'inscription", en: "Enrolment fee" }, amount: [1, 2], per: { nl: "per lestijd; vrijstelling voor werkzoekenden", fr: "par période de cours ; exemption pour les demandeurs d'emploi", en: "per lesson; free for jobseekers" } }],
    name: { nl: "Tweedekansonderwijs", fr: "Enseignement de promotion sociale", en: "Second-chance education" },
    description: {
      nl: "Alsnog je diploma secundair onderwijs halen in dag- of avondlessen, in je eigen tempo.",
      fr: "Obtenez votre diplôme de l'enseignement secondaire en cours du jour ou du soir, à votre rythme.",
    },
  },
  {
    key: "studietoelage", org: "ocmw", domains: ["education", "income"], groups: ["students", "families-with-children"], schedules: ["office"], cost: "free", season: ["08-01", "10-31"],
    name: { nl: "Hulp bij je studietoelage", fr: "Aide pour les allocations d'études", en: "Help with study grants" },
    description: {
      nl: "We helpen je de schooltoelage of studietoelage aan te vragen en zoeken mee naar een oplossing voor schoolkosten.",
      fr: "Nous vous aidons à demander une allocation d'études et à trouver une solution pour les frais scolaires.",
    },
  },
  {
    key: "okan", org: "taalhuis", domains: ["education", "residence_language"], groups: ["newcomers", "young-people"], schedules: ["daycare"], cost: "free", ages: [12, 18], multilingual: true,
    name: { nl: "Onthaalonderwijs voor anderstalige nieuwkomers (OKAN)", fr: "Classe d'accueil pour primo-arrivants (DASPA)", en: "Reception classes for newcomer pupils" },
    description: {
      nl: "Een onthaalklas waar jongeren van 12 tot 18 jaar intensief Nederlands leren voor ze doorstromen naar het gewone secundair onderwijs.",
      fr: "Une classe d'accueil où les jeunes de 12 à 18 ans apprennent intensivement le français avant de rejoindre l'enseignement ordinaire.",
    },
  },
  {
    key: "computerles", org: "bibliotheek", domains: ["education", "administration"], groups: ["older-people", "everyone"], schedules: ["mornings"],
    cost: [{ option: { nl: "Reeks van vier lessen", fr: "Série de quatre cours", en: "Series of four lessons" }, amount: [5, 10] }],
    name: { nl: "Computerles voor beginners", fr: "Initiation à l'informatique", en: "Computer lessons for beginners" },
    description: {
      nl: "Leer in kleine groepjes werken met een computer, een smartphone en e-mail.",
      fr: "Apprenez en petits groupes à utiliser un ordinateur, un smartphone et l'e-mail.",
      en: "Learn to use a computer, a smartphone and e-mail in small groups.",
    },
  },
  // physical_health
  {
    key: "wijkgezondheidscentrum", org: "wgc", domains: ["physical_health"], groups: ["everyone"], schedules: ["health"], multilingual: true,
    cost: [{ option: { nl: "Forfait: gratis voor ingeschreven patiënten", fr: "Forfait : gratuit pour les patients inscrits", en: "Flat rate: free for registered patients" }, amount: 0 }],
    name: { nl: "Huisartsenpraktijk in de wijk", fr: "Consultations de médecine générale", en: "Neighbourhood GP practice" },
    description: {
      nl: "Huisartsen, verpleegkundigen, een kinesitherapeut en een maatschappelijk werker onder één dak. Ingeschreven patiënten betalen niets per consultatie.",
      fr: "Médecins généralistes, infirmiers, kinésithérapeute et assistant social sous un même toit. Les patients inscrits ne paient rien par consultation.",
      en: "GPs, nurses, a physiotherapist and a social worker under one roof. Registered patients pay nothing per visit.",
    },
  },
  {
    key: "sociale-tandarts", org: "wgc", domains: ["physical_health"], groups: ["people-on-low-income"], schedules: ["appointment", "office"],
    cost: [{ option: { nl: "Sociaal tarief (remgeld)", fr: "Tarif social (ticket modérateur)", en: "Social rate" }, amount: [3, 6], per: { nl: "per consultatie", fr: "par consultation", en: "per visit" } }],
    name: { nl: "Sociale tandartspraktijk", fr: "Cabinet dentaire social", en: "Social dental practice" },
    description: {
      nl: "Tandzorg aan sociaal tarief voor mensen met de verhoogde tegemoetkoming.",
      fr: "Soins dentaires à tarif social pour les personnes bénéficiant de l'intervention majorée.",
    },
  },
  {
    key: "thuisverpleging", org: "mutualiteit", domains: ["physical_health", "family"], groups: ["older-people", "people-with-a-disability"], schedules: ["office", "always"], cost: "unknown",
    name: { nl: "Thuisverpleging en thuiszorg", fr: "Soins infirmiers à domicile", en: "Home nursing and home care" },
    description: {
      nl: "Verpleegkundige zorg, gezinszorg en hulpmiddelen aan huis, zodat je langer thuis kunt blijven wonen.",
      fr: "Soins infirmiers, aide familiale et matériel à domicile, pour pouvoir rester plus longtemps chez soi.",
    },
  },
  {
    key: "straatverpleging", org: "caw", domains: ["physical_health", "housing"], groups: ["people-without-a-home"], schedules: ["mornings", "walkin"], cost: "free", multilingual: true,
    name: { nl: "Straatverpleging", fr: "Soins de santé de rue", en: "Street nursing" },
    description: {
      nl: "Een verpleegkundige en een arts bezoeken mensen op straat en in de opvang, en zoeken samen een weg naar de gewone zorg.",
      fr: "Une infirmière et un médecin rendent visite aux personnes à la rue et dans les centres d'hébergement, et les orientent vers les soins.",
    },
  },
  {
    key: "consultatiebureau", org: "huisVanHetKind", domains: ["physical_health", "family"], groups: ["children", "families-with-children"], schedules: ["mornings", "appointment"], cost: "free", ages: [0, 3], multilingual: true,
    name: { nl: "Consultatiebureau voor baby's en peuters", fr: "Consultation pour nourrissons et jeunes enfants", en: "Baby and toddler clinic" },
    description: {
      nl: "Gratis consultaties waar een arts en een verpleegkundige de groei en ontwikkeling van je kind opvolgen, met vaccinaties en advies over voeding en slapen.",
      fr: "Des consultations gratuites où un médecin et une infirmière suivent la croissance de votre enfant, avec vaccinations et conseils sur l'alimentation et le sommeil.",
      en: "Free check-ups where a doctor and a nurse follow your child's growth and development, with vaccinations and advice on feeding and sleep.",
    },
  },
  // mental_health
  {
    key: "cgg", org: "cgg", domains: ["mental_health"], groups: ["everyone"], schedules: ["appointment", "office"],
    cost: [{ option: { nl: "Inkomensgerelateerde bijdrage", fr: "Participation selon les revenus", en: "Income-related contribution" }, amount: [0, 11], per: { nl: "per gesprek", fr: "par entretien", en: "per session" } }],
    name: { nl: "Ambulante geestelijke gezondheidszorg", fr: "Consultations en santé mentale", en: "Outpatient mental health care" },
    description: {
      nl: "Hulp bij depressie, angst, trauma of andere psychische problemen, voor kinderen, jongeren en volwassenen. Een team van psychiaters en therapeuten werkt samen met jou.",
      fr: "Aide en cas de dépression, d'angoisse, de traumatisme ou d'autres difficultés psychiques, pour les enfants, les jeunes et les adultes.",
      en: "Help with depression, anxiety, trauma or other mental health problems for children, young people and adults.",
    },
  },
  {
    key: "luisterlijn", org: "caw", domains: ["mental_health", "social_network"], groups: ["everyone"], schedules: ["always"], cost: "free", virtual: true,
    name: { nl: "Luisterlijn", fr: "Ligne d'écoute", en: "Listening line" },
    description: {
      nl: "Anoniem je verhaal kwijt bij een getrainde vrijwilliger, dag en nacht, telefonisch of via chat.",
      fr: "Confiez-vous anonymement à un bénévole formé, jour et nuit, par téléphone ou par chat.",
      en: "Talk anonymously to a trained volunteer, day and night, by phone or chat.",
    },
  },
  {
    key: "rouwgroep", org: "cgg", domains: ["mental_health", "social_network"], groups: ["everyone"], schedules: ["monthly"], cost: "free",
    name: { nl: "Praatgroep rond rouw en verlies", fr: "Groupe de parole sur le deuil", en: "Grief support group" },
    description: {
      nl: "Een begeleide groep waar je lotgenoten ontmoet na het verlies van een dierbare. Eén avond per maand.",
      fr: "Un groupe accompagné pour rencontrer d'autres personnes après la perte d'un proche. Une soirée par mois.",
    },
  },
  {
    key: "jac", org: "caw", domains: ["mental_health", "family", "housing"], groups: ["young-people"], schedules: ["walkin", "afterschool"], cost: "free", ages: [12, 25],
    name: { nl: "Jongerenonthaal (JAC)", fr: "Accueil jeunes (AMO)", en: "Youth advice centre" },
    description: {
      nl: "Voor jongeren tussen 12 en 25 jaar met vragen over thuis, school, relaties, geld of hoe je je voelt. Anoniem en gratis.",
      fr: "Pour les jeunes de 12 à 25 ans qui se posent des questions sur la famille, l'école, les relations, l'argent ou le bien-être. Anonyme et gratuit.",
      en: "For young people aged 12 to 25 with questions about home, school, relationships, money or how they feel. Anonymous and free.",
    },
  },
  {
    key: "crisisteam", org: "cgg", domains: ["mental_health"], groups: ["everyone"], schedules: ["always"], cost: "free",
    name: { nl: "Mobiel crisisteam", fr: "Équipe mobile de crise", en: "Mobile crisis team" },
    description: {
      nl: "Bij acute psychische nood komt een team bij je thuis, na een verwijzing door je huisarts.",
      fr: "En cas de détresse psychique aiguë, une équipe se déplace à domicile, sur orientation de votre médecin traitant.",
    },
  },
  // substance_use
  {
    key: "verslavingshulp", org: "verslaving", domains: ["substance_use", "mental_health"], groups: ["everyone"], schedules: ["appointment", "office"], cost: "free",
    name: { nl: "Ambulante hulp bij verslaving", fr: "Aide ambulatoire en assuétudes", en: "Outpatient addiction support" },
    description: {
      nl: "Gesprekken en begeleiding bij problemen met alcohol, drugs, medicatie of gokken, voor jezelf of iemand in je omgeving.",
      fr: "Entretiens et accompagnement en cas de problèmes d'alcool, de drogues, de médicaments ou de jeu, pour vous-même ou un proche.",
      en: "Counselling for problems with alcohol, drugs, medication or gambling, for yourself or someone close to you.",
    },
  },
  {
    key: "spuitenruil", org: "verslaving", domains: ["substance_use", "physical_health"], groups: ["everyone"], schedules: ["walkin"], cost: "free",
    name: { nl: "Spuitenruil en schadebeperking", fr: "Échange de seringues et réduction des risques", en: "Needle exchange and harm reduction" },
    description: {
      nl: "Anoniem steriel materiaal ruilen, info over veiliger gebruik en een gesprek met een hulpverlener.",
      fr: "Échange anonyme de matériel stérile, informations pour une consommation à moindre risque et écoute par un intervenant.",
    },
  },
  {
    key: "alcoholconsult", org: "verslaving", domains: ["substance_use"], groups: ["everyone"], schedules: ["appointment"], cost: "free",
    name: { nl: "Alcoholconsult", fr: "Consultation alcool", en: "Alcohol consultation" },
    description: {
      nl: "Wil je minder drinken? Samen maken we in een paar gesprekken een plan dat bij je past.",
      fr: "Vous voulez boire moins ? En quelques entretiens, nous construisons ensemble un plan qui vous convient.",
    },
  },
  {
    key: "infopunt-drugs", org: "caw", domains: ["substance_use", "family"], groups: ["young-people", "families-with-children"], schedules: ["afterschool", "appointment"], cost: "free",
    name: { nl: "Infopunt drugs voor jongeren en ouders", fr: "Point info drogues pour jeunes et parents", en: "Drug info point for young people and parents" },
    description: {
      nl: "Vragen over cannabis, alcohol of gamen? Jongeren en ouders krijgen eerlijke info en advies.",
      fr: "Des questions sur le cannabis, l'alcool ou les jeux vidéo ? Les jeunes et les parents reçoivent une information honnête et des conseils.",
    },
  },
  {
    key: "dagcentrum-verslaving", org: "verslaving", domains: ["substance_use", "social_network"], groups: ["everyone"], schedules: ["daycare"], cost: "free",
    name: { nl: "Dagcentrum verslavingszorg", fr: "Centre de jour en assuétudes", en: "Addiction day centre" },
    description: {
      nl: "Een dagprogramma met groepswerk, begeleiding en activiteiten voor wie wil stoppen of minderen.",
      fr: "Un programme de jour avec travail en groupe, accompagnement et activités pour celles et ceux qui veulent arrêter ou réduire.",
    },
  },
  // family
  {
    key: "opvoedingsondersteuning", org: "huisVanHetKind", domains: ["family"], groups: ["families-with-children"], schedules: ["office", "appointment"], cost: "free", multilingual: true,
    name: { nl: "Opvoedingsondersteuning", fr: "Soutien à la parentalité", en: "Parenting support" },
    description: {
      nl: "Vragen over de opvoeding van je kind, van baby tot tiener? Kom langs voor een gesprek of een ouderavond.",
      fr: "Des questions sur l'éducation de votre enfant, du bébé à l'adolescent ? Venez en parler ou participez à une soirée pour parents.",
      en: "Questions about raising your child, from baby to teenager? Come for a talk or a parents' evening.",
    },
  },
  {
    key: "kinderdagverblijf", org: "kinderopvang", domains: ["family", "work"], groups: ["children", "families-with-children"], schedules: ["daycare"], ages: [0, 3],
    cost: [{ option: { nl: "Inkomensgerelateerd tarief", fr: "Participation selon les revenus", en: "Income-related rate" }, amount: [5, 32], per: { nl: "per dag", fr: "par jour", en: "per day" } }],
    name: { nl: "Kinderdagverblijf {house}", fr: "Maison d'enfants {house}", en: "Day nursery {house}" },
    description: {
      nl: "Opvang voor baby's en peuters van 0 tot 3 jaar, met een prijs volgens je inkomen. Voorrang voor werkende en werkzoekende ouders en alleenstaande ouders.",
      fr: "Accueil des bébés et des jeunes enfants de 0 à 3 ans, avec une participation financière selon les revenus des parents.",
      en: "Childcare for babies and toddlers up to 3, priced by income, with priority for working parents, jobseekers and single parents.",
    },
  },
  {
    key: "relatie-scheiding", org: "caw", domains: ["family", "justice"], groups: ["families-with-children", "everyone"], schedules: ["appointment"], cost: "free",
    name: { nl: "Hulp bij relatieproblemen en scheiding", fr: "Aide aux couples et aux familles en séparation", en: "Support with relationships and separation" },
    description: {
      nl: "Gesprekken voor koppels, ouders in scheiding en gezinnen, ook over afspraken rond de kinderen.",
      fr: "Entretiens pour les couples, les parents qui se séparent et les familles, y compris sur l'organisation autour des enfants.",
    },
  },
  {
    key: "intrafamiliaal-geweld", org: "caw", domains: ["family", "justice"], groups: ["everyone"], schedules: ["always", "office"], cost: "free", multilingual: true,
    name: { nl: "Hulp bij geweld in het gezin", fr: "Aide aux victimes de violences intrafamiliales", en: "Help with domestic violence" },
    description: {
      nl: "Vertrouwelijk advies, begeleiding en veilige opvang voor wie te maken krijgt met geweld in het gezin.",
      fr: "Conseil confidentiel, accompagnement et hébergement sécurisé pour les personnes confrontées à la violence dans la famille.",
      en: "Confidential advice, support and safe shelter for people facing violence at home.",
    },
  },
  {
    key: "mantelzorg", org: "mutualiteit", domains: ["family", "social_network"], groups: ["older-people", "everyone"], schedules: ["mornings", "monthly"], cost: "free",
    name: { nl: "Ondersteuning voor mantelzorgers", fr: "Soutien aux aidants proches", en: "Support for carers" },
    description: {
      nl: "Info, vorming en een luisterend oor voor wie zorgt voor een partner, ouder of kind.",
      fr: "Information, formation et écoute pour les personnes qui prennent soin d'un partenaire, d'un parent ou d'un enfant.",
    },
  },
  {
    key: "spelotheek", org: "huisVanHetKind", domains: ["family", "participation"], groups: ["families-with-children", "children"], schedules: ["afterschool", "food"],
    cost: [{ option: { nl: "Lidgeld", fr: "Cotisation", en: "Membership" }, amount: [3, 8], per: { nl: "per jaar", fr: "par an", en: "per year" } }],
    name: { nl: "Spelotheek", fr: "Ludothèque", en: "Toy library" },
    description: {
      nl: "Speelgoed en gezelschapsspellen ontlenen voor een kleine bijdrage, en samen spelen met je kinderen.",
      fr: "Empruntez des jouets et des jeux de société pour une petite somme, et jouez avec vos enfants.",
    },
  },
  // social_network
  {
    key: "dienstencentrum", org: "dienstencentrum", domains: ["social_network", "participation"], groups: ["older-people"], schedules: ["walkin", "office"],
    cost: [
      { option: { nl: "Warme maaltijd", fr: "Repas chaud", en: "Hot meal" }, amount: [7, 9] },
      { option: { nl: "Warme maaltijd, sociaal tarief", fr: "Repas chaud, tarif social", en: "Hot meal, social rate" }, amount: [3, 5] },
    ],
    name: { nl: "Lokaal dienstencentrum {house}", fr: "Centre de services {house}", en: "Community service centre {house}" },
    description: {
      nl: "Een ontmoetingsplek met een cafetaria, warme maaltijden, activiteiten en hulp bij kleine klusjes voor buurtbewoners.",
      fr: "Un lieu de rencontre avec cafétéria, repas chauds, activités et aide pour les petits travaux, pour les habitants du quartier.",
    },
  },
  {
    key: "buddywerking", org: "buurtwerk", domains: ["social_network", "mental_health"], groups: ["everyone", "newcomers"], schedules: ["appointment"], cost: "free",
    name: { nl: "Buddywerking", fr: "Parrainage citoyen", en: "Buddy project" },
    description: {
      nl: "Een vrijwilliger die een tijdje met je optrekt, om samen iets te doen of gewoon te praten.",
      fr: "Un bénévole qui vous accompagne pendant un temps, pour faire des choses ensemble ou simplement parler.",
      en: "A volunteer who spends time with you for a while, to do things together or just to talk.",
    },
  },
  {
    key: "buurthuis", org: "buurtwerk", domains: ["social_network", "participation"], groups: ["everyone"], schedules: ["walkin", "evening"], cost: "free", multilingual: true,
    name: { nl: "Buurthuis {house}", fr: "Maison de quartier {house}", en: "Community house {house}" },
    description: {
      nl: "Een open huis in de wijk voor een babbel, samen koken, een repair café of een buurtfeest.",
      fr: "Une maison ouverte dans le quartier pour discuter, cuisiner ensemble, réparer des objets ou organiser une fête.",
      en: "An open house in the neighbourhood for a chat, cooking together, a repair café or a street party.",
    },
  },
  {
    key: "telefooncirkel", org: "dienstencentrum", domains: ["social_network"], groups: ["older-people"], schedules: ["mornings"], cost: "free",
    name: { nl: "Telefooncirkel voor senioren", fr: "Cercle téléphonique pour seniors", en: "Phone circle for older people" },
    description: {
      nl: "Elke dag een telefoontje van of naar een andere deelnemer, zodat niemand er alleen voor staat.",
      fr: "Chaque jour, un coup de fil d'un ou à un autre participant, pour que personne ne reste seul.",
    },
  },
  {
    key: "vrijwilligerspunt", org: "vrijetijd", domains: ["social_network", "participation"], groups: ["everyone"], schedules: ["mornings", "appointment"], cost: "free",
    name: { nl: "Vrijwilligerspunt", fr: "Point volontariat", en: "Volunteering desk" },
    description: {
      nl: "Vind vrijwilligerswerk dat bij je past, in een vereniging, een woonzorgcentrum of een project in je buurt.",
      fr: "Trouvez un volontariat qui vous correspond, dans une association, une maison de repos ou un projet de quartier.",
      en: "Find volunteering that suits you, in a club, a care home or a local project.",
    },
  },
  // participation
  {
    key: "vrijetijdspas", org: "vrijetijd", domains: ["participation", "income"], groups: ["people-on-low-income", "everyone"], schedules: ["office"], cost: "free",
    name: { nl: "Vrijetijdspas met kansentarief", fr: "Passeport loisirs à tarif réduit", en: "Leisure pass with reduced rate" },
    description: {
      nl: "Met de vrijetijdspas spaar je punten en krijg je korting op cultuur, sport en jeugdwerk. Met het kansentarief betaal je maar 20 procent van de prijs.",
      fr: "Avec le passeport loisirs, vous cumulez des points et bénéficiez de réductions pour la culture, le sport et les activités de jeunesse. Au tarif réduit, vous ne payez que 20 % du prix.",
      en: "With the leisure pass you collect points and get discounts on culture, sport and youth activities; at the reduced rate you pay only 20% of the price.",
    },
  },
  {
    key: "sport-kansentarief", org: "vrijetijd", domains: ["participation", "physical_health"], groups: ["young-people", "people-on-low-income"], schedules: ["evening", "afterschool"],
    cost: [
      { option: { nl: "Kansentarief", fr: "Tarif réduit", en: "Reduced rate" }, amount: [1, 2], per: { nl: "per beurt", fr: "par séance", en: "per session" } },
      { option: { nl: "Gewoon tarief", fr: "Tarif normal", en: "Standard rate" }, amount: [5, 8], per: { nl: "per beurt", fr: "par séance", en: "per session" } },
    ],
    name: { nl: "Sporten aan kansentarief", fr: "Sport à tarif réduit", en: "Sport at a reduced rate" },
    description: {
      nl: "Zwemmen, sportkampen en lidmaatschap van een sportclub tegen een verminderde prijs.",
      fr: "Natation, stages sportifs et affiliation à un club de sport à prix réduit.",
    },
  },
  {
    key: "speelpleinwerking", org: "buurtwerk", domains: ["participation", "social_network"], groups: ["children", "young-people"], schedules: ["afterschool"], ages: [6, 16],
    cost: [{ option: { nl: "Dagprijs", fr: "Prix par jour", en: "Price per day" }, amount: [2, 5], per: { nl: "per dag, met vrijetijdspas minder", fr: "par jour, moins avec le passeport loisirs", en: "per day, less with the leisure pass" } }],
    name: { nl: "Speelpleinwerking en jeugdwerk", fr: "Plaine de jeux et activités jeunesse", en: "Holiday play scheme" },
    description: {
      nl: "Op woensdagnamiddag en in de schoolvakanties spelen, knutselen en sporten met animatoren.",
      fr: "Le mercredi après-midi et pendant les vacances scolaires : jeux, bricolage et sport avec des animateurs.",
    },
  },
  {
    key: "cultuuruitstappen", org: "vrijetijd", domains: ["participation", "education"], groups: ["everyone", "people-on-low-income"], schedules: ["evening", "monthly"],
    cost: [{ option: { nl: "Ticket aan kansentarief", fr: "Billet à tarif réduit", en: "Reduced-rate ticket" }, amount: [2, 4] }],
    name: { nl: "Samen naar cultuur", fr: "Sorties culturelles accompagnées", en: "Culture outings together" },
    description: {
      nl: "Samen naar theater, concert of museum, met begeleiding en een ticket aan verminderd tarief.",
      fr: "Ensemble au théâtre, au concert ou au musée, accompagnés et avec un billet à prix réduit.",
    },
  },
  {
    key: "vakantieparticipatie", org: "ocmw", domains: ["participation", "family"], groups: ["families-with-children", "people-on-low-income"], schedules: ["office"], cost: "unknown", season: ["03-01", "08-31"],
    name: { nl: "Dagje uit en vakantie met kansentarief", fr: "Vacances et excursions à prix réduit", en: "Affordable days out and holidays" },
    description: {
      nl: "Betaalbare daguitstappen en vakanties voor gezinnen met een beperkt budget.",
      fr: "Des excursions et des vacances abordables pour les familles au budget limité.",
    },
  },
  // justice
  {
    key: "eerstelijnsbijstand", org: "juridisch", domains: ["justice", "administration"], groups: ["everyone"], schedules: ["mornings", "evening"], cost: "free",
    name: { nl: "Juridische eerstelijnsbijstand", fr: "Permanence d'avocats", en: "Free legal advice" },
    description: {
      nl: "Gratis eerste advies van een advocaat over bijvoorbeeld huur, werk, familie of schulden. Je krijgt uitleg en wordt zo nodig doorverwezen.",
      fr: "Un premier conseil gratuit d'un avocat, par exemple sur le logement, le travail, la famille ou les dettes. Vous êtes orienté si nécessaire.",
      en: "Free first advice from a lawyer, for example on housing, work, family or debts, with a referral if needed.",
    },
  },
  {
    key: "slachtofferhulp", org: "caw", domains: ["justice", "mental_health"], groups: ["everyone"], schedules: ["office", "appointment"], cost: "free",
    name: { nl: "Slachtofferhulp", fr: "Accompagnement des victimes", en: "Victim support" },
    description: {
      nl: "Steun na een misdrijf, verkeersongeval of ramp: een gesprek, info over je rechten en hulp bij je klacht.",
      fr: "Soutien après une infraction, un accident de la route ou une catastrophe : écoute, information sur vos droits et accompagnement pour porter plainte.",
      en: "Support after a crime, road accident or disaster: someone to talk to, information on your rights and help with your complaint.",
    },
  },
  {
    key: "herstelbemiddeling", org: "justitiewelzijn", domains: ["justice"], groups: ["everyone"], schedules: ["appointment"], cost: "free",
    name: { nl: "Herstelbemiddeling", fr: "Médiation réparatrice", en: "Restorative mediation" },
    description: {
      nl: "Een bemiddelaar helpt dader en slachtoffer om met elkaar in gesprek te gaan over wat er gebeurd is.",
      fr: "Un médiateur aide l'auteur et la victime à se parler de ce qui s'est passé.",
    },
  },
  {
    key: "na-detentie", org: "justitiewelzijn", domains: ["justice", "housing"], groups: ["everyone"], schedules: ["appointment", "office"], cost: "free",
    name: { nl: "Begeleiding na detentie", fr: "Accompagnement après la détention", en: "Support after prison" },
    description: {
      nl: "Ondersteuning bij het zoeken naar een woning, werk en inkomen na een gevangenisstraf.",
      fr: "Soutien pour trouver un logement, un travail et un revenu après une peine de prison.",
    },
  },
  {
    key: "jongerenrecht", org: "juridisch", domains: ["justice", "family"], groups: ["young-people"], schedules: ["afterschool"], cost: "free", ages: [12, 25],
    name: { nl: "Rechtswinkel voor jongeren", fr: "Permanence droit des jeunes", en: "Legal advice for young people" },
    description: {
      nl: "Antwoord op je vragen over je rechten op school, op je werk, thuis of bij de politie.",
      fr: "Des réponses à tes questions sur tes droits à l'école, au travail, en famille ou face à la police.",
    },
  },
  // administration
  {
    key: "digitale-hulp", org: "bibliotheek", domains: ["administration", "education"], groups: ["everyone", "older-people"], schedules: ["walkin", "mornings"], cost: "free",
    name: { nl: "Digipunt: hulp bij online formulieren", fr: "Espace numérique : aide aux démarches en ligne", en: "Digital help desk" },
    description: {
      nl: "Hulp bij je digitale post, het lezen van je identiteitskaart, het installeren van een digitale sleutel of een aanvraag online.",
      fr: "Aide pour votre courrier numérique, la lecture de votre carte d'identité, l'installation d'une clé numérique ou une demande en ligne.",
      en: "Help with your digital mail, reading your ID card, setting up a digital key or applying online.",
    },
  },
  {
    key: "belastingaangifte", org: "ocmw", domains: ["administration", "income"], groups: ["everyone", "older-people"], schedules: ["office"], cost: "free", season: ["05-01", "07-15"],
    name: { nl: "Hulp bij je belastingaangifte", fr: "Aide pour la déclaration d'impôts", en: "Help with your tax return" },
    description: {
      nl: "Tijdens de aangifteperiode helpen vrijwilligers je gratis met je belastingaangifte. Breng je identiteitskaart mee.",
      fr: "Pendant la période de déclaration, des bénévoles vous aident gratuitement à remplir votre déclaration d'impôts. Apportez votre carte d'identité.",
      en: "During the tax season, volunteers help you fill in your tax return for free. Bring your ID card.",
    },
  },
  {
    key: "sociale-rechten", org: "ocmw", domains: ["administration", "income"], groups: ["everyone"], schedules: ["walkin"], cost: "free", multilingual: true,
    name: { nl: "Loket sociale rechten", fr: "Guichet des droits sociaux", en: "Social rights desk" },
    description: {
      nl: "We zoeken samen uit op welke premies, toelagen en sociale voordelen je recht hebt, en helpen je ze aan te vragen.",
      fr: "Nous vérifions ensemble à quelles primes, allocations et avantages sociaux vous avez droit, et vous aidons à les demander.",
      en: "Together we find out which allowances and social benefits you are entitled to, and help you apply.",
    },
  },
  {
    key: "sociale-dienst", org: "ocmw", domains: ["administration", "income", "housing"], groups: ["everyone"], schedules: ["office"], cost: "free",
    name: { nl: "Sociale dienst: onthaal", fr: "Service social : accueil", en: "Social services reception" },
    description: {
      nl: "Het eerste aanspreekpunt voor alle vragen over welzijn, inkomen, wonen en zorg. Een maatschappelijk werker luistert en zoekt samen met jou naar een oplossing.",
      fr: "Le premier point de contact pour toutes les questions de bien-être, de revenus, de logement et de soins. Un assistant social vous écoute et cherche une solution avec vous.",
      en: "The first point of contact for questions about welfare, income, housing and care.",
    },
  },
  {
    key: "brieven-formulieren", org: "caw", domains: ["administration"], groups: ["everyone", "newcomers"], schedules: ["walkin"], cost: "free", multilingual: true,
    name: { nl: "Hulp bij brieven en formulieren", fr: "Permanence administrative : courrier et formulaires", en: "Help with letters and forms" },
    description: {
      nl: "Snap je een brief niet of moet je een formulier invullen? Kom langs tijdens de permanentie.",
      fr: "Vous ne comprenez pas un courrier ou devez remplir un formulaire ? Passez pendant la permanence.",
      en: "Don't understand a letter or need to fill in a form? Drop in during opening hours.",
    },
  },
  // mobility
  {
    key: "mindermobielen", org: "mobiliteit", domains: ["mobility", "social_network"], groups: ["older-people", "people-with-a-disability"], schedules: ["mornings", "office"],
    cost: [
      { option: { nl: "Kilometervergoeding", fr: "Indemnité kilométrique", en: "Mileage" }, amount: 0.4, per: { nl: "per kilometer", fr: "par kilomètre", en: "per kilometre" } },
      { option: { nl: "Lidgeld", fr: "Cotisation", en: "Membership" }, amount: [10, 15], per: { nl: "per jaar", fr: "par an", en: "per year" } },
    ],
    name: { nl: "Vervoer voor minder mobielen", fr: "Transport pour personnes à mobilité réduite", en: "Transport for people with reduced mobility" },
    description: {
      nl: "Vrijwillige chauffeurs brengen mensen die moeilijk met bus of tram reizen naar de dokter, de winkel of op bezoek.",
      fr: "Des chauffeurs bénévoles conduisent les personnes qui ont du mal à prendre le bus ou le tram chez le médecin, au magasin ou en visite.",
    },
  },
  {
    key: "fietsbib", org: "mobiliteit", domains: ["mobility", "participation"], groups: ["everyone", "families-with-children"], schedules: ["food", "evening"],
    cost: [{ option: { nl: "Jaarabonnement", fr: "Abonnement annuel", en: "Yearly subscription" }, amount: [15, 25], per: { nl: "per jaar; kinderfiets de helft", fr: "par an ; vélo enfant à moitié prix", en: "per year; children's bike half price" } }],
    name: { nl: "Fietsbib en fietsherstel", fr: "Vélothèque et atelier vélo", en: "Bike library and repair" },
    description: {
      nl: "Een fiets lenen voor een klein bedrag per jaar, of leren je eigen fiets te herstellen.",
      fr: "Empruntez un vélo pour une petite somme par an, ou apprenez à réparer votre propre vélo.",
      en: "Borrow a bike for a small yearly fee, or learn to repair your own.",
    },
  },
  {
    key: "fietsles", org: "mobiliteit", domains: ["mobility", "social_network"], groups: ["newcomers", "everyone"], schedules: ["mornings"], cost: "free", multilingual: true,
    name: { nl: "Fietslessen voor volwassenen", fr: "Cours de vélo pour adultes", en: "Cycling lessons for adults" },
    description: {
      nl: "Leren fietsen in een veilige omgeving, in kleine groepjes met geduldige lesgevers.",
      fr: "Apprendre à faire du vélo en toute sécurité, en petits groupes avec des moniteurs patients.",
      en: "Learn to ride a bike in a safe place, in small groups with patient teachers.",
    },
  },
  {
    key: "vervoerskorting", org: "ocmw", domains: ["mobility", "income"], groups: ["people-on-low-income", "older-people"], schedules: ["office"], cost: "free",
    name: { nl: "Korting op bus, tram en trein", fr: "Réduction sur les transports en commun", en: "Discount on public transport" },
    description: {
      nl: "Hulp bij het aanvragen van een verminderd tarief voor bus, tram en trein.",
      fr: "Aide pour demander un tarif réduit pour le bus, le tram et le train.",
    },
  },
  {
    key: "rijbewijs", org: "jobpunt", domains: ["mobility", "work"], groups: ["everyone", "young-people"], schedules: ["appointment"],
    cost: [{ option: { nl: "Eigen bijdrage", fr: "Participation personnelle", en: "Own contribution" }, amount: [25, 75] }],
    name: { nl: "Rijbewijstraject voor werkzoekenden", fr: "Permis de conduire pour demandeurs d'emploi", en: "Driving licence for jobseekers" },
    description: {
      nl: "Begeleiding en lessen om je rijbewijs B te halen, als dat je kansen op werk vergroot.",
      fr: "Accompagnement et cours pour obtenir le permis B, quand il augmente vos chances de trouver un emploi.",
    },
  },
  // residence_language
  {
    key: "nt2", org: "taalhuis", domains: ["residence_language", "education"], groups: ["newcomers"], schedules: ["evening", "mornings"], multilingual: true,
    cost: [{ option: { nl: "Inschrijvingsgeld", fr: "Droit d'inscription", en: "Enrolment fee" }, amount: [10, 20], per: { nl: "per module", fr: "par module", en: "per module" } }],
    name: { nl: "Nederlands leren (NT2)", fr: "Cours de français langue étrangère", en: "Dutch lessons for adults" },
    description: {
      nl: "Lessen Nederlands als tweede taal voor volwassenen, van beginner tot gevorderd, overdag of 's avonds.",
      fr: "Des cours de français pour adultes, du niveau débutant au niveau avancé, en journée ou le soir.",
      en: "Dutch as a second language for adults, from beginner to advanced, daytime or evening.",
    },
  },
  {
    key: "taalcafe", org: "taalhuis", domains: ["residence_language", "social_network"], groups: ["newcomers", "everyone"], schedules: ["evening"], cost: "free", multilingual: true,
    name: { nl: "Taalcafé", fr: "Table de conversation", en: "Language café" },
    description: {
      nl: "Nederlands oefenen in een ontspannen sfeer, met vrijwilligers en andere cursisten, bij een kop koffie.",
      fr: "Pratiquer la langue dans une ambiance détendue, avec des bénévoles et d'autres apprenants, autour d'un café.",
      en: "Practise Dutch in a relaxed setting with volunteers and other learners, over a cup of coffee.",
    },
  },
  {
    key: "inburgering", org: "onthaal", domains: ["residence_language", "administration"], groups: ["newcomers"], schedules: ["office"], cost: "free", multilingual: true,
    name: { nl: "Inburgeringstraject en maatschappelijke oriëntatie", fr: "Parcours d'accueil pour primo-arrivants", en: "Civic integration programme" },
    description: {
      nl: "Als nieuwkomer leer je over wonen, werken, onderwijs en gezondheid in België, in een taal die je begrijpt, met persoonlijke begeleiding.",
      fr: "En tant que primo-arrivant, vous découvrez le logement, le travail, l'enseignement et la santé en Belgique, dans une langue que vous comprenez, avec un accompagnement personnel.",
      en: "As a newcomer you learn about housing, work, education and health in Belgium, in a language you understand, with personal guidance.",
    },
  },
  {
    key: "sociaal-tolken", org: "onthaal", domains: ["residence_language", "administration"], groups: ["newcomers"], schedules: ["appointment"], cost: "free", multilingual: true,
    name: { nl: "Sociaal tolken en vertalen", fr: "Interprétariat social", en: "Community interpreting" },
    description: {
      nl: "Tolken ter plaatse, via telefoon of video, voor gesprekken met scholen, artsen en diensten.",
      fr: "Interprètes sur place, par téléphone ou par vidéo, pour les entretiens avec les écoles, les médecins et les services.",
      en: "Interpreters on site, by phone or video, for meetings with schools, doctors and services.",
    },
  },
  {
    key: "verblijfsrecht", org: "onthaal", domains: ["residence_language", "justice"], groups: ["newcomers"], schedules: ["mornings", "appointment"], cost: "free", multilingual: true,
    name: { nl: "Advies over verblijfsrecht en gezinshereniging", fr: "Conseil en droit de séjour et regroupement familial", en: "Advice on residence rights and family reunification" },
    description: {
      nl: "Informatie over je verblijfsvergunning, gezinshereniging, nationaliteit en je rechten als vreemdeling.",
      fr: "Informations sur votre titre de séjour, le regroupement familial, la nationalité et vos droits en tant qu'étranger.",
      en: "Information on your residence permit, family reunification, nationality and your rights as a foreign national.",
    },
  },
  {
    key: "alfabetisering", org: "taalhuis", domains: ["residence_language", "education"], groups: ["newcomers", "everyone"], schedules: ["mornings"], cost: "free", multilingual: true,
    name: { nl: "Alfabetisering voor volwassenen", fr: "Alphabétisation pour adultes", en: "Literacy classes for adults" },
    description: {
      nl: "Leren lezen en schrijven in kleine groepen, voor wie weinig of niet naar school ging.",
      fr: "Apprendre à lire et à écrire en petits groupes, pour les personnes peu ou pas scolarisées.",
      en: "Learn to read and write in small groups, for people who had little or no schooling.",
    },
  },
];
