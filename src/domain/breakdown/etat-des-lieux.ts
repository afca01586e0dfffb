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

/** Reads an état des lieux from a range (values as Excel hands them over). */
export function lireEtatDesLieux(grid: Grid, options: OptionsEdl = {}): EtatDesLieux {
  const o = options.origine ?? { ligne: 0, colonne: 0 };
  const a1 = (r: number, c: number): string => adresseA1(o.ligne + r, o.colonne + c);
  const avertissements: AvertissementEdl[] = [];
  const incoherences: IncoherenceTotal[] = [];
  const parNom = new Map<string, ReservataireEdl & { comptes: Matrice }>();
  let cumul = matrice();
  let cumulClos = false;

  const entetes: Entete[] = [];
  grid.forEach((row, r) => {
    const e = trouverEntete(row, r);
    if (e !== undefined) entetes.push(e);
  });
  if (entetes.length === 0) {
    avertissements.push({
      code: "EDL_INTROUVABLE",
      cell: a1(0, 0),
      message: "Aucun état des lieux trouvé : il faut une ligne d'en-têtes T1, T2, T3… et des lignes PLAI, PLUS, PLS.",
    });
    return { reservataires: [], incoherences, avertissements };
  }

  /** Reads the typologie and TOTAL cells of row r. */
  const lireLigne = (row: readonly unknown[], r: number, e: Entete, libelle: string): LigneLue => {
    const valeurs = TYPOLOGIES.map(() => 0);
    const cellules = TYPOLOGIES.map(() => "");
    for (const [c, t] of e.typologies) {
      valeurs[t] = (valeurs[t] ?? 0) + lireEffectif(row[c], a1(r, c), avertissements);
      if (cellules[t] === "") cellules[t] = a1(r, c);
    }
    const total = e.total === undefined ? undefined : lireEffectif(row[e.total], a1(r, e.total), avertissements);
    return { libelle, valeurs, cellules, total, celluleTotal: e.total === undefined ? "" : a1(r, e.total) };
  };

  const verifierTotalBloc = (bloc: Bloc | undefined, l: LigneLue): void => {
    const lignes = bloc?.depuisTotal ?? [];
    const attendu = TYPOLOGIES.map((_, t) => somme(lignes.map((x) => x.valeurs[t] ?? 0)));
    const nom = bloc?.nom ?? "";
    const dessus = `la somme des lignes ${lignes.map((x) => x.libelle).join(", ") || "de détail (aucune)"} au-dessus`;
    incoherences.push(
      ...verifierColonnes(l, attendu, (typo) => (typo === undefined ? `Le total général de « ${nom} »` : `Le total ${typo} de « ${nom} »`), dessus),
    );
    if (bloc !== undefined) bloc.depuisTotal = [];
  };

  const verifierTotalGeneral = (l: LigneLue): void => {
    const attendu = TYPOLOGIES.map((_, t) => somme(cumul.map((f) => f[t] ?? 0)));
    const quoi = (typo?: string): string => (typo === undefined ? "Le total général de tous les réservataires" : `Le total général ${typo}`);
    incoherences.push(...verifierColonnes(l, attendu, quoi, "la somme des réservataires au-dessus"));
    cumulClos = true;
  };

  entetes.forEach((e, h) => {
    const fin = entetes[h + 1]?.ligne ?? grid.length;
    let titre = titreDuBloc(grid, e, h === 0 ? 0 : (entetes[h - 1]?.ligne ?? 0) + 1, a1);
    let bloc: Bloc | undefined;
    let colonneFinancement: number | undefined;

    const commencer = (nom: string, cell: string): Bloc => {
      const recap = estTotal(foldText(nom));
      if (recap) cumulClos = true;
      else if (cumulClos) {
        cumul = matrice();
        cumulClos = false;
      }
      if (nom === "") {
        avertissements.push({ code: "BLOC_SANS_NOM", cell, message: `Le bloc qui commence en ${cell} n'a pas de nom de réservataire : il est compté en NON IDENTIFIES.` });
      }
      const cle = foldText(nom);
      let entree = recap ? undefined : parNom.get(cle);
      if (entree === undefined && !recap) {
        entree = { nom, cell, comptes: matrice() };
        parNom.set(cle, entree);
      }
      return { nom, recap, comptes: entree?.comptes ?? matrice(), depuisTotal: [] };
    };

    for (let r = e.ligne + 1; r < fin; r++) {
      const row = grid[r] ?? [];
      let colLibelle = -1;
      for (let c = e.premiere - 1; c >= 0 && colLibelle < 0; c--) if (texteDe(row[c]) !== undefined) colLibelle = c;
      const libelle = colLibelle >= 0 ? (texteDe(row[colLibelle]) ?? "") : "";
      let colNom = -1;
      for (let c = 0; c < colLibelle && colNom < 0; c++) if (texteDe(row[c]) !== undefined) colNom = c;
      const nomGauche = colNom >= 0 ? texteDe(row[colNom]) : undefined;
      const replie = foldText(libelle);

      if (libelle !== "" && estTotal(replie)) {
        const l = lireLigne(row, r, e, libelle);
        const general =
          estTotalGeneral(replie) ||
          (colonneFinancement !== undefined && colLibelle < colonneFinancement) ||
          (nomGauche !== undefined && estTotal(foldText(nomGauche)) && bloc?.recap !== true);
        if (general) verifierTotalGeneral(l);
        else verifierTotalBloc(bloc, l);
        continue;
      }
      const f = libelle === "" ? undefined : financementEdl(libelle);
      if (f !== undefined) {
        if (nomGauche !== undefined && foldText(nomGauche) !== foldText(bloc?.nom ?? titre?.nom ?? "")) {
          titre = { nom: nomGauche, cell: a1(r, colNom) };
          bloc = undefined;
        }
        bloc ??= commencer(titre?.nom ?? "", titre?.cell ?? a1(r, colLibelle));
        colonneFinancement = colLibelle;
        const l = lireLigne(row, r, e, libelle);
        const nomFin = FINANCEMENTS[f] ?? "";
        incoherences.push(...verifierLigne(l, nomFin, bloc.nom));
        bloc.depuisTotal.push(l);
        if (bloc.recap) {
          const attendu = cumul[f] ?? [];
          const quoi = (typo?: string): string => `Le récapitulatif ${nomFin} ${typo ?? "TOTAL"} de « ${bloc?.nom ?? ""} »`;
          incoherences.push(...verifierColonnes(l, attendu, quoi, "la somme des réservataires au-dessus"));
        } else {
          l.valeurs.forEach((v, t) => {
            const ligneComptes = bloc?.comptes[f];
            const ligneCumul = cumul[f];
            if (ligneComptes !== undefined) ligneComptes[t] = (ligneComptes[t] ?? 0) + v;
            if (ligneCumul !== undefined) ligneCumul[t] = (ligneCumul[t] ?? 0) + v;
          });
        }
        continue;
      }
      if (!aDesEffectifs(row, e)) {
        // A text alone on its row names the réservataire of the rows below it.
        const nom = libelle !== "" ? libelle : nomGauche;
        if (nom !== undefined && !estGenerique(foldText(nom))) {
          titre = { nom, cell: a1(r, libelle !== "" ? colLibelle : colNom) };
          bloc = undefined;
        }
        continue;
      }
      const cell = a1(r, colLibelle >= 0 ? colLibelle : e.premiere);
      avertissements.push({
        code: "LIGNE_NON_RECONNUE",
        cell,
        message:
          libelle === ""
            ? `La ligne ${cell.replace(/^[A-Z]+/, "")} a des nombres sans libellé PLAI, PLUS, PLS ou TOTAL : elle n'est pas comptée.`
            : `La ligne « ${libelle} » (${cell}) n'est ni PLAI, PLUS, PLS ni TOTAL : elle n'est pas comptée.`,
      });
    }
  });

  const reservataires = [...parNom.values()];
  if (reservataires.length === 0) {
    avertissements.push({ code: "EDL_SANS_LIGNES", cell: a1(entetes[0]?.ligne ?? 0, 0), message: "Aucune ligne PLAI, PLUS ou PLS sous les en-têtes de typologies : rien n'est compté." });
  }
  return { reservataires, incoherences, avertissements };
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
): { nom: string; cell: string } | undefined {
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
