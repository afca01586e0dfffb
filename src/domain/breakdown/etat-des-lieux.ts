/**
 * Reading an état des lieux (EDL: the stock of reservations, per réservataire, by financement and
 * typologie) from a range, as the DDETS tables lay it out (SPEC §2.3), and checking its totals.
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
import type { Grid } from "../cells";
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
  lireEffectif,
  texteDe,
  trouverEntete,
  type AvertissementEdl,
  type Entete,
} from "./edl-grid";
import { totalLabels } from "../messages/repartition";
import { somme, verifierColonnes, verifierLigne, type IncoherenceTotal, type LigneLue } from "./edl-totaux";

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
  readonly origine?: { readonly ligne: number; readonly colonne: number };
}

type Matrice = number[][];
const matrice = (): Matrice => FINANCEMENTS.map(() => TYPOLOGIES.map(() => 0));

interface Bloc {
  readonly nom: string;
  readonly recap: boolean;
  readonly comptes: Matrice;
  depuisTotal: LigneLue[];
}

/** The name of a block and where it is written. */
interface BlocTitle {
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
  readonly entete: Entete;
  titre: BlocTitle | undefined;
  bloc: Bloc | undefined;
  colonneFinancement: number | undefined;
}

/** Reads an état des lieux from a range (values as Excel hands them over). */
export function lireEtatDesLieux(grid: Grid, options: OptionsEdl = {}): EtatDesLieux {
  const o = options.origine ?? { ligne: 0, colonne: 0 };
  const lecture: ReadState = {
    a1: (r, c) => adresseA1(o.ligne + r, o.colonne + c),
    avertissements: [],
    incoherences: [],
    parNom: new Map(),
    cumul: matrice(),
    cumulClos: false,
  };
  const { a1, avertissements, incoherences } = lecture;
  const entetes: Entete[] = [];
  grid.forEach((row, r) => {
    const e = trouverEntete(row, r);
    if (e !== undefined) entetes.push(e);
  });
  if (entetes.length === 0) {
    avertissements.push(edlWarning("EDL_INTROUVABLE", a1(0, 0)));
    return { reservataires: [], incoherences, avertissements };
  }
  entetes.forEach((entete, h) => {
    const titre = titreDuBloc(grid, entete, h === 0 ? 0 : (entetes[h - 1]?.ligne ?? 0) + 1, a1);
    const section: HeaderSection = { entete, titre, bloc: undefined, colonneFinancement: undefined };
    const fin = entetes[h + 1]?.ligne ?? grid.length;
    for (let r = entete.ligne + 1; r < fin; r++) readRow(lecture, section, grid[r] ?? [], r);
  });
  const reservataires = [...lecture.parNom.values()];
  if (reservataires.length === 0) avertissements.push(edlWarning("EDL_SANS_LIGNES", a1(entetes[0]?.ligne ?? 0, 0)));
  return { reservataires, incoherences, avertissements };
}

/** Reads row r of a header section: a TOTAL, a financement row, a title, or a row warned about. */
function readRow(lecture: ReadState, section: HeaderSection, row: readonly unknown[], r: number): void {
  const { a1 } = lecture;
  const e = section.entete;
  let colLibelle = -1;
  for (let c = e.premiere - 1; c >= 0 && colLibelle < 0; c--) if (texteDe(row[c]) !== undefined) colLibelle = c;
  const libelle = colLibelle >= 0 ? (texteDe(row[colLibelle]) ?? "") : "";
  let colNom = -1;
  for (let c = 0; c < colLibelle && colNom < 0; c++) if (texteDe(row[c]) !== undefined) colNom = c;
  const nomGauche = colNom >= 0 ? texteDe(row[colNom]) : undefined;
  const replie = foldText(libelle);

  if (libelle !== "" && estTotal(replie)) {
    const l = lireLigne(lecture, row, r, e, libelle);
    const general =
      estTotalGeneral(replie) ||
      (section.colonneFinancement !== undefined && colLibelle < section.colonneFinancement) ||
      (nomGauche !== undefined && estTotal(foldText(nomGauche)) && section.bloc?.recap !== true);
    if (general) verifierTotalGeneral(lecture, l);
    else verifierTotalBloc(lecture, section.bloc, l);
    return;
  }
  const f = libelle === "" ? undefined : financementEdl(libelle);
  if (f !== undefined) {
    if (nomGauche !== undefined && foldText(nomGauche) !== foldText(section.bloc?.nom ?? section.titre?.nom ?? "")) {
      section.titre = { nom: nomGauche, cell: a1(r, colNom) };
      section.bloc = undefined;
    }
    section.bloc ??= commencerBloc(lecture, section.titre?.nom ?? "", section.titre?.cell ?? a1(r, colLibelle));
    section.colonneFinancement = colLibelle;
    countFinancementRow(lecture, section.bloc, f, lireLigne(lecture, row, r, e, libelle));
    return;
  }
  if (!aDesEffectifs(row, e)) {
    // A text alone on its row names the réservataire of the rows below it.
    const nom = libelle !== "" ? libelle : nomGauche;
    if (nom !== undefined && !estGenerique(foldText(nom))) {
      section.titre = { nom, cell: a1(r, libelle !== "" ? colLibelle : colNom) };
      section.bloc = undefined;
    }
    return;
  }
  lecture.avertissements.push(edlWarning("LIGNE_NON_RECONNUE", a1(r, colLibelle >= 0 ? colLibelle : e.premiere), { valeur: libelle }));
}

