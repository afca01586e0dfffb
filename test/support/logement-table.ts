/**
 * Builds DwellingTable fixtures from readable rows, through the RPLS classifiers of rpls.ts:
 * `{ financement: 13 | "PLUS", typologie: 3 | "T3", reservataire: "PREFECTURE", epci: "240600585" }`.
 * A financement or typologie that rpls.ts cannot classify (or that is absent) becomes NON_CLASSE.
 */
import { financementOf, FINANCEMENTS, typologieOf, TYPOLOGIES } from "../../src/domain/rpls";
import { NON_CLASSE, type LogementTable, type RowIssue } from "../../src/domain/tables/types";

export interface LogementRow {
  /** RPLS FINAN code (13, "13") or label ("PLUS", "PLA-I"). */
  readonly financement?: number | string;
  /** NBPIECE (3) or label ("T3", "F3", "T6 et +"). */
  readonly typologie?: number | string;
  readonly reservataire?: string;
  readonly epci?: string;
  readonly commune?: string;
  /** Sheet row; by default the rows follow each other from `premiereLigne`. */
  readonly ligne?: number;
}

export interface OptionsTable {
  /** Row of the first dwelling (default 2: row 1 holds the headers). */
  readonly firstRow?: number;
  /** The reader's issues (rows skipped or partly read). */
  readonly issues?: readonly RowIssue[];
}

/** Index in FINANCEMENTS of a code or label, or NON_CLASSE. */
export function codeFinancement(value: unknown): number {
  const f = financementOf(value);
  return f === undefined ? NON_CLASSE : FINANCEMENTS.indexOf(f);
}

/** Index in TYPOLOGIES of a number of rooms or label, or NON_CLASSE. */
export function codeTypologie(value: unknown): number {
  const t = typologieOf(value);
  return t === undefined ? NON_CLASSE : TYPOLOGIES.indexOf(t);
}

/** A dwelling table holding `rows`, in order. */
export function logementTable(rows: readonly LogementRow[], options: OptionsTable = {}): LogementTable {
  const first = options.firstRow ?? 2;
  const n = rows.length;
  const has = (k: keyof LogementRow): boolean => rows.some((r) => r[k] !== undefined);
  return {
    size: n,
    ligne: Int32Array.from(rows, (r, i) => r.ligne ?? first + i),
    commune: rows.map((r) => r.commune ?? ""),
    epci: rows.map((r) => r.epci ?? ""),
    financement: Uint8Array.from(rows, (r) => codeFinancement(r.financement)),
    typologie: Uint8Array.from(rows, (r) => codeTypologie(r.typologie)),
    reservataire: rows.map((r) => r.reservataire ?? ""),
    etudiant: new Uint8Array(n),
    pmr: new Uint8Array(n),
    plaiAdapte: new Uint8Array(n),
    columns: {
      commune: has("commune"),
      epci: has("epci"),
      financement: has("financement"),
      typologie: has("typologie"),
      reservataire: has("reservataire"),
      etudiant: false,
      pmr: false,
      plaiAdapte: false,
    },
    issues: options.issues ?? [],
  };
}

/** `count` copies of a row (for seed-sized fixtures). */
export function fois(count: number, row: LogementRow): LogementRow[] {
  return Array.from({ length: count }, () => row);
}
