/**
 * Reading an état des lieux (EDL: the stock of reservations, per réservataire, by financement and
 * typologie) from a range, as the DDETS tables lay it out (docs/regles/repartitions.md), and checking its totals.
 *
 * Layouts understood, found by their labels (edl-grid.ts), never by fixed addresses:
 * - a header row naming the typologies (T1..T5, "T6" or "T6 et +", "T7" added to T6+) and TOTAL;
 * - below it, rows labelled PLAI / PLUS / PLS (PLI, AUTRES accepted) and TOTAL, in the column just
 *   left of the typologies;
 * - the réservataire's name either as a title (a text alone on its row, above the header or above its
 *   rows, or in the header row's first cells), or in a column left of the PLAI/PLUS/PLS labels (given
 *   once per block, as with merged cells, or on every row).
 * A block named "TOTAL…" (or a row "TOTAL GÉNÉRAL", or a TOTAL row left of the financement labels) is
 * a recap of the blocks above it: checked against them, never counted.
 *
 * Counts come from the detail cells (T1..T6+ of the financement rows). Every row total, column total
 * and recap cell that does not match them is reported with its cell, the expected and the found value:
 * the caller decides whether to draw from the detail anyway.
 */
import { someCell, type Grid } from "../cells";
import { FINANCEMENTS, TYPOLOGIES } from "../rpls";
import { foldText } from "../text";
import {
  aDesEffectifs,
  adresseA1,
  edlWarning,
  estGenerique,
  estTotal,
  estTotalGeneral,
  financementEdl,
  readEffectif,
  texteDe,
  findHeader,
  type AvertissementEdl,
  type Header,
} from "./edl-grid";
import { totalLabels } from "../messages/repartition";
import { somme, checkColumns, checkRow, type IncoherenceTotal, type RowRead } from "./edl-totaux";

export type { IncoherenceTotal };

/** One réservataire of the EDL (blocks with the same name, accents and case aside, are added). */
export interface ReservataireEdl {
  /** Name as first written ("" when the block has none: NON IDENTIFIES). */
  readonly nom: string;
  /** A1 address of the name, or of the block's first row when it has no name. */
  readonly cell: string;
  /** Dwellings by financement (rows: FINANCEMENTS) and typologie (columns: TYPOLOGIES), from the detail cells. */
  readonly comptes: readonly (readonly number[])[];
}

/** An EDL once read. No réservataire found: `reservataires` is empty and a warning says why. */
export interface EtatDesLieux {
  readonly reservataires: readonly ReservataireEdl[];
  readonly incoherences: readonly IncoherenceTotal[];
  readonly avertissements: readonly AvertissementEdl[];
}

/** How to read an état des lieux. */
export interface OptionsEdl {
  /** Sheet position (0-based row and column) of the grid's first cell, for A1 addresses. Default A1. */
  readonly origine?: { readonly ligne: number; readonly column: number };
}

type Matrice = number[][];
const matrice = (): Matrice => FINANCEMENTS.map(() => TYPOLOGIES.map(() => 0));

interface Block {
  readonly nom: string;
  readonly recap: boolean;
  readonly comptes: Matrice;
  depuisTotal: RowRead[];
}

/** The name of a block and where it is written. */
interface BlockTitle {
  readonly nom: string;
  readonly cell: string;
}

/** What a reading gathers across the header sections of the range. */
interface ReadState {
  readonly a1: (r: number, c: number) => string;
  readonly avertissements: AvertissementEdl[];
  readonly incoherences: IncoherenceTotal[];
  readonly parNom: Map<string, ReservataireEdl & { comptes: Matrice }>;
  /** Counts of the réservataires since the last grand total or recap, per financement and typologie. */
  cumul: Matrice;
  /** True once a grand total or a recap has closed `cumul`: the next block starts a new one. */
  cumulClos: boolean;
}

/** Where the reading of one header section stands. */
interface HeaderSection {
  readonly entete: Header;
  titre: BlockTitle | undefined;
  block: Block | undefined;
  financementColumn: number | undefined;
}

