/**
 * The DDETS 06 « calcul de l'assiette » template as bailleurs received it (SPEC Appendix A, labels
 * verbatim with their typos), as builder functions, plus the variants met in the field: rows shifted,
 * blank lines, another RPLS year, reworded labels, extra columns, EPCI in another order, another
 * département. A template is two grids of the same shape: `values` (what `range.values` returns) and
 * `formulas` (what `range.formulas` returns: the formula text where there is one, else the value).
 */
import { HyperFormula } from "hyperformula";
import { floorShare } from "../../src/domain";
import type { EpciRef } from "../../src/domain/epci/types";
import { cellAddress } from "../../src/domain/modele";

export type Cell = string | number | boolean | null;

export interface ModeleGrids {
  values: Cell[][];
  formulas: Cell[][];
}

/** Appendix A, verbatim: the identity lines, then the block (header label first). */
export const TITRE_06 = "CALCUL DE L'ASSIETTE POUR CONVENTION GESTION EN FLUX 2024 DOC DE TRAVAILV1";
export const IDENTITE_06 = [
  "Nom du bailleur :",
  "adresse de conventionnement du bailleur :",
  "Nom / fonction du correspondant(s) pour le conventionnement",
  "téléphone :",
  "mail :",
  "Si CUS, impact du CUS dans le calcul des logements soustraits de l'assiette ?  (OUI/NON)",
  "Si charte relogement , impact de la charte dans le calcul des logements soustraits de l'assiette ?  (OUI/NON)",
] as const;
export const BLOC_06 = [
  "Calcul de l'assiette :",
  "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022",
  "Total logements exclus de l'assiette",
  "dont :",
  "PLI",
  "Foyers travailleurs migrants",
  "structures médico sociales",
  "CHRS et résidences sociales",
  "logements étudiants",
  "réservations défense nationale ou sécurité intérieure",
  "Total logements soustraits du flux",
  "dont :",
  "Volume de logements nécessaires pour les mutations internes",
  "Volumes de logements nécessaires au relogement ANRU (OLS démolisseur et contributeurs)",
  "Volumes de logements nécessaires au relogement hors ANRU (OLS démolisseur et contributeurs)",
  "Logements insalubres avec obligations de relogement",
  "ventes",
  "Nouvelles opérations rentrant dans l'assiette",
  "Assiette à répartir entre les réservataires (L13-L23)",
  "taux de rotation bailleur commun aux réservataire sur chaque EPCI",
  "demandes de candidats prioritaires de l'État en 2024",
  "demandes de candidats fonctionnaires de l'État en 2024",
  "Précisions complémentaires :",
  "Total autres logements spécifiques (PLAI adaptés, logements jeunes, seniors, personnel hospitaliers,\n  judiciaires, habitats participatifs,...) figurant dans l'assiette.",
  "dont logements adaptés au handicap (PMR-USH)",
  "dont PLAI adapté",
  "commentaires éventuels sur les logements spécifiques",
  "commentaires sur le calcul des logements nécessaires aux mutations (au regard du CUS le cas échéant)",
  "commentaires sur calcul des logements nécessaires aux relogements (au regard de la charte le cas échéant)",
  "Mode de calcul du taux de rotation",
] as const;

/** 0-based rows of the received copy: title on row 1, header on row 12, patrimoine on row 13. */
export const ROW = {
  titre: 0,
  departement: 1,
  bailleur: 3,
  adresse: 4,
  correspondant: 5,
  telephone: 6,
  mail: 7,
  cus: 8,
  charte: 9,
  entete: 11,
  patrimoine: 12,
  exclusTotal: 13,
  exclusPli: 15,
  exclusFtm: 16,
  exclusMedicoSocial: 17,
  exclusChrs: 18,
  exclusEtudiants: 19,
  exclusDefense: 20,
  soustraitsTotal: 21,
  soustraitsMutations: 23,
  soustraitsAnru: 24,
  soustraitsHorsAnru: 25,
  soustraitsInsalubres: 26,
  soustraitsVentes: 27,
  nouvelles: 28,
  assiette: 29,
  tauxRotation: 30,
  etatPrioritaires: 31,
  etatFonctionnaires: 32,
  specifiquesTotal: 34,
  specifiquesPmr: 35,
  specifiquesPlaiAdapte: 36,
  commentairesSpecifiques: 37,
  modeCalculTaux: 40,
} as const;