/** Reads the typologie and TOTAL cells of row r. */
function lireLigne(lecture: ReadState, row: readonly unknown[], r: number, e: Entete, libelle: string): LigneLue {
  const { a1, avertissements } = lecture;
  const valeurs = TYPOLOGIES.map(() => 0);
  const cellules = TYPOLOGIES.map(() => "");
  for (const [c, t] of e.typologies) {
    valeurs[t] = (valeurs[t] ?? 0) + lireEffectif(row[c], a1(r, c), avertissements);
    if (cellules[t] === "") cellules[t] = a1(r, c);
  }
  const total = e.total === undefined ? undefined : lireEffectif(row[e.total], a1(r, e.total), avertissements);
  return { libelle, valeurs, cellules, total, celluleTotal: e.total === undefined ? "" : a1(r, e.total) };
}

/** Opens the block of a réservataire (or of a recap, named TOTAL…), merged with an earlier one of the same name. */
function commencerBloc(lecture: ReadState, nom: string, cell: string): Bloc {
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
function countFinancementRow(lecture: ReadState, bloc: Bloc, f: number, l: LigneLue): void {
  const nomFin = FINANCEMENTS[f] ?? "";
  lecture.incoherences.push(...verifierLigne(l, nomFin, bloc.nom));
  bloc.depuisTotal.push(l);
  if (bloc.recap) {
    const quoi = (typo?: string): string => totalLabels.recapitulatif(nomFin, bloc.nom, typo);
    lecture.incoherences.push(...verifierColonnes(l, lecture.cumul[f] ?? [], quoi, totalLabels.reservatairesDessus));
    return;
  }
  l.valeurs.forEach((v, t) => {
    const ligneComptes = bloc.comptes[f];
    const ligneCumul = lecture.cumul[f];
    if (ligneComptes !== undefined) ligneComptes[t] = (ligneComptes[t] ?? 0) + v;
    if (ligneCumul !== undefined) ligneCumul[t] = (ligneCumul[t] ?? 0) + v;
  });
}

/** A block's TOTAL row against the financement rows read since its last TOTAL. */
function verifierTotalBloc(lecture: ReadState, bloc: Bloc | undefined, l: LigneLue): void {
  const lignes = bloc?.depuisTotal ?? [];
  const attendu = TYPOLOGIES.map((_, t) => somme(lignes.map((x) => x.valeurs[t] ?? 0)));
  const nom = bloc?.nom ?? "";
  const dessus = totalLabels.lignesDessus(lignes.map((x) => x.libelle));
  lecture.incoherences.push(...verifierColonnes(l, attendu, (typo) => totalLabels.bloc(nom, typo), dessus));
  if (bloc !== undefined) bloc.depuisTotal = [];
}

/** A grand total against all the réservataires counted since the last one. */
function verifierTotalGeneral(lecture: ReadState, l: LigneLue): void {
  const attendu = TYPOLOGIES.map((_, t) => somme(lecture.cumul.map((f) => f[t] ?? 0)));
  lecture.incoherences.push(...verifierColonnes(l, attendu, totalLabels.general, totalLabels.reservatairesDessus));
  lecture.cumulClos = true;
}

/**
 * The name of the block a header opens: a text left of the typologies in the header row, or a text
 * alone on the nearest non-blank row above (down to `borne`).
 */
function titreDuBloc(
  grid: Grid,
  e: Entete,
  borne: number,
  a1: (r: number, c: number) => string,
): BlocTitle | undefined {
  const row = grid[e.ligne] ?? [];
  for (let c = e.premiere - 1; c >= 0; c--) {
    const t = texteDe(row[c]);
    if (t !== undefined && !estGenerique(foldText(t)) && financementEdl(t) === undefined) return { nom: t, cell: a1(e.ligne, c) };
  }
  for (let r = e.ligne - 1; r >= borne; r--) {
    const cells = grid[r] ?? [];
    if (cells.some((v) => typeof v === "number")) return undefined;
    const c = cells.findIndex((v) => texteDe(v) !== undefined);
    if (c < 0) continue;
    const t = texteDe(cells[c]) ?? "";
    return estGenerique(foldText(t)) ? undefined : { nom: t, cell: a1(r, c) };
  }
  return undefined;
}
