/**
 * The décompte journal's vocabulary: its counting stages and the words accepted for them, its four
 * columns and the headers accepted for each (journal.ts reads the journal with them).
 */
import { keywordTable } from "./keyword";

/** Counting stages, in the order they happen (docs/regles/decompte.md). */
export type Etape = "MISE_A_DISPOSITION" | "PROPOSITION" | "ATTRIBUTION" | "BAIL";
export const ETAPES: readonly Etape[] = ["MISE_A_DISPOSITION", "PROPOSITION", "ATTRIBUTION", "BAIL"];

export const ETAPES_TABLE = keywordTable<Etape>("etape", {
  MISE_A_DISPOSITION: ["mise à disposition", "mises à disposition", "mise a dispo", "mad", "MAD"],
  PROPOSITION: ["propositions", "proposition de candidats", "candidats proposés", "proposition CALEOL"],
  ATTRIBUTION: ["attributions", "attribué", "attribution CALEOL", "décision CALEOL"],
  BAIL: ["bail signé", "baux signés", "baux", "signature du bail", "signature bail"],
});

/** The journal's four columns: French name (for messages) and accepted headers, its name first, then by likeness. */
export const JOURNAL_COLUMNS = {
  logement: {
    nom: "logement",
    aliases: [
      "logement",
      "logements",
      "log",
      "lgt",
      "n logement",
      "no logement",
      "numero logement",
      "num logement",
      "id logement",
      "identifiant logement",
      "identifiant",
      "reference logement",
      "ref logement",
      "code logement",
      "numero rpls",
      "n rpls",
      "rpls",
    ],
  },
  reservataire: {
    nom: "réservataire",
    aliases: [
      "reservataire",
      "reservataires",
      "nom reservataire",
      "organisme reservataire",
      "contingent",
      "beneficiaire",
      "reservation",
    ],
  },
  etape: {
    nom: "étape",
    aliases: ["etape", "etapes", "stade", "evenement", "type evenement", "type d evenement", "statut", "type"],
  },
  date: {
    nom: "date",
    aliases: ["date", "date evenement", "date de l evenement", "date etape", "jour"],
  },
} as const;
export type JournalColumn = keyof typeof JOURNAL_COLUMNS;
