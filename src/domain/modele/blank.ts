/**
 * A blank, formatted template for a new sheet, described as plain data that src/excel writes in one
 * batch (`range.formulas` then `range.numberFormat`, bold per cell): identity lines, the
 * « Calcul de l'assiette » header naming the EPCI columns, every row of the model with its label, the
 * formulas of the computed rows and the number formats of the EPCI cells.
 * @see docs/regles/modele-ddets.md (« insert a blank, formatted template into a new sheet »)
 */
import { EPCI_MODELE_06 } from "../epci/alpes-maritimes";
import type { EpciRef } from "../epci/types";
import { formulaOf } from "./computation";
import { IDENTITY_ROWS } from "./identity";
import { DEFAULT_PARTS_ETAT, type PartsEtat, type RowKey, type ModeleYears } from "./keys";
import { MODELE_ROWS } from "./model";
import { epciName } from "../format/labels";

export interface BlankModeleOptions {
  readonly anneeConvention: number;
  readonly anneeRpls: number;
  /** The département line under the title (default « ALPES-MARITIMES » with the default EPCI list). */
  readonly departement?: string;
  /** The EPCI columns, in order (default: the five of the Alpes-Maritimes template). */
  readonly epci?: readonly EpciRef[];
  /** State shares written in the State rows' formulas (default 25 % and 5 %). */
  readonly parts?: PartsEtat;
}

/** One cell of the blank template. */
export interface BlankCell {
  /** Text or number written as a constant. */
  readonly value?: string | number;
  /** An en-US formula for `range.formulas`. */
  readonly formula?: string;
  /** Invariant number format code (`#,##0`, `0.0%`); absent means General. */
  readonly numberFormat?: string;
  readonly bold?: boolean;
}

export interface BlankModele {
  /** Every row has `width` cells, starting at A1. */
  readonly rows: readonly (readonly BlankCell[])[];
  readonly width: number;
  /** Suggested column widths, in characters. */
  readonly columnWidths: readonly number[];
  /** 0-based row of each line of the block, as written. */
  readonly rowOf: Readonly<Partial<Record<RowKey, number>>>;
}

const LABEL_WIDTH = 80;
const EPCI_WIDTH = 12;

/**
 * Builds the blank template: label column A, one column per EPCI from B, inputs blank.
 * Labels are the model's clean wordings with the given years.
 */
export function blankModele(options: BlankModeleOptions): BlankModele {
  const epci = options.epci ?? EPCI_MODELE_06;
  const parts = options.parts ?? DEFAULT_PARTS_ETAT;
  const years: ModeleYears = { anneeConvention: options.anneeConvention, anneeRpls: options.anneeRpls };
  const width = 1 + epci.length;
  const rows: BlankCell[][] = [];
  const line = (first: BlankCell, rest: (col: number) => BlankCell = () => ({})): void => {
    rows.push([first, ...epci.map((_, i) => rest(i + 1))]);
  };
  const departement = options.departement ?? (options.epci === undefined ? "ALPES-MARITIMES" : "");
  for (const spec of IDENTITY_ROWS) {
    if (spec.key === "titre") line({ value: spec.libelle(years), bold: true });
    else if (spec.key === "departement") line(departement === "" ? {} : { value: departement, bold: true });
    else line({ value: spec.libelle(years) });
  }
  line({});
  const start = rows.length;
  const rowOf: Partial<Record<RowKey, number>> = {};
  MODELE_ROWS.forEach((spec, i) => {
    rowOf[spec.key] = start + i;
  });
  for (const spec of MODELE_ROWS) {
    const bold = spec.bold === true;
    const label: BlankCell = { value: spec.libelle(years), ...(bold ? { bold } : {}) };
    if (spec.role === "entete") {
      line(label, (col) => ({ value: headerText(epci[col - 1]), bold: true }));
      continue;
    }
    line(label, (col) => {
      const format = spec.numberFormat !== undefined ? { numberFormat: spec.numberFormat } : {};
      const formula = spec.computation ? formulaOf(spec.computation, col, (k) => rowOf[k], parts) : undefined;
      return { ...format, ...(formula !== undefined ? { formula } : {}), ...(bold ? { bold } : {}) };
    });
  }
  return { rows, width, columnWidths: [LABEL_WIDTH, ...epci.map(() => EPCI_WIDTH)], rowOf };
}

const headerText = (e: EpciRef | undefined): string => (e === undefined ? "" : epciName(e));

/** The grid for `range.formulas`: formulas, labels, "" for blank cells. */
export function blankFormulaGrid(t: BlankModele): (string | number)[][] {
  return t.rows.map((row) => row.map((c) => c.formula ?? c.value ?? ""));
}

/** The grid for `range.numberFormat`: "General" where no format is set. */
export function blankNumberFormatGrid(t: BlankModele): string[][] {
  return t.rows.map((row) => row.map((c) => c.numberFormat ?? "General"));
}
