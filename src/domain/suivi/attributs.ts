/**
 * The dwelling attributes the bilans break down by — EPCI, commune, typologie, financement, QPV,
 * year of construction, kind of operation — read from the journal's own columns or from a dwelling
 * table (RPLS extract or the bailleur's list). Each distinct cell value is classified once.
 */
import { isBlank } from "../cells";
import { readDateValue } from "../dates";
import { EPCI_MODELE_06 } from "../epci/alpes-maritimes";
import { epciBySiren, epciOfCommune } from "../epci/table";
import { FINANCEMENTS, TYPOLOGIES, financementOf, typologieOf } from "../rpls";
import { readCommune, readEpci } from "../tables/classify";
import { LOGEMENT_COLUMNS, type TableSpec } from "../tables/headers";
import { foldText } from "../text";
import { epciName } from "../format/labels";
import { suiviProblem, type SuiviCode } from "../messages/suivi";
import { failWith, ok, type Problem, type Result } from "../messages/result";

/** Marks an attribute the row does not give. */
export const INCONNU = -1;

export const QPV = ["En QPV", "Hors QPV"] as const;

/** Kinds of operation of the « soustraits » (DDETS template rows), in the template's order. */
export const OPERATIONS = [
  "Mutations internes",
  "Relogements ANRU",
  "Relogements hors ANRU",
  "Logements insalubres",
  "Ventes",
] as const;

/** Template row of each operation, same order as {@link OPERATIONS}. */
export const OPERATIONS_LIGNES = [
  "soustraitsMutations",
  "soustraitsAnru",
  "soustraitsHorsAnru",
  "soustraitsInsalubres",
  "soustraitsVentes",
] as const;

const without = (aliases: readonly string[], drop: readonly string[]): string[] =>
  aliases.filter((a) => !drop.includes(a));

/**
 * Attribute columns, by header (accents, case and punctuation ignored). « Type » alone is not a
 * typologie here: in a journal it names the stage.
 */
export const COLONNES_ATTRIBUTS = {
  epci: LOGEMENT_COLUMNS.epci,
  commune: {
    nom: "commune",
    aliases: [
      ...LOGEMENT_COLUMNS.communeCode.aliases,
      ...LOGEMENT_COLUMNS.communeNom.aliases,
      ...LOGEMENT_COLUMNS.commune.aliases,
    ],
  },
  financement: {
    nom: "financement",
    aliases: [...LOGEMENT_COLUMNS.financementCode.aliases, ...LOGEMENT_COLUMNS.financement.aliases],
  },
  typologie: { nom: "typologie", aliases: without(LOGEMENT_COLUMNS.typologie.aliases, ["type"]) },
  qpv: {
    nom: "QPV",
    aliases: [...LOGEMENT_COLUMNS.qpv.aliases, "localisation qpv", "qpv hors qpv", "en qpv hors qpv", "situation qpv"],
  },
  construction: {
    nom: "année de construction",
    aliases: [
      "construct",
      "construct code",
      "annee de construction",
      "annee construction",
      "annee de premiere construction",
      "annee premiere construction",
      "date de construction",
      "annee de construction du batiment",
      "construction annee",
    ],
  },
  operation: {
    nom: "opération",
    aliases: [
      "operation",
      "operations",
      "motif",
      "type d operation",
      "type operation",
      "motif d attribution",
      "motif attribution",
      "soustrait",
      "soustraits",
      "nature de l operation",
      "cadre",
      "cadre de l attribution",
      "relogement",
    ],
  },
} as const satisfies TableSpec<string>;

export type CleAttribut = keyof typeof COLONNES_ATTRIBUTS;

/** Dwelling identifier columns of a dwelling table (RPLS `IDENT_REP`, the bailleur's own number…). */
export const COLONNE_IDENTIFIANT = {
  identifiant: {
    nom: "identifiant du logement",
    aliases: [
      "ident rep",
      "ident int",
      "identifiant rpls",
      "numero rpls",
      "n rpls",
      "rpls",
      "id rpls",
      "rpls id",
      "logement",
      "n logement",
      "no logement",
      "numero logement",
      "numero de logement",
      "num logement",
      "id logement",
      "identifiant logement",
      "identifiant",
      "reference logement",
      "ref logement",
      "code logement",
      "numlogt",
      "numlog",
    ],
  },
} as const satisfies TableSpec<string>;

/** QPV cell: 1 / « en QPV » / OUI → 0 (En QPV); 2 / « hors QPV » / NON → 1; otherwise INCONNU. */
export function qpvOf(value: unknown): number {
  if (typeof value === "boolean") return value ? 0 : 1;
  if (typeof value === "number") return value === 1 ? 0 : value === 2 || value === 0 ? 1 : INCONNU;
  if (typeof value !== "string") return INCONNU;
  const f = foldText(value);
  if (/^(1|oui|o|en qpv|qpv|en quartier prioritaire|dans un qpv|x)$/.test(f)) return 0;
  if (/^(2|0|non|n|hors qpv|hors quartier prioritaire|hors)$/.test(f)) return 1;
  return INCONNU;
}

/** Year of construction: 1975, « 1975 », a date → its year; 1800–2100, otherwise undefined. */
export function anneeOf(value: unknown): number | undefined {
  let y: number | undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1800 && value <= 2100) y = value;
  else if (typeof value === "string" && /^\s*\d{4}\s*$/.test(value)) y = Number(value);
  else if (value instanceof Date || (typeof value === "string" && value.trim() !== "")) {
    const d = readDateValue(value);
    if (d !== undefined) y = new Date((Math.floor(d) - 25569) * 86_400_000).getUTCFullYear();
  }
  return y !== undefined && y >= 1800 && y <= 2100 ? y : undefined;
}