/** The figures of one EPCI column. */
export interface EpciFigures {
  patrimoine: number;
  /** PLI, FTM, médico-social, CHRS, étudiants, défense. */
  exclus: [number, number, number, number, number, number];
  /** mutations, ANRU, hors ANRU, insalubres, ventes. */
  soustraits: [number, number, number, number, number];
  nouvelles: number;
  taux: number;
  /** total autres logements spécifiques, PMR, PLAI adapté. */
  specifiques: [number, number, number];
}

/** Realistic figures for the five EPCI of 06 (CAPG is the seed of docs/regles/assiette.md: 5 367). */
export const FIGURES_06: Readonly<Record<"CAPG" | "CAPL" | "CASA" | "MNCA" | "CARF", EpciFigures>> = {
  CAPG: {
    patrimoine: 5600,
    exclus: [40, 30, 20, 25, 30, 5],
    soustraits: [60, 15, 10, 5, 10],
    nouvelles: 17,
    taux: 0.05,
    specifiques: [120, 45, 30],
  },
  CAPL: {
    patrimoine: 3210,
    exclus: [12, 0, 8, 15, 20, 0],
    soustraits: [35, 0, 6, 2, 4],
    nouvelles: 40,
    taux: 0.048,
    specifiques: [60, 22, 10],
  },
  CASA: {
    patrimoine: 6120,
    exclus: [25, 48, 16, 30, 95, 10],
    soustraits: [70, 20, 12, 0, 15],
    nouvelles: 85,
    taux: 0.052,
    specifiques: [210, 80, 35],
  },
  MNCA: {
    patrimoine: 18450,
    exclus: [120, 210, 65, 140, 310, 45],
    soustraits: [240, 85, 40, 18, 35],
    nouvelles: 160,
    taux: 0.056,
    specifiques: [640, 230, 95],
  },
  CARF: {
    patrimoine: 2980,
    exclus: [6, 0, 12, 10, 0, 0],
    soustraits: [22, 0, 3, 4, 6],
    nouvelles: 0,
    taux: 0.043,
    specifiques: [35, 12, 4],
  },
};

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** What the computed rows must hold for some figures, with the State's shares. */
export function expectedComputed(f: EpciFigures, parts = { prio: 0.25, fonct: 0.05 }) {
  const exclusTotal = sum(f.exclus);
  const soustraitsTotal = sum(f.soustraits);
  const assiette = f.patrimoine - exclusTotal - soustraitsTotal + f.nouvelles;
  return {
    exclusTotal,
    soustraitsTotal,
    assiette,
    etatPrioritaires: floorShare(assiette * f.taux * parts.prio),
    etatFonctionnaires: floorShare(assiette * f.taux * parts.fonct),
  };
}

export interface BuildOptions {
  /** The figures per column, in column order (default: none, the template as received). */
  figures?: readonly EpciFigures[];
  /** Header cells of the EPCI columns (default CAPG CAPL CASA MNCA CARF). */
  headers?: readonly Cell[];
  /** Computed cells: typed values (default), native formulas, or the received zeros in the State rows. */
  computed?: "valeurs" | "formules";
  /** Fill the identity answers in column B. */
  identite?: boolean;
  /** The département line. */
  departement?: string;
}

const EMPTY = null;

