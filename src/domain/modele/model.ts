/**
 * The « Calcul de l'assiette » block of the DDETS template, described as data: one entry per row, in
 * the template's order, read by the locator, the checker, the filler and the blank template.
 *
 * `variants` are the labels accepted for a row: the text of Appendix A verbatim (typos included:
 * « aux réservataire », « DOC DE TRAVAILV1 ») and cleaner wordings. Years and the original sheet's
 * row reference « (L13-L23) » are ignored when matching (match.ts), so they appear once.
 * @see docs/regles/modele-ddets.md; docs/regles/assiette.md, docs/regles/rotation.md, docs/regles/flux.md
 */
import { bug } from "../messages/result";
import type { Computation } from "./computation";
import type { ComputedKey, InputKey, PartsEtat, RowKey, RowRole, ModeleYears, ValueKind } from "./keys";

/** Number formats (invariant codes for `range.numberFormat`). */
export const FORMAT_ENTIER = "#,##0";
export const FORMAT_TAUX = "0.0%";

/** One row of the block. */
export interface RowSpec {
  readonly key: RowKey;
  readonly role: RowRole;
  readonly kind: ValueKind;
  /** Short French name used in messages (« PLI », « total des logements exclus »). */
  readonly nom: string;
  /** The label written by the blank template. */
  readonly libelle: (years: ModeleYears) => string;
  /** Labels accepted when locating the row (the first is Appendix A's text when the row is in it). */
  readonly variants: readonly string[];
  /** How a computed row is obtained. */
  readonly computation?: Computation;
  /** A « dont » row that is not summed but must not exceed this row (précisions). */
  readonly bound?: InputKey;
  /** Number format of its EPCI cells. */
  readonly numberFormat?: string;
  /** Bold in the blank template (header, totals, assiette). */
  readonly bold?: boolean;
  /** Optional information: a blank cell is an info, not a warning (précisions). */
  readonly optional?: boolean;
}

const fixed = (text: string) => (): string => text;

const count = (key: InputKey, nom: string, variants: readonly string[], extra: Partial<RowSpec> = {}): RowSpec => ({
  key,
  role: "saisie",
  kind: "nombre",
  nom,
  libelle: fixed(variants[0] ?? nom),
  variants,
  numberFormat: FORMAT_ENTIER,
  ...extra,
});

const separator = (key: RowKey, text: string): RowSpec => ({
  key,
  role: "separateur",
  kind: "rien",
  nom: text,
  libelle: fixed(text),
  variants: [text],
});

/** A total row: the sum of `terms`, in bold, labelled by its first variant. */
const total = (key: RowKey, nom: string, terms: readonly InputKey[], variants: readonly string[]): RowSpec => ({
  key,
  role: "calcul",
  kind: "nombre",
  nom,
  libelle: fixed(variants[0] ?? nom),
  variants,
  computation: { kind: "somme", terms },
  numberFormat: FORMAT_ENTIER,
  bold: true,
});

/**
 * The State's demands of candidates `qui` (prioritaires, fonctionnaires): assiette × taux de rotation ×
 * the State's part; labelled with the convention's year, found by the 2024 label or the `others`.
 */
const demandesEtat = (key: RowKey, qui: string, part: keyof PartsEtat, others: readonly string[]): RowSpec => ({
  key,
  role: "calcul",
  kind: "nombre",
  nom: `demandes ${qui} de l'État`,
  libelle: (y) => `Demandes de candidats ${qui} de l'État en ${y.anneeConvention}`,
  variants: [`demandes de candidats ${qui} de l'État en 2024`, ...others],
  computation: { kind: "plafond", assiette: "assiette", taux: "tauxRotation", part },
  numberFormat: FORMAT_ENTIER,
});

const comment = (key: RowKey, nom: string, variants: readonly string[]): RowSpec => ({
  key,
  role: "texte",
  kind: "texte",
  nom,
  libelle: fixed(variants[0] ?? nom),
  variants,
});

