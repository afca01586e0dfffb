/**
 * Reading a new operation's tables by their headers, wherever they stand (as src/domain/tables does):
 * the dwellings (logement, financement, typologie, bâtiment, étage) and the « Droits du programme »
 * (réservataire, part, garant, montant garanti). A row that cannot be read is a finding naming its
 * sheet and cell; it is never guessed (docs/regles/programmes-neufs.md).
 */
import { isBlank, type Grid } from "../cells";
import type { Severity } from "../messages/diagnostic";
import { programmeMessage, type ProgrammeCode, type ProgrammeParams } from "../messages/programme";
import { cellAddress } from "../modele/a1";
import { parseNumberText } from "../number-text";
import { financementOf, typologieOf } from "../rpls";
import { readTypedPercent } from "../saisie";
import { readFlag } from "../tables/classify";
import { findHeaderRow, LOGEMENT_COLUMNS, type HeaderMatch, type TableSpec } from "../tables/headers";
import { displayValue, foldText, trimSpaces } from "../text";
import type { DroitProgramme, LogementProgramme, ProgrammeDiagnostic } from "./types";

/** The operation's dwellings table. */
export const OPERATION_COLUMNS = {
  logement: {
    nom: "logement",
    aliases: [
      "logement",
      "n logement",
      "no logement",
      "numero de logement",
      "numero logement",
      "identifiant",
      "identifiant logement",
      "id logement",
      "id",
      "reference",
      "ref logement",
      "lot",
      "n lot",
      "numero de lot",
      "numero",
      "appartement",
      "n appartement",
      "numappt",
    ],
  },
  financement: {
    nom: "financement",
    aliases: [...LOGEMENT_COLUMNS.financement.aliases, ...LOGEMENT_COLUMNS.financementCode.aliases],
  },
  typologie: { nom: "typologie", aliases: LOGEMENT_COLUMNS.typologie.aliases },
  batiment: {
    nom: "bâtiment",
    aliases: ["batiment", "bat", "batiments", "immeuble", "bloc", "cage", "entree", "escalier", "esc"],
  },
  etage: { nom: "étage", aliases: ["etage", "etages", "niveau", "etg", "etage code"] },
} as const satisfies TableSpec<string>;

/** The « Droits du programme » table. */
export const DROITS_PROGRAMME_COLUMNS = {
  reservataire: {
    nom: "réservataire",
    aliases: ["reservataire", "reservataires", "nom reservataire", "contingent", "beneficiaire"],
  },
  part: {
    nom: "part",
    aliases: [
      "part",
      "parts",
      "part du programme",
      "part de l operation",
      "pourcentage",
      "quote part",
      "taux",
      "droits",
      "part reservee",
      "reservation",
    ],
  },
  garant: {
    nom: "garant",
    aliases: ["garant", "garants", "garant d emprunt", "garant des emprunts", "garantie d emprunt", "garantie"],
  },
  montant: {
    nom: "montant garanti",
    aliases: [
      "montant garanti",
      "montant",
      "montant de la garantie",
      "emprunt garanti",
      "montant des emprunts garantis",
      "montant emprunt garanti",
    ],
  },
} as const satisfies TableSpec<string>;

type Key<S> = keyof S & string;

/** The header row of `spec` in `grid` when it names every column of `required`. */
function header<S extends TableSpec<string>>(
  grid: Grid,
  spec: S,
  required: readonly Key<S>[],
): HeaderMatch<Key<S>> | undefined {
  const match = findHeaderRow(grid, spec as TableSpec<Key<S>>, { minColumns: required.length });
  return match !== undefined && required.every((k) => match.columns[k] !== undefined) ? match : undefined;
}

/** True when `grid` holds an operation's dwellings table. */
export const estOperation = (grid: Grid): boolean =>
  header(grid, OPERATION_COLUMNS, ["logement", "financement", "typologie"]) !== undefined;
/** True when `grid` holds a « Droits du programme » table. */
export const estDroitsProgramme = (grid: Grid): boolean =>
  header(grid, DROITS_PROGRAMME_COLUMNS, ["reservataire", "part"]) !== undefined;

const diagnostic = (niveau: Severity, code: ProgrammeCode, p: ProgrammeParams): ProgrammeDiagnostic => ({
  severity: niveau,
  code,
  message: programmeMessage(code, p),
  sheet: p.feuille,
  cell: p.cellule,
});

/** A floor: a number, « RDC », « rez-de-chaussée », « R+2 », « R-1 », « 1er », « 3e étage »; undefined otherwise. */
export function readEtage(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const r = /^\s*[rR]\s*([+-])\s*(\d{1,3})\s*$/.exec(value);
  if (r) return Number(r[2]) * (r[1] === "-" ? -1 : 1);
  const f = foldText(value);
  if (/^(rdc|rez de chaussee|rez|r)$/.test(f)) return 0;
  const m = /^(-?\d{1,3})(?: ?(?:er|e|eme|ieme))?(?: etage)?$/.exec(value.trim().startsWith("-") ? `-${f}` : f);
  return m ? Number(m[1]) : undefined;
}

