/**
 * Reading the cells of an état des lieux laid out like the DDETS tables: header rows of typologies,
 * row labels (PLAI, PLUS, PLS, TOTAL), counts. Found by their labels, not by fixed addresses.
 */
import { isBlank, someCell } from "../cells";
import { parseNumberText } from "../number-text";
import { financementOf, FINANCEMENTS, typologieOf, TYPOLOGIES } from "../rpls";
import { displayValue, foldText } from "../text";
import { repartitionMessage, type RepartitionParams } from "../messages/repartition";
import type { CellDiagnostic } from "../messages/diagnostic";

/** Stable codes of the warnings about an état des lieux. */
export type CodeAvertissementEdl =
  | "EDL_INTROUVABLE"
  | "EDL_SANS_LIGNES"
  | "CELLULE_NON_NUMERIQUE"
  | "EFFECTIF_NEGATIF"
  | "EFFECTIF_NON_ENTIER"
  | "LIGNE_NON_RECONNUE"
  | "BLOC_SANS_NOM";

/**
 * A warning about one cell of an état des lieux (French message from src/domain/messages/); its cell is
 * an A1 address in the sheet when the grid's origin was given.
 */
export type AvertissementEdl = CellDiagnostic<CodeAvertissementEdl>;

/** The warning of `code` about `cell`, with its catalogue message. */
export function edlWarning(code: CodeAvertissementEdl, cell: string, params: RepartitionParams = {}): AvertissementEdl {
  return { severity: "avertissement", code, cell, message: repartitionMessage(code, { cellule: cell, ...params }) };
}

/** A1 address of a 0-based (row, col), as everywhere in GEF. */
export { cellAddress as adresseA1 } from "../modele/a1";

/** A header row: where each typologie column is, and the TOTAL column if any. */
export interface Header {
  readonly ligne: number;
  /** Column → index in TYPOLOGIES ("T6" and "T7" both → T6+). */
  readonly typologies: ReadonlyMap<number, number>;
  /** First typologie column: row labels and réservataire names are on its left. */
  readonly first: number;
  readonly total: number | undefined;
}

/** The text of a cell when it holds some (numbers are not text), trimmed. */
export function texteDe(value: unknown): string | undefined {
  return typeof value === "string" && !isBlank(value) ? value.trim() : undefined;
}

/** Fewest distinct typologies that make a row a header (T1, T2, T3 at least). */
const TYPOLOGIES_MIN = 3;

/** The header of row `r` when it names at least three typologies ("T1", "F2", "T6 et +"...). */
export function findHeader(row: readonly unknown[], r: number): Header | undefined {
  const typologies = new Map<number, number>();
  const vues = new Set<number>();
  someCell(row, (v, c) => {
    const t = texteDe(v);
    // A header names a typologie with letters ("T3", "3 pièces"): a bare "3" is a count.
    const typ = t === undefined || !/[a-z]/i.test(t) ? undefined : typologieOf(t);
    if (typ === undefined) return false;
    const k = TYPOLOGIES.indexOf(typ);
    typologies.set(c, k);
    vues.add(k);
    return false;
  });
  if (vues.size < TYPOLOGIES_MIN) return undefined;
  const first = Math.min(...typologies.keys());
  let total: number | undefined;
  someCell(row, (v, c) => {
    const t = c > first ? texteDe(v) : undefined;
    if (t !== undefined && estTotal(foldText(t))) total = c;
    return total !== undefined;
  });
  return { ligne: r, typologies, first, total };
}

/** True for a folded "TOTAL", "Total général", "Totaux"... */
export function estTotal(replie: string): boolean {
  return /^tota(l|ux)\b/.test(replie);
}

/** True for the total of every réservataire ("TOTAL GÉNÉRAL", "Total des réservataires"). */
export function estTotalGeneral(replie: string): boolean {
  return /^tota(l|ux) (general|generale|global|globale|ensemble|tous|des reservataires|bailleur|parc)\b/.test(replie);
}

/** Index in FINANCEMENTS of a row label (PLAI, PLUS, PLS, PLI, AUTRES); not "LIBRE", a réservataire's word. */
export function financementEdl(texte: string): number | undefined {
  const f = financementOf(texte);
  if (f === undefined || (f === "AUTRE" && !/^autres?\b/.test(foldText(texte)))) return undefined;
  return FINANCEMENTS.indexOf(f);
}

/** Column and row headings that name no réservataire. */
export function estGenerique(replie: string): boolean {
  return (
    replie === "" ||
    /^(financements?|typologies?|types?|reservataires?|contingents?|plafonds?|categories?|logements?|produits?|(nombre|nb|nom|libelle)\b.*)$/.test(
      replie,
    ) ||
    /\betat des lieux\b/.test(replie)
  );
}

/** True when the row has a value (number or text) in one of the typologie or TOTAL columns. */
export function aDesEffectifs(row: readonly unknown[], header: Header): boolean {
  for (const c of header.typologies.keys()) if (!isBlank(row[c])) return true;
  return header.total !== undefined && !isBlank(row[header.total]);
}

/**
 * A count cell: a number, numeric text or blank (0). Other text, negative or fractional counts are
 * warned about; text and negatives count 0, fractions are rounded.
 */
export function readEffectif(value: unknown, cell: string, avertissements: AvertissementEdl[]): number {
  let n: number | undefined;
  if (typeof value === "number") n = value;
  else if (isBlank(value)) return 0;
  else if (typeof value === "string") n = parseNumberText(value);
  if (n === undefined || !Number.isFinite(n)) {
    avertissements.push(edlWarning("CELLULE_NON_NUMERIQUE", cell, { valeur: displayValue(value) }));
    return 0;
  }
  if (n < 0) {
    avertissements.push(edlWarning("EFFECTIF_NEGATIF", cell, { valeur: displayValue(n) }));
    return 0;
  }
  if (!Number.isInteger(n)) {
    const arrondi = Math.round(n);
    avertissements.push(edlWarning("EFFECTIF_NON_ENTIER", cell, { valeur: displayValue(n), attendu: String(arrondi) }));
    return arrondi;
  }
  return n;
}