/** Builds a DDETS 06 template: blank as received, or filled with figures. */
export function buildModele(options: BuildOptions = {}): ModeleGrids {
  const headers = options.headers ?? ["CAPG", "CAPL", "CASA", "MNCA", "CARF"];
  const width = 1 + headers.length;
  const blankRow = (): Cell[] => new Array<Cell>(width).fill(EMPTY);
  const values: Cell[][] = [];
  const formulas: Cell[][] = [];
  const push = (label: Cell, cells: Cell[] = [], f: Cell[] = cells): void => {
    const v = blankRow();
    const g = blankRow();
    v[0] = label;
    g[0] = label;
    cells.forEach((c, i) => (v[i + 1] = c));
    f.forEach((c, i) => (g[i + 1] = c));
    values.push(v);
    formulas.push(g);
  };
  push(TITRE_06);
  push(options.departement ?? "ALPES-MARITIMES");
  push(EMPTY);
  const answers = [
    "Azur Habitat Social",
    "12 avenue de la Mer, 06000 Nice",
    "Claire Martin, responsable des attributions",
    "04 93 00 00 00",
    "claire.martin@azur-habitat.fr",
    "OUI",
    "NON",
  ];
  IDENTITE_06.forEach((label, i) => push(label, options.identite === true ? [answers[i] ?? null] : []));
  push(EMPTY);
  const figures = options.figures;
  const column = (pick: (f: EpciFigures, col: number) => Cell): Cell[] =>
    figures === undefined ? [] : figures.map((f, i) => pick(f, i + 1));
  for (const label of BLOC_06) {
    const r = values.length;
    const at = (row: number, col: number): string => cellAddress(row, col);
    const computed = (value: (f: EpciFigures) => number, formula: (col: number) => string): void => {
      const v = column((f) => value(f));
      push(label, v, options.computed === "formules" ? column((_, col) => formula(col)) : v);
    };
    switch (r) {
      case ROW.entete:
        push(label, [...headers]);
        break;
      case ROW.patrimoine:
        push(
          label,
          column((f) => f.patrimoine),
        );
        break;
      case ROW.exclusTotal:
        computed(
          (f) => expectedComputed(f).exclusTotal,
          (c) => `=SUM(${at(ROW.exclusPli, c)}:${at(ROW.exclusDefense, c)})`,
        );
        break;
      case ROW.soustraitsTotal:
        computed(
          (f) => expectedComputed(f).soustraitsTotal,
          (c) => `=SUM(${at(ROW.soustraitsMutations, c)}:${at(ROW.soustraitsVentes, c)})`,
        );
        break;
      case ROW.nouvelles:
        push(
          label,
          column((f) => f.nouvelles),
        );
        break;
      case ROW.assiette:
        computed(
          (f) => expectedComputed(f).assiette,
          (c) =>
            `=${at(ROW.patrimoine, c)}-${at(ROW.exclusTotal, c)}-${at(ROW.soustraitsTotal, c)}+${at(ROW.nouvelles, c)}`,
        );
        break;
      case ROW.tauxRotation:
        push(
          label,
          column((f) => f.taux),
        );
        break;
      case ROW.etatPrioritaires:
        if (figures === undefined)
          push(
            label,
            headers.map(() => 0),
          );
        else
          computed(
            (f) => expectedComputed(f).etatPrioritaires,
            (c) => `=ROUNDDOWN(${at(ROW.assiette, c)}*${at(ROW.tauxRotation, c)}*0.25,0)`,
          );
        break;
      case ROW.etatFonctionnaires:
        if (figures === undefined)
          push(
            label,
            headers.map(() => 0),
          );
        else
          computed(
            (f) => expectedComputed(f).etatFonctionnaires,
            (c) => `=ROUNDDOWN(${at(ROW.assiette, c)}*${at(ROW.tauxRotation, c)}*0.05,0)`,
          );
        break;
      default: {
        const exclus = r - ROW.exclusPli;
        const soustraits = r - ROW.soustraitsMutations;
        const specifiques = r - ROW.specifiquesTotal;
        if (exclus >= 0 && exclus < 6)
          push(
            label,
            column((f) => f.exclus[exclus] ?? 0),
          );
        else if (soustraits >= 0 && soustraits < 5)
          push(
            label,
            column((f) => f.soustraits[soustraits] ?? 0),
          );
        else if (specifiques >= 0 && specifiques < 3)
          push(
            label,
            column((f) => f.specifiques[specifiques] ?? 0),
          );
        else push(label);
      }
    }
  }
  return { values, formulas };
}

/** The five figures of FIGURES_06 in the template's column order. */
export const FIGURES_06_LIST: readonly EpciFigures[] = [
  FIGURES_06.CAPG,
  FIGURES_06.CAPL,
  FIGURES_06.CASA,
  FIGURES_06.MNCA,
  FIGURES_06.CARF,
];

/** The template as received from the DDETS: labels, EPCI headers, State rows at 0, nothing else. */
export const receivedModele = (): ModeleGrids => buildModele();

/** A clean filled template: figures, identity, computed cells right (typed values, or formulas). */
export const filledModele = (computed: "valeurs" | "formules" = "formules"): ModeleGrids =>
  buildModele({ figures: FIGURES_06_LIST, identite: true, computed });

/** A copy whose cell at an A1 address holds `value` in both grids. */
export function withCell(t: ModeleGrids, address: string, value: Cell, formula: Cell = value): ModeleGrids {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]) - 1;
  const copy = clone(t);
  while (copy.values.length <= row) {
    copy.values.push([]);
    copy.formulas.push([]);
  }
  const v = copy.values[row] ?? [];
  const f = copy.formulas[row] ?? [];
  while (v.length < col) v.push(null);
  while (f.length < col) f.push(null);
  v[col - 1] = value;
  f[col - 1] = formula;
  return copy;
}

