/**
 * The events a journal may hold: the four counting stages (src/domain/journal.ts `ETAPES`, indices
 * 0 to 3, unchanged) and the vacancy's other steps (docs/regles/vacances.md): validation by the
 * réservataire, désignation of candidates, refus, retour bailleur. A journal's `etape` column holds
 * an index in {@link EVENEMENTS}; the counts only ever index the first four.
 */
import { keywordTable } from "./keyword";

export type Evenement =
  | "MISE_A_DISPOSITION"
  | "PROPOSITION"
  | "ATTRIBUTION"
  | "BAIL"
  | "VALIDATION"
  | "DESIGNATION"
  | "REFUS"
  | "RETOUR_BAILLEUR";

/** Every event, the four counting stages first (same indices as `ETAPES`). */
export const EVENEMENTS: readonly Evenement[] = [
  "MISE_A_DISPOSITION",
  "PROPOSITION",
  "ATTRIBUTION",
  "BAIL",
  "VALIDATION",
  "DESIGNATION",
  "REFUS",
  "RETOUR_BAILLEUR",
];

/** Index of each event in {@link EVENEMENTS}. */
export const EV = {
  MAD: 0,
  PROPOSITION: 1,
  ATTRIBUTION: 2,
  BAIL: 3,
  VALIDATION: 4,
  DESIGNATION: 5,
  REFUS: 6,
  RETOUR_BAILLEUR: 7,
} as const;

/**
 * Order of the events of one day on one dwelling: mise à disposition, validation, refus, désignation,
 * proposition en CALEOL, attribution, bail, retour bailleur (by index in {@link EVENEMENTS}).
 */
export const RANG_EVENEMENT: Readonly<Uint8Array> = Uint8Array.from([0, 4, 5, 6, 1, 3, 2, 7]);

/** The French name of each event, as the « Journal du flux » writes it and its drop-down list offers it. */
export const NOMS_EVENEMENTS: Readonly<Record<Evenement, string>> = {
  MISE_A_DISPOSITION: "Mise à disposition",
  PROPOSITION: "Proposition en CALEOL",
  ATTRIBUTION: "Attribution",
  BAIL: "Bail signé",
  VALIDATION: "Validation",
  DESIGNATION: "Désignation",
  REFUS: "Refus",
  RETOUR_BAILLEUR: "Retour bailleur",
};

/** Spellings of every event in a journal's « Étape » column (the four stages keep their former spellings). */
export const EVENEMENTS_TABLE = keywordTable<Evenement>("etape", {
  MISE_A_DISPOSITION: ["mise à disposition", "mises à disposition", "mise a dispo", "mad", "MAD"],
  PROPOSITION: [
    "propositions",
    "proposition de candidats",
    "candidats proposés",
    "proposition CALEOL",
    "proposition en CALEOL",
    "CALEOL",
  ],
  ATTRIBUTION: ["attributions", "attribué", "attribution CALEOL", "décision CALEOL"],
  BAIL: ["bail signé", "baux signés", "baux", "signature du bail", "signature bail"],
  VALIDATION: ["validation", "validée", "validation réservataire", "validation du réservataire"],
  DESIGNATION: ["désignation", "désignations", "désignation de candidats", "candidats désignés", "désigné", "désignée"],
  REFUS: ["refus", "refusé", "refusée", "refus du réservataire", "refus réservataire"],
  RETOUR_BAILLEUR: ["retour bailleur", "retour au bailleur", "repris par le bailleur", "reprise bailleur"],
});
