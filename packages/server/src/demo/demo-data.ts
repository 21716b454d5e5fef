/** Fictional people for the demo. Any likeness to real persons is coincidence. */
export const DEMO_PERSON_NAMES = [
  "Mia Vermeulen", "Youssef El Amrani", "Jos Claes", "Fatma Yilmaz", "Kevin De Smet", "Aïcha Benali",
  "Marcel Wouters", "Ilse Goossens", "Piotr Nowak", "Nadia Bouzid", "Rudi Van Damme", "Grace Mukendi",
  "Sven Jacobs", "Leen Mertens", "Hamza Ouali", "Chantal Dubois", "Tom Maes", "Elif Demir",
  "Dirk Peeters", "Sofie Willems", "Mohamed Azzouzi", "Josée Lambert", "Bart Hermans", "Ana Popescu",
  "Hilde Aerts", "Omar Haddou", "Lotte Vandenberghe", "Kadiatou Diallo", "Luc Segers", "Zeynep Kaya",
  "Freddy Verstraete", "Eva Smets", "Rachid Toumi", "Marie-Claire Nsimba", "Stijn Coppens", "Ewa Kowalska",
  "\"De Muzikant\"", "Joke (zonder achternaam)", "Anissa", "Pascal Renard",
];

export const DEMO2_PERSON_NAMES = ["Gilbert Fontaine", "Samira Lahlou", "Wim Bogaerts", "Nathalie Leroy", "Ali Şahin", "Koen Devos"];

export const DEMO_NOTES = [
  "Samen brieven van het OCMW doorgenomen.",
  "Koffie gedronken in het buurthuis; wil graag meedoen aan de kookgroep.",
  "Huisbezoek: vocht in de slaapkamer, huisbaas reageert niet.",
  "Kort contact op straat, gaat goed.",
  "Telefonisch: afspraak bij de mutualiteit bevestigd.",
  "Vraag over de energiefactuur; samen naar het loket gegaan.",
  "Wil werken aan een vaste dagbesteding.",
  "Eerste kennismaking, rustig gepraat op de bank aan het station.",
];

export const DEMO_ANONYMOUS = [
  { nickname: "Man met de hond", description: "Slaapt soms aan de kerk, vroeg naar een douche.", headCount: 1 },
  { nickname: "Jongeren skatepark", description: "Groepje jongeren, vroegen naar vakantiejobs.", headCount: 6 },
  { nickname: "Vrouw aan de bibliotheek", description: "Zoekt hulp met digitale formulieren.", headCount: 1 },
];

/** What the first persons of the demo worker want to work on, in their own words. */
export const DEMO_AGENDA = [
  [
    { title: "Een woning met een extra slaapkamer", ownWords: "Mijn zoon slaapt nu in de living, dat gaat niet meer.", raisedBy: "person", domains: ["housing", "family"], status: "agreed" },
    { title: "Overzicht van de schulden", ownWords: "Ik open de brieven niet meer, ik durf niet.", raisedBy: "person", domains: ["income"], status: "open" },
  ],
  [{ title: "Nederlands oefenen", ownWords: "Ik wil zelf met de dokter kunnen praten.", raisedBy: "person", domains: ["residence_language", "physical_health"], status: "in_progress" }],
  [{ title: "Terug aan het werk", ownWords: null, raisedBy: "worker", domains: ["work"], status: "open" }],
] as const;

export const DEMO_STRENGTHS = [
  { kind: "strength", text: "Ik kan goed koken voor veel mensen." },
  { kind: "support", text: "Mijn zus belt elke dag." },
  { kind: "goal", text: "Zelf mijn papieren kunnen regelen." },
] as const;