/** The dwellings of the operation's table in `grid`; `undefined` when its header row is not found. */
export function lireOperation(
  feuille: string,
  grid: Grid,
): { logements: LogementProgramme[]; diagnostics: ProgrammeDiagnostic[] } | undefined {
  const match = header(grid, OPERATION_COLUMNS, ["logement", "financement", "typologie"]);
  if (match === undefined) return undefined;
  const c = match.columns;
  const logements: LogementProgramme[] = [];
  const diagnostics: ProgrammeDiagnostic[] = [];
  const seen = new Map<string, number>();
  for (let r = match.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const at = (k: keyof typeof c): unknown => (c[k] === undefined ? undefined : row[c[k]]);
    if ((["logement", "financement", "typologie", "batiment", "etage"] as const).every((k) => isBlank(at(k)))) continue;
    const cell = (k: keyof typeof c): string => cellAddress(r, c[k] ?? 0);
    const id = trimSpaces(displayValue(at("logement")));
    const financement = financementOf(at("financement"));
    const typologie = typologieOf(at("typologie"));
    const refus: [ProgrammeCode, keyof typeof c][] = [];
    if (id === "") refus.push(["LOGEMENT_SANS_IDENTIFIANT", "logement"]);
    if (financement === undefined) refus.push(["FINANCEMENT_ILLISIBLE", "financement"]);
    if (typologie === undefined) refus.push(["TYPOLOGIE_ILLISIBLE", "typologie"]);
    const before = seen.get(id);
    if (id !== "" && before !== undefined) refus.push(["LOGEMENT_EN_DOUBLE", "logement"]);
    for (const [code, k] of refus) {
      const attendu = code === "LOGEMENT_EN_DOUBLE" ? `ligne ${(before ?? 0) + 1}` : undefined;
      diagnostics.push(
        diagnostic("erreur", code, {
          feuille,
          cellule: cell(k),
          valeur: displayValue(at(k)),
          ...(attendu ? { attendu } : {}),
        }),
      );
    }
    if (refus.length > 0 || financement === undefined || typologie === undefined) continue;
    seen.set(id, r);
    const etageCell = at("etage");
    const etage = isBlank(etageCell) ? undefined : readEtage(etageCell);
    if (!isBlank(etageCell) && etage === undefined)
      diagnostics.push(
        diagnostic("avertissement", "ETAGE_ILLISIBLE", {
          feuille,
          cellule: cell("etage"),
          valeur: displayValue(etageCell),
        }),
      );
    const batiment = isBlank(at("batiment")) ? "" : trimSpaces(displayValue(at("batiment")));
    logements.push({ logement: id, financement, typologie, batiment, etage });
  }
  if (logements.length === 0 && diagnostics.length === 0)
    diagnostics.push(diagnostic("erreur", "OPERATION_VIDE", { feuille }));
  return { logements, diagnostics };
}

/** An amount in euros: a number, or text like « 1 500 000 € »; undefined when unreadable or negative. */
function readMontant(value: unknown): number | undefined {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string"
        ? parseNumberText(value.replace(/€|eur(os?)?/gi, "").trim())
        : undefined;
  return n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * A share typed in a cell, in points. Text reads as the pane's fields do (« 20 », « 20 % »); numbers
 * are points too, unless every number of the column is at most 1: the column is then Excel's
 * percentage format (0,2 shown « 20 % »), read as fractions (docs/choix.md « Programmes neufs : parts lues dans une cellule »).
 */
function readPart(value: unknown, fractions: boolean): number | undefined {
  if (typeof value === "number") {
    const points = fractions ? value * 100 : value;
    return Number.isFinite(points) && points >= 0 && points <= 100 ? Math.round(points * 1e9) / 1e9 : undefined;
  }
  if (typeof value !== "string") return undefined;
  const read = readTypedPercent(value, "part");
  return read.ok ? read.value : undefined;
}

/** The shares of the « Droits du programme » table in `grid`; `undefined` when its header row is not found. */
export function lireDroitsProgramme(
  feuille: string,
  grid: Grid,
): { droits: DroitProgramme[]; diagnostics: ProgrammeDiagnostic[] } | undefined {
  const match = header(grid, DROITS_PROGRAMME_COLUMNS, ["reservataire", "part"]);
  if (match === undefined) return undefined;
  const c = match.columns;
  const rows = grid.slice(match.row + 1).map((row, k) => ({ row, r: match.row + 1 + k }));
  const at = (row: readonly unknown[], k: keyof typeof c): unknown => (c[k] === undefined ? undefined : row[c[k]]);
  const numbers = rows.map(({ row }) => at(row, "part")).filter((v): v is number => typeof v === "number");
  const fractions = numbers.length > 0 && numbers.every((v) => v <= 1);
  const droits: DroitProgramme[] = [];
  const diagnostics: ProgrammeDiagnostic[] = [];
  for (const { row, r } of rows) {
    const nomCell = at(row, "reservataire");
    if (isBlank(nomCell) && isBlank(at(row, "part"))) continue;
    const cell = (k: keyof typeof c): string => cellAddress(r, c[k] ?? 0);
    const reservataire = trimSpaces(displayValue(nomCell));
    if (foldText(reservataire) === "") {
      diagnostics.push(
        diagnostic("erreur", "NOM_ILLISIBLE", { feuille, cellule: cell("reservataire"), valeur: reservataire }),
      );
      continue;
    }
    const part = readPart(at(row, "part"), fractions);
    if (part === undefined) {
      diagnostics.push(
        diagnostic("erreur", "PART_ILLISIBLE", {
          feuille,
          cellule: cell("part"),
          libelle: reservataire,
          valeur: displayValue(at(row, "part")),
        }),
      );
      continue;
    }
    const montantCell = at(row, "montant");
    const montant = isBlank(montantCell) ? undefined : readMontant(montantCell);
    if (!isBlank(montantCell) && montant === undefined) {
      diagnostics.push(
        diagnostic("erreur", "MONTANT_ILLISIBLE", {
          feuille,
          cellule: cell("montant"),
          libelle: reservataire,
          valeur: displayValue(montantCell),
        }),
      );
    }
    const garant = readFlag(at(row, "garant")) === 1 || (montant ?? 0) > 0;
    droits.push({ reservataire, part, garant, montantGaranti: garant ? montant : undefined });
  }
  return { droits, diagnostics };
}
