/**
 * The totals of an état des lieux checked against its detail cells: each mismatch becomes an
 * {@link IncoherenceTotal} naming the total cell, what the detail gives and what the cell holds.
 */
import { TYPOLOGIES } from "../rpls";
import { formatNombre } from "../text";
import { repartitionMessage } from "../messages/repartition";

/** A total that does not add up. */
export interface IncoherenceTotal {
  /** A1 address of the total cell. */
  readonly cell: string;
  /** "ligne": a row's TOTAL vs its typologies; "colonne": a TOTAL row (or recap) vs the rows above. */
  readonly kind: "ligne" | "colonne";
  /** What the detail cells give. */
  readonly expected: number;
  /** What the total cell holds. */
  readonly found: number;
  readonly message: string;
}

/** A financement or TOTAL row once read, per typologie. */
export interface RowRead {
  readonly libelle: string;
  /** Counts per TYPOLOGIES index (columns of the same typologie added). */
  readonly valeurs: readonly number[];
  /** A1 address of the first cell of each typologie, "" when the header has no such column. */
  readonly cells: readonly string[];
  /** The TOTAL cell's count, when the header has a TOTAL column. */
  readonly total: number | undefined;
  readonly totalCell: string;
}

/** Σ of counts. */
export const somme = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** A financement row's TOTAL against the sum of its typologies. */
export function checkRow(l: RowRead, financement: string, nom: string): IncoherenceTotal[] {
  const expected = somme(l.valeurs);
  if (l.total === undefined || l.total === expected) return [];
  return [
    {
      cell: l.totalCell,
      kind: "ligne",
      expected,
      found: l.total,
      message: repartitionMessage("TOTAL_LIGNE_INCOHERENT", {
        detail: financement,
        nom,
        cellule: l.totalCell,
        valeur: formatNombre(l.total),
        attendu: formatNombre(expected),
      }),
    },
  ];
}

/**
 * A TOTAL row (or a recap row) against what the rows above give per typologie (`attendu`), and its
 * TOTAL cell against their sum.
 * @param quoi names a typologie cell (`quoi("T3")`) or the TOTAL cell (`quoi(undefined)`)
 * @param dessus names what `attendu` sums, for the message
 */
export function checkColumns(
  l: RowRead,
  attendu: readonly number[],
  quoi: (typo?: string) => string,
  dessus: string,
): IncoherenceTotal[] {
  const out: IncoherenceTotal[] = [];
  const ecart = (cell: string, qui: string, expected: number, found: number): void => {
    if (cell === "" || expected === found) return;
    out.push({
      cell,
      kind: "colonne",
      expected,
      found,
      message: repartitionMessage("TOTAL_COLONNE_INCOHERENT", {
        nom: qui,
        cellule: cell,
        valeur: formatNombre(found),
        detail: dessus,
        attendu: formatNombre(expected),
      }),
    });
  };
  TYPOLOGIES.forEach((typo, t) => ecart(l.cells[t] ?? "", quoi(typo), attendu[t] ?? 0, l.valeurs[t] ?? 0));
  if (l.total !== undefined) ecart(l.totalCell, quoi(), somme(attendu), l.total);
  return out;
}