export const clone = (t: ModeleGrids): ModeleGrids => ({
  values: t.values.map((r) => [...r]),
  formulas: t.formulas.map((r) => [...r]),
});

/** Rows shifted down by `n` blank lines (formulas are not re-addressed: only the shape matters here). */
export function shiftDown(t: ModeleGrids, n: number): ModeleGrids {
  const blank = (): Cell[] => [];
  return {
    values: [...Array.from({ length: n }, blank), ...t.values],
    formulas: [...Array.from({ length: n }, blank), ...t.formulas],
  };
}

/** Blank lines inserted before each of the given 0-based rows of the original. */
export function insertBlankRows(t: ModeleGrids, beforeRows: readonly number[]): ModeleGrids {
  const out: ModeleGrids = { values: [], formulas: [] };
  t.values.forEach((row, i) => {
    if (beforeRows.includes(i)) {
      out.values.push([]);
      out.formulas.push([]);
    }
    out.values.push([...row]);
    out.formulas.push([...(t.formulas[i] ?? [])]);
  });
  return out;
}

/** A column inserted at 0-based `col`, with `header` on the header row and `fill` elsewhere. */
export function insertColumn(
  t: ModeleGrids,
  col: number,
  headerRow: number,
  header: Cell,
  fill: Cell = null,
): ModeleGrids {
  const insert = (grid: Cell[][]): Cell[][] =>
    grid.map((row, r) => {
      const copy = [...row];
      while (copy.length < col) copy.push(null);
      copy.splice(col, 0, r === headerRow ? header : fill);
      return copy;
    });
  return { values: insert(t.values), formulas: insert(t.formulas) };
}

/** The EPCI columns (B.. after the label column) reordered: `order[i]` is the old index of new column i. */
export function reorderColumns(t: ModeleGrids, order: readonly number[]): ModeleGrids {
  const move = (grid: Cell[][]): Cell[][] =>
    grid.map((row) => [row[0] ?? null, ...order.map((i) => row[i + 1] ?? null)]);
  return { values: move(t.values), formulas: move(t.formulas) };
}

/** The label of a line replaced (the line found by its current label). */
export function relabel(t: ModeleGrids, current: string, next: string): ModeleGrids {
  const copy = clone(t);
  const row = copy.values.findIndex((r) => r[0] === current);
  if (row < 0) throw new Error(`Libellé introuvable : ${current}`);
  (copy.values[row] ?? [])[0] = next;
  (copy.formulas[row] ?? [])[0] = next;
  return copy;
}

/** The line holding a label removed. */
export function removeLine(t: ModeleGrids, label: string): ModeleGrids {
  const row = t.values.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`Libellé introuvable : ${label}`);
  return { values: t.values.filter((_, i) => i !== row), formulas: t.formulas.filter((_, i) => i !== row) };
}

/** Evaluates a formulas grid with HyperFormula, an engine independent of GEF. */
export function evaluateWithHyperFormula(formulas: readonly (readonly unknown[])[]): unknown[][] {
  const sheet = formulas.map((row) => row.map((c) => (c === undefined ? null : (c as Cell))));
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  try {
    return hf.getSheetValues(0);
  } finally {
    hf.destroy();
  }
}

/** Four EPCI of the Var (SIREN and names from @etalab/decoupage-administratif), for a template of another département. */
export const EPCI_VAR: readonly EpciRef[] = [
  { siren: "248300543", nom: "Métropole Toulon-Provence-Méditerranée", sigle: "MTPM" },
  { siren: "200068104", nom: "CA de la Provence Verte", sigle: "CAPV" },
  { siren: "248300493", nom: "CA Dracénie Provence Verdon Agglomération", sigle: "DPVA" },
  { siren: "248300394", nom: "CA Sud Sainte Baume", sigle: "SSB" },
];

/** The clean filled template with some cells changed, its values recomputed by HyperFormula. */
export function editedModele(changes: Record<string, Cell>): ModeleGrids {
  let t = filledModele("formules");
  for (const [address, value] of Object.entries(changes)) t = withCell(t, address, value);
  return { values: evaluateWithHyperFormula(t.formulas) as Cell[][], formulas: t.formulas };
}