/** Operation cell → index in {@link OPERATIONS}; blank or « droit commun » → INCONNU (none). */
export function operationOf(value: unknown): number {
  if (typeof value !== "string") return INCONNU;
  const f = foldText(value);
  if (f === "") return INCONNU;
  if (/mutation/.test(f)) return 0;
  if (/hors anru|hors npnru/.test(f)) return 2;
  if (/anru|npnru|renouvellement urbain|pru\b/.test(f)) return 1;
  if (/insalubr|indigne|peril|l 521/.test(f)) return 3;
  if (/vente/.test(f)) return 4;
  return INCONNU;
}

/**
 * Default classes of the year of construction (docs/choix.md
 * « Bilan annuel légal : logements proposés et années de construction »): bounds are the first year of each class
 * after the first.
 */
export const DEFAULT_BORNES_CONSTRUCTION: readonly number[] = [1949, 1975, 1990, 2005, 2015];

/** Labels of the classes a list of bounds makes: « Avant 1949 », « 1949-1974 », …, « 2015 et après ». */
export function classesConstruction(bornes: readonly number[]): string[] {
  const b = [...bornes].sort((x, y) => x - y);
  if (b.length === 0) return ["Toutes années"];
  const out = [`Avant ${b[0] ?? ""}`];
  for (let i = 0; i + 1 < b.length; i++) out.push(`${b[i] ?? ""}-${(b[i + 1] ?? 0) - 1}`);
  out.push(`${b[b.length - 1] ?? ""} et après`);
  return out;
}

/** The class of a year among the bounds (sorted ascending). */
export function classeConstruction(annee: number, bornes: readonly number[]): number {
  let k = 0;
  while (k < bornes.length && annee >= (bornes[k] ?? Infinity)) k++;
  return k;
}

/**
 * Reads « 1949, 1975, 1990 » (the pane's field, `--periodes-construction`): increasing years,
 * or a French message.
 */
export function readBornes(text: string): Result<number[], Problem<SuiviCode>> {
  const parts = text.split(/[;,\s]+/).filter((p) => p !== "");
  const years = parts.map(Number);
  const bad = parts.find((_, i) => !Number.isInteger(years[i]) || (years[i] ?? 0) < 1800 || (years[i] ?? 0) > 2100);
  if (bad !== undefined) return failWith(suiviProblem("BORNE_PAS_UNE_ANNEE", { valeur: bad }));
  for (let i = 1; i < years.length; i++) {
    if ((years[i] ?? 0) <= (years[i - 1] ?? 0))
      return failWith(
        suiviProblem("BORNES_NON_CROISSANTES", { valeur: String(years[i - 1] ?? ""), attendu: String(years[i] ?? "") }),
      );
  }
  return ok(years);
}

const SIGLES = new Map(EPCI_MODELE_06.map((e) => [e.siren, epciName(e)]));

/** Short name of an EPCI: its acronym in the template (CASA), else its name; "" → « EPCI inconnu ». */
export function libelleEpci(siren: string): string {
  if (siren === "") return "EPCI inconnu";
  return SIGLES.get(siren) ?? epciBySiren(siren)?.nom ?? siren;
}

/** Interned values: id ↔ text. */
export class Interne {
  readonly valeurs: string[] = [];
  private readonly ids = new Map<string, number>();
  id(v: string): number {
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.valeurs.length;
      this.valeurs.push(v);
      this.ids.set(v, id);
    }
    return id;
  }
}

/** Per-value classifiers of attribute cells, sharing the interned EPCI and communes. */
export class Workbooks {
  /** EPCI SIREN by id. */
  readonly epci = new Interne();
  /** Commune INSEE code (or the text when unknown) by id. */
  readonly communes = new Interne();
  /** EPCI id of each commune id (-1 when the commune has none or is unknown). */
  readonly epciDeCommune: number[] = [];
  private readonly caches = new Map<CleAttribut, Map<unknown, number>>();

  constructor(private readonly bornes: readonly number[]) {}

  private classe(key: CleAttribut, value: unknown): number {
    switch (key) {
      case "epci": {
        const s = readEpci(value);
        return s === undefined ? INCONNU : this.epci.id(s);
      }
      case "commune": {
        const c = readCommune(value);
        const code =
          c.kind === "code" || c.kind === "nom" ? c.code : typeof value === "string" ? value.trim() : String(value);
        const id = this.communes.id(code);
        if (this.epciDeCommune[id] === undefined) {
          const e = c.kind === "code" || c.kind === "nom" ? epciOfCommune(c.code) : undefined;
          this.epciDeCommune[id] = e === undefined ? -1 : this.epci.id(e.siren);
        }
        return id;
      }
      case "financement": {
        const f = financementOf(value);
        return f === undefined ? INCONNU : FINANCEMENTS.indexOf(f);
      }
      case "typologie": {
        const t = typologieOf(value);
        return t === undefined ? INCONNU : TYPOLOGIES.indexOf(t);
      }
      case "qpv":
        return qpvOf(value);
      case "construction": {
        const y = anneeOf(value);
        return y === undefined ? INCONNU : classeConstruction(y, this.bornes);
      }
      case "operation":
        return operationOf(value);
    }
  }

  /** The class id of a cell, INCONNU (-1) for blank or unreadable. */
  of(key: CleAttribut, value: unknown): number {
    if (isBlank(value)) return INCONNU;
    let cache = this.caches.get(key);
    if (cache === undefined) {
      cache = new Map();
      this.caches.set(key, cache);
    }
    const known = cache.get(value);
    if (known !== undefined) return known;
    const id = this.classe(key, value);
    if (cache.size < 100_000) cache.set(value, id);
    return id;
  }
}