/** Reads an état des lieux from a range (values as Excel hands them over). */
export function lireEtatDesLieux(grid: Grid, options: OptionsEdl = {}): EtatDesLieux {
  const o = options.origine ?? { ligne: 0, column: 0 };
  const lecture: ReadState = {
    a1: (r, c) => adresseA1(o.ligne + r, o.column + c),
    avertissements: [],
    incoherences: [],
    parNom: new Map(),
    cumul: matrice(),
    cumulClos: false,
  };
  const { a1, avertissements, incoherences } = lecture;
  const headers: Header[] = [];
  grid.forEach((row, r) => {
    const e = findHeader(row, r);
    if (e !== undefined) headers.push(e);
  });
  if (headers.length === 0) {
    avertissements.push(edlWarning("EDL_INTROUVABLE", a1(0, 0)));
    return { reservataires: [], incoherences, avertissements };
  }
  headers.forEach((header, h) => {
    const titre = titreDuBloc(grid, header, h === 0 ? 0 : (headers[h - 1]?.ligne ?? 0) + 1, a1);
    const section: HeaderSection = { entete: header, titre, block: undefined, financementColumn: undefined };
    const fin = headers[h + 1]?.ligne ?? grid.length;
    for (let r = header.ligne + 1; r < fin; r++) readRow(lecture, section, grid[r] ?? [], r);
  });
  const reservataires = [...lecture.parNom.values()];
  if (reservataires.length === 0) avertissements.push(edlWarning("EDL_SANS_LIGNES", a1(headers[0]?.ligne ?? 0, 0)));
  return { reservataires, incoherences, avertissements };
}

/** Reads row r of a header section: a TOTAL, a financement row, a title, or a row warned about. */
function readRow(lecture: ReadState, section: HeaderSection, row: readonly unknown[], r: number): void {
  const { a1 } = lecture;
  const e = section.entete;
  let colLibelle = -1;
  for (let c = e.first - 1; c >= 0 && colLibelle < 0; c--) if (texteDe(row[c]) !== undefined) colLibelle = c;
  const libelle = colLibelle >= 0 ? (texteDe(row[colLibelle]) ?? "") : "";
  let colNom = -1;
  for (let c = 0; c < colLibelle && colNom < 0; c++) if (texteDe(row[c]) !== undefined) colNom = c;
  const nomGauche = colNom >= 0 ? texteDe(row[colNom]) : undefined;
  const replie = foldText(libelle);

  if (libelle !== "" && estTotal(replie)) {
    const l = readRowValues(lecture, row, r, e, libelle);
    const general =
      estTotalGeneral(replie) ||
      (section.financementColumn !== undefined && colLibelle < section.financementColumn) ||
      (nomGauche !== undefined && estTotal(foldText(nomGauche)) && section.block?.recap !== true);
    if (general) checkGrandTotal(lecture, l);
    else checkTotalBlock(lecture, section.block, l);
    return;
  }
  const f = libelle === "" ? undefined : financementEdl(libelle);
  if (f !== undefined) {
    if (nomGauche !== undefined && foldText(nomGauche) !== foldText(section.block?.nom ?? section.titre?.nom ?? "")) {
      section.titre = { nom: nomGauche, cell: a1(r, colNom) };
      section.block = undefined;
    }
    section.block ??= startBlock(lecture, section.titre?.nom ?? "", section.titre?.cell ?? a1(r, colLibelle));
    section.financementColumn = colLibelle;
    countFinancementRow(lecture, section.block, f, readRowValues(lecture, row, r, e, libelle));
    return;
  }
  if (!aDesEffectifs(row, e)) {
    // A text alone on its row names the réservataire of the rows below it.
    const nom = libelle !== "" ? libelle : nomGauche;
    if (nom !== undefined && !estGenerique(foldText(nom))) {
      section.titre = { nom, cell: a1(r, libelle !== "" ? colLibelle : colNom) };
      section.block = undefined;
    }
    return;
  }
  lecture.avertissements.push(
    edlWarning("LIGNE_NON_RECONNUE", a1(r, colLibelle >= 0 ? colLibelle : e.first), { valeur: libelle }),
  );
}

/** Reads the typologie and TOTAL cells of row r. */
function readRowValues(lecture: ReadState, row: readonly unknown[], r: number, e: Header, libelle: string): RowRead {
  const { a1, avertissements } = lecture;
  const valeurs = TYPOLOGIES.map(() => 0);
  const cells = TYPOLOGIES.map(() => "");
  for (const [c, t] of e.typologies) {
    valeurs[t] = (valeurs[t] ?? 0) + readEffectif(row[c], a1(r, c), avertissements);
    if (cells[t] === "") cells[t] = a1(r, c);
  }
  const total = e.total === undefined ? undefined : readEffectif(row[e.total], a1(r, e.total), avertissements);
  return { libelle, valeurs, cells, total, totalCell: e.total === undefined ? "" : a1(r, e.total) };
}