const EXCLUS: readonly InputKey[] = [
  "exclusPli",
  "exclusFtm",
  "exclusMedicoSocial",
  "exclusChrs",
  "exclusEtudiants",
  "exclusDefense",
];
const SOUSTRAITS: readonly InputKey[] = [
  "soustraitsMutations",
  "soustraitsAnru",
  "soustraitsHorsAnru",
  "soustraitsInsalubres",
  "soustraitsVentes",
];

/** The rows of the block, in the template's order. */
export const MODELE_ROWS: readonly RowSpec[] = [
  {
    key: "entete",
    role: "entete",
    kind: "rien",
    nom: "Calcul de l'assiette",
    libelle: fixed("Calcul de l'assiette :"),
    variants: ["Calcul de l'assiette :", "Calcul de l'assiette par EPCI"],
    bold: true,
  },
  count(
    "patrimoine",
    "patrimoine locatif (RPLS)",
    [
      "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022",
      "Patrimoine locatif du bailleur (RPLS)",
      "Patrimoine locatif",
    ],
    { libelle: (y) => `Patrimoine locatif du bailleur selon données RPLS au 01/01/${y.anneeRpls}` },
  ),
  total("exclusTotal", "total des logements exclus", EXCLUS, [
    "Total logements exclus de l'assiette",
    "Logements exclus de l'assiette (total)",
  ]),
  separator("dontExclus", "dont :"),
  count("exclusPli", "PLI", ["PLI", "Logements PLI", "PLI (prêt locatif intermédiaire)"]),
  count("exclusFtm", "foyers de travailleurs migrants", [
    "Foyers travailleurs migrants",
    "FTM",
    "Foyers de travailleurs migrants (FTM)",
  ]),
  count(
    "exclusMedicoSocial",
    "structures médico-sociales",
    ["structures médico sociales", "Structures médico-sociales", "Établissements médico-sociaux"],
    { libelle: fixed("Structures médico-sociales") },
  ),
  count("exclusChrs", "CHRS et résidences sociales", ["CHRS et résidences sociales", "CHRS", "Résidences sociales"]),
  count("exclusEtudiants", "logements étudiants", ["logements étudiants", "Résidences étudiantes"], {
    libelle: fixed("Logements étudiants"),
  }),
  count(
    "exclusDefense",
    "défense nationale ou sécurité intérieure",
    [
      "réservations défense nationale ou sécurité intérieure",
      "Réservations défense nationale et sécurité intérieure",
      "Défense nationale ou sécurité intérieure",
    ],
    { libelle: fixed("Réservations défense nationale ou sécurité intérieure") },
  ),
  total("soustraitsTotal", "total des logements soustraits", SOUSTRAITS, [
    "Total logements soustraits du flux",
    "Logements soustraits du flux (total)",
  ]),
  separator("dontSoustraits", "dont :"),
  count("soustraitsMutations", "mutations internes", [
    "Volume de logements nécessaires pour les mutations internes",
    "Volume nécessaire aux mutations internes",
    "Mutations internes",
  ]),
  count("soustraitsAnru", "relogements ANRU", [
    "Volumes de logements nécessaires au relogement ANRU (OLS démolisseur et contributeurs)",
    "Relogement ANRU",
    "Relogements ANRU (démolisseurs et contributeurs)",
  ]),
  count("soustraitsHorsAnru", "relogements hors ANRU", [
    "Volumes de logements nécessaires au relogement hors ANRU (OLS démolisseur et contributeurs)",
    "Relogement hors ANRU",
    "Relogements hors ANRU (démolisseurs et contributeurs)",
  ]),
  count("soustraitsInsalubres", "logements insalubres", [
    "Logements insalubres avec obligations de relogement",
    "Logements insalubres",
    "Habitat indigne avec obligation de relogement",
  ]),
  count("soustraitsVentes", "ventes", ["ventes", "Ventes de logements", "Ventes HLM"], { libelle: fixed("Ventes") }),
  count("nouvelles", "nouvelles opérations", [
    "Nouvelles opérations rentrant dans l'assiette",
    "Nouvelles opérations entrant dans l'assiette",
    "Nouvelles opérations",
    "Mises en service (nouvelles opérations)",
  ]),
  {
    key: "assiette",
    role: "calcul",
    kind: "nombre",
    nom: "assiette",
    libelle: fixed("Assiette à répartir entre les réservataires"),
    variants: ["Assiette à répartir entre les réservataires (L13-L23)", "Assiette à répartir", "Assiette"],
    computation: {
      kind: "difference",
      terms: [
        { key: "patrimoine", sign: 1 },
        { key: "exclusTotal", sign: -1 },
        { key: "soustraitsTotal", sign: -1 },
        { key: "nouvelles", sign: 1 },
      ],
    },
    numberFormat: FORMAT_ENTIER,
    bold: true,
  },
  {
    key: "tauxRotation",
    role: "saisie",
    kind: "taux",
    nom: "taux de rotation",
    libelle: fixed("Taux de rotation bailleur commun aux réservataires sur chaque EPCI"),
    variants: [
      "taux de rotation bailleur commun aux réservataire sur chaque EPCI",
      "Taux de rotation",
      "Taux de rotation du bailleur",
    ],
    numberFormat: FORMAT_TAUX,
  },
  demandesEtat("etatPrioritaires", "prioritaires", "partPrioritaires", [
    "Candidats prioritaires de l'État",
    "Contingent préfectoral prioritaires",
  ]),
  demandesEtat("etatFonctionnaires", "fonctionnaires", "partFonctionnaires", [
    "Candidats fonctionnaires de l'État",
    "Agents de l'État (fonctionnaires)",
  ]),
  separator("precisions", "Précisions complémentaires :"),
  count(
    "specifiquesTotal",
    "total autres logements spécifiques",
    [
      "Total autres logements spécifiques (PLAI adaptés, logements jeunes, seniors, personnel hospitaliers, judiciaires, habitats participatifs,...) figurant dans l'assiette.",
      "Total autres logements spécifiques",
      "Autres logements spécifiques figurant dans l'assiette",
    ],
    { optional: true },
  ),
  count(
    "specifiquesPmr",
    "logements PMR-USH",
    ["dont logements adaptés au handicap (PMR-USH)", "dont PMR", "Logements adaptés PMR"],
    { optional: true, bound: "specifiquesTotal" },
  ),
  count("specifiquesPlaiAdapte", "PLAI adapté", ["dont PLAI adapté", "PLAI adaptés"], {
    optional: true,
    bound: "specifiquesTotal",
  }),
  comment("commentairesSpecifiques", "commentaires sur les logements spécifiques", [
    "commentaires éventuels sur les logements spécifiques",
    "Commentaires sur les logements spécifiques",
  ]),
  comment("commentairesMutations", "commentaires sur les mutations", [
    "commentaires sur le calcul des logements nécessaires aux mutations (au regard du CUS le cas échéant)",
    "Commentaires sur les mutations",
  ]),
  comment("commentairesRelogements", "commentaires sur les relogements", [
    "commentaires sur calcul des logements nécessaires aux relogements (au regard de la charte le cas échéant)",
    "Commentaires sur les relogements",
  ]),
  comment("modeCalculTaux", "mode de calcul du taux de rotation", ["Mode de calcul du taux de rotation"]),
];

const BY_KEY = new Map<RowKey, RowSpec>(MODELE_ROWS.map((r) => [r.key, r]));

/** The description of a row. */
export function rowSpec(key: RowKey): RowSpec {
  const spec = BY_KEY.get(key);
  if (spec === undefined) bug(`Ligne inconnue du modèle : ${key}`);
  return spec;
}

/** The computed rows, in order. */
export const COMPUTED_ROWS: readonly (RowSpec & { key: ComputedKey; computation: Computation })[] = MODELE_ROWS.filter(
  (r): r is RowSpec & { key: ComputedKey; computation: Computation } => r.computation !== undefined,
);

/** The total a « dont » row belongs to: the Σ it is part of, or the row it must not exceed. */
export function parentOf(key: RowKey): RowKey | undefined {
  const spec = rowSpec(key);
  if (spec.bound !== undefined) return spec.bound;
  for (const c of COMPUTED_ROWS) if (c.computation.kind === "somme" && c.computation.terms.includes(key)) return c.key;
  return undefined;
}
