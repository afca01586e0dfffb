/**
 * The fiche navette of a vacancy (docs/regles/vacances.md): a sheet « Fiche <logement> » laid out to
 * print on one A4 portrait page (print area, margins, title rows, fit to one page: the plan carries
 * them, the pane and `gef navette` both apply them), with every field of the fiche from the dwelling's
 * row, « non renseigné » where the table lacks it.
 */
import {
  cellAddress,
  dateFr,
  displayValue,
  findHeaderRow,
  isBlank,
  matchHeaderRow,
  NON_RENSEIGNE_FICHE,
  trimSpaces,
  type Grid,
} from "../../domain";
import { MARQUE_GEF, type CellBlock, type PlanSheet } from "../sheet-plan";
import { COLONNES_FICHE, SECTIONS_FICHE, type ChampFiche, type ChampTable } from "./champs-fiche";

/** What the fiche is made of: the dwelling's row in its table, and the vacancy. */
export interface EntreeFiche {
  readonly logement: string;
  /** The dwelling table's header row and the dwelling's row. */
  readonly entete: readonly unknown[];
  readonly ligne: readonly unknown[];
  readonly bailleur?: string | undefined;
  /** Serial days. */
  readonly conge?: number | undefined;
  readonly liberation?: number | undefined;
  readonly miseADisposition: number;
  readonly dateLimite: number;
  readonly dateValidation?: number | undefined;
  readonly reservataire: string;
  readonly raison: string;
}

/** A fiche: its sheet, and its fields as text (for the e-mail draft). */
export interface Fiche {
  readonly plan: PlanSheet;
  readonly champs: readonly { readonly section: string; readonly libelle: string; readonly texte: string }[];
}

/** « Fiche LGT-12 », without the characters a sheet name refuses, at most 31 characters. */
export function nomFiche(logement: string): string {
  return `Fiche ${trimSpaces(logement).replace(/[[\]:*?/\\']/g, "-")}`.slice(0, 31);
}

/** The dwelling table's header and the row of `logement` (upper-case trimmed key → sheet row), from a sheet's grid. */
export function ligneDuLogement(
  grid: Grid,
  ligneFeuille: number,
): { entete: readonly unknown[]; ligne: readonly unknown[] } {
  const header = findHeaderRow(grid, COLONNES_FICHE);
  return { entete: grid[header?.row ?? 0] ?? [], ligne: grid[ligneFeuille - 1] ?? [] };
}

const EURO = '#,##0.00 "€"';
const DATE = "dd/mm/yyyy";
const MONEY: readonly ChampTable[] = ["loyer", "loyerAcc", "charges"];

/** The value of a field and its number format; text « non renseigné » when unknown. */
function valeur(
  c: ChampFiche,
  e: EntreeFiche,
  cols: Partial<Record<ChampTable, number>>,
  numero: string,
): [string | number, string] {
  const cell = (k: ChampTable): unknown => (cols[k] === undefined ? undefined : e.ligne[cols[k]]);
  const texte = (v: unknown): string =>
    isBlank(v) ? NON_RENSEIGNE_FICHE : typeof v === "string" ? trimSpaces(v) : displayValue(v);
  const date = (d: number | undefined): [string | number, string] =>
    d === undefined ? [NON_RENSEIGNE_FICHE, "@"] : [Math.floor(d), DATE];
  switch (c.source) {
    case "bailleur":
      return [e.bailleur?.trim() || NON_RENSEIGNE_FICHE, "@"];
    case "fiche":
      return [numero, "@"];
    case "adresse": {
      const parts = (["numvoie", "typvoie", "nomvoie"] as const)
        .map((k) => cell(k))
        .filter((v) => !isBlank(v))
        .map(texte);
      const voie = parts.length > 0 ? parts.join(" ") : isBlank(cell("adresse")) ? "" : texte(cell("adresse"));
      const cp = isBlank(cell("codepostal")) ? "" : texte(cell("codepostal"));
      const full = [voie, cp].filter((x) => x !== "").join(", ");
      return [full === "" ? NON_RENSEIGNE_FICHE : full, "@"];
    }
    case "total": {
      const xs = MONEY.map((k) => cell(k));
      return xs.every((v) => typeof v === "number")
        ? [xs.reduce((a, b) => a + b, 0), EURO]
        : [NON_RENSEIGNE_FICHE, "@"];
    }
    case "conge":
      return date(e.conge);
    case "liberation":
      return date(e.liberation);
    case "mad":
      return date(e.miseADisposition);
    case "limite":
      return date(e.dateLimite);
    case "validation":
      return e.dateValidation === undefined ? ["sans étape de validation", "@"] : date(e.dateValidation);
    case "reservataire":
      return [e.reservataire, "@"];
    case "raison":
      return [e.raison, "@"];
    case "blanc":
      return ["", "@"];
    default: {
      const v = cell(c.source);
      if (MONEY.includes(c.source) && typeof v === "number") return [v, EURO];
      return [texte(v), "@"];
    }
  }
}

/** Margins in points: 1,5 cm around, 0,8 cm for header and footer. */
const MARGES = { haut: 42.5, bas: 42.5, gauche: 42.5, droite: 42.5, entete: 22.7, pied: 22.7 };

/** The fiche navette of one vacancy. */
export function ficheNavette(e: EntreeFiche): Fiche {
  const cols = matchHeaderRow(e.entete, COLONNES_FICHE).columns as Partial<Record<ChampTable, number>>;
  const numero = `${trimSpaces(e.logement)}-${dateFr(e.miseADisposition).split("/").reverse().join("")}`;
  const cells: (string | number)[][] = [
    [`Fiche navette – logement ${trimSpaces(e.logement)}`, `Date limite de désignation : ${dateFr(e.dateLimite)}`],
    [
      `${MARQUE_GEF} (Vacances) : caractéristiques tirées de la table des logements ; « ${NON_RENSEIGNE_FICHE} » quand elle ne les donne pas.`,
      "",
    ],
  ];
  const formats: string[][] = [
    ["@", "@"],
    ["@", "@"],
  ];
  const bold = [0];
  const champs: Fiche["champs"][number][] = [];
  for (const s of SECTIONS_FICHE) {
    cells.push([s.titre, ""]);
    formats.push(["@", "@"]);
    bold.push(cells.length - 1);
    for (const c of s.champs) {
      const [v, f] = valeur(c, e, cols, numero);
      cells.push([c.libelle, v]);
      formats.push(["@", f]);
      champs.push({
        section: s.titre,
        libelle: c.libelle,
        texte: typeof v === "number" ? (f === DATE ? dateFr(v) : `${v.toFixed(2).replace(".", ",")} €`) : v,
      });
    }
  }
  const block: CellBlock = { row: 0, col: 0, cells, formats, boldRows: bold };
  const zone = `A1:${cellAddress(cells.length - 1, 1)}`;
  const plan: PlanSheet = {
    name: nomFiche(e.logement),
    blocks: [block],
    charts: [],
    widths: [34, 60],
    impression: { zone, lignesTitre: "1:2", orientation: "portrait", papier: "A4", marges: MARGES, unePage: true },
  };
  return { plan, champs };
}