/** Opens the block of a réservataire (or of a recap, named TOTAL…), merged with an earlier one of the same name. */
function startBlock(lecture: ReadState, nom: string, cell: string): Block {
  const recap = estTotal(foldText(nom));
  if (recap) lecture.cumulClos = true;
  else if (lecture.cumulClos) {
    lecture.cumul = matrice();
    lecture.cumulClos = false;
  }
  if (nom === "") lecture.avertissements.push(edlWarning("BLOC_SANS_NOM", cell));
  const cle = foldText(nom);
  let entree = recap ? undefined : lecture.parNom.get(cle);
  if (entree === undefined && !recap) {
    entree = { nom, cell, comptes: matrice() };
    lecture.parNom.set(cle, entree);
  }
  return { nom, recap, comptes: entree?.comptes ?? matrice(), depuisTotal: [] };
}

/** A financement row of a block: its TOTAL checked, then counted (or, in a recap, checked against the blocks above). */
function countFinancementRow(lecture: ReadState, block: Block, f: number, l: RowRead): void {
  const nomFin = FINANCEMENTS[f] ?? "";
  lecture.incoherences.push(...checkRow(l, nomFin, block.nom));
  block.depuisTotal.push(l);
  if (block.recap) {
    const quoi = (typo?: string): string => totalLabels.recapitulatif(nomFin, block.nom, typo);
    lecture.incoherences.push(...checkColumns(l, lecture.cumul[f] ?? [], quoi, totalLabels.reservatairesDessus));
    return;
  }
  l.valeurs.forEach((v, t) => {
    const countsRow = block.comptes[f];
    const cumulRow = lecture.cumul[f];
    if (countsRow !== undefined) countsRow[t] = (countsRow[t] ?? 0) + v;
    if (cumulRow !== undefined) cumulRow[t] = (cumulRow[t] ?? 0) + v;
  });
}

/** A block's TOTAL row against the financement rows read since its last TOTAL. */
function checkTotalBlock(lecture: ReadState, block: Block | undefined, l: RowRead): void {
  const lignes = block?.depuisTotal ?? [];
  const attendu = TYPOLOGIES.map((_, t) => somme(lignes.map((x) => x.valeurs[t] ?? 0)));
  const nom = block?.nom ?? "";
  const dessus = totalLabels.rowsAbove(lignes.map((x) => x.libelle));
  lecture.incoherences.push(...checkColumns(l, attendu, (typo) => totalLabels.block(nom, typo), dessus));
  if (block !== undefined) block.depuisTotal = [];
}

/** A grand total against all the réservataires counted since the last one. */
function checkGrandTotal(lecture: ReadState, l: RowRead): void {
  const attendu = TYPOLOGIES.map((_, t) => somme(lecture.cumul.map((f) => f[t] ?? 0)));
  lecture.incoherences.push(...checkColumns(l, attendu, totalLabels.general, totalLabels.reservatairesDessus));
  lecture.cumulClos = true;
}

/**
 * The name of the block a header opens: a text left of the typologies in the header row, or a text
 * alone on the nearest non-blank row above (down to `borne`).
 */
function titreDuBloc(
  grid: Grid,
  e: Header,
  borne: number,
  a1: (r: number, c: number) => string,
): BlockTitle | undefined {
  const row = grid[e.ligne] ?? [];
  for (let c = e.first - 1; c >= 0; c--) {
    const t = texteDe(row[c]);
    if (t !== undefined && !estGenerique(foldText(t)) && financementEdl(t) === undefined)
      return { nom: t, cell: a1(e.ligne, c) };
  }
  for (let r = e.ligne - 1; r >= borne; r--) {
    const cells = grid[r] ?? [];
    if (someCell(cells, (v) => typeof v === "number")) return undefined;
    let c = -1;
    someCell(cells, (v, col) => texteDe(v) !== undefined && ((c = col), true));
    if (c < 0) continue;
    const t = texteDe(cells[c]) ?? "";
    return estGenerique(foldText(t)) ? undefined : { nom: t, cell: a1(r, c) };
  }
  return undefined;
}
