import type { MechanismType, ReportDimension, SignalPhase } from "@nabij/domain";

/** The public report page's own words, in nl-BE first, then fr-BE and en (the page is served by the server, not the web app). */
export type PublicLanguage = "nl" | "fr" | "en";

export interface PublicTexts {
  locale: string;
  languageName: string;
  languages: string;
  published: string;
  phaseLabel: string;
  phase: Record<SignalPhase, string>;
  section: Record<"position" | "analysis" | "actions" | "decisions" | "feedback", string>;
  figures: string;
  testimonies: string;
  protection: string;
  hidden: string;
  people: string;
  signals: string;
  total: string;
  dimension: Record<ReportDimension, string>;
  byDimension: Record<ReportDimension, string>;
  mechanism: Record<MechanismType, string>;
  notFound: string;
}

export const PUBLIC_REPORT_TEXTS: Record<PublicLanguage, PublicTexts> = {
  nl: {
    locale: "nl-BE",
    languageName: "Nederlands",
    languages: "Talen",
    published: "gepubliceerd op",
    phaseLabel: "Fase",
    phase: { notice: "opmerken", collect: "verzamelen", bundle: "bundelen", analyse: "analyseren", report: "rapporteren", decide: "beslissen", act: "actie", feedback: "terugkoppeling" },
    section: { position: "Ons standpunt", analysis: "Analyse", actions: "Acties", decisions: "Beslissingen", feedback: "Wat ermee gebeurde" },
    figures: "Cijfers",
    testimonies: "In hun eigen woorden",
    protection: "Om mensen te beschermen tonen we geen aantal van 1 tot {{k}} − 1 personen, en verbergen we ook andere aantallen waaruit dat af te leiden zou zijn. Een streepje betekent: niet getoond.",
    hidden: "Niet getoond om mensen te beschermen",
    people: "Mensen",
    signals: "Signalen",
    total: "Totaal",
    dimension: { theme: "Thema", mechanismType: "Soort mechanisme", institution: "Organisatie", municipality: "Gemeente", domain: "Levensdomein" },
    byDimension: { theme: "Mensen per thema", mechanismType: "Mensen per soort mechanisme", institution: "Mensen per organisatie", municipality: "Mensen per gemeente", domain: "Mensen per levensdomein" },
    mechanism: { organisation_practice: "Werking van een organisatie", gap_between_organisations: "Hiaat of overlap tussen organisaties", regulation: "Regelgeving", risk_group: "(Nieuwe) risicogroep", lack_of_information: "Gebrek aan informatie", policy_gap: "Hiaat in het beleid", other: "Ander" },
    notFound: "Dit rapport bestaat niet (meer).",
  },
  fr: {
    locale: "fr-BE",
    languageName: "Français",
    languages: "Langues",
    published: "publié le",
    phaseLabel: "Phase",
    phase: { notice: "constater", collect: "rassembler", bundle: "regrouper", analyse: "analyser", report: "rapporter", decide: "décider", act: "agir", feedback: "retour" },
    section: { position: "Notre position", analysis: "Analyse", actions: "Actions", decisions: "Décisions", feedback: "Ce qui en est advenu" },
    figures: "Chiffres",
    testimonies: "Avec leurs propres mots",
    protection: "Pour protéger les personnes, nous ne montrons aucun nombre de 1 à {{k}} − 1 personnes, et nous cachons aussi d'autres nombres qui permettraient de le retrouver. Un tiret veut dire : non montré.",
    hidden: "Non montré pour protéger les personnes",
    people: "Personnes",
    signals: "Signaux",
    total: "Total",
    dimension: { theme: "Thème", mechanismType: "Type de mécanisme", institution: "Organisation", municipality: "Commune", domain: "Domaine de vie" },
    byDimension: { theme: "Personnes par thème", mechanismType: "Personnes par type de mécanisme", institution: "Personnes par organisation", municipality: "Personnes par commune", domain: "Personnes par domaine de vie" },
    mechanism: { organisation_practice: "Fonctionnement d'une organisation", gap_between_organisations: "Lacune ou chevauchement entre organisations", regulation: "Réglementation", risk_group: "Groupe à risque (émergent)", lack_of_information: "Manque d'information", policy_gap: "Lacune de la politique", other: "Autre" },
    notFound: "Ce rapport n'existe pas (ou plus).",
  },
  en: {
    locale: "en",
    languageName: "English",
    languages: "Languages",
    published: "published on",
    phaseLabel: "Phase",
    phase: { notice: "notice", collect: "collect", bundle: "bundle", analyse: "analyse", report: "report", decide: "decide", act: "act", feedback: "feedback" },
    section: { position: "Our position", analysis: "Analysis", actions: "Actions", decisions: "Decisions", feedback: "What became of it" },
    figures: "Figures",
    testimonies: "In their own words",
    protection: "To protect people we show no count of 1 to {{k}} − 1 people, and we also hide other counts from which it could be worked out. A dash means: not shown.",
    hidden: "Not shown, to protect people",
    people: "People",
    signals: "Signals",
    total: "Total",
    dimension: { theme: "Theme", mechanismType: "Kind of mechanism", institution: "Organisation", municipality: "Municipality", domain: "Life domain" },
    byDimension: { theme: "People per theme", mechanismType: "People per kind of mechanism", institution: "People per organisation", municipality: "People per municipality", domain: "People per life domain" },
    mechanism: { organisation_practice: "An organisation's way of working", gap_between_organisations: "A gap or overlap between organisations", regulation: "Regulation", risk_group: "An (emerging) risk group", lack_of_information: "A lack of information", policy_gap: "A gap in policy", other: "Other" },
    notFound: "This report does not exist (any more).",
  },
};

/** The language asked for (?lang=) or else the browser's first known one, else Dutch. */
export function publicLanguage(asked: string | undefined, acceptLanguage: string | undefined): PublicLanguage {
  const known = (l: string | undefined): PublicLanguage | undefined => {
    const base = l?.trim().slice(0, 2).toLowerCase();
    return base === "nl" || base === "fr" || base === "en" ? base : undefined;
  };
  return known(asked) ?? (acceptLanguage ?? "").split(",").map(known).find((l) => l !== undefined) ?? "nl";
}
