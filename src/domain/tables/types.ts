/**
 * A dwelling-level table (an RPLS extract or the bailleur's own list) once read: one entry per
 * dwelling, stored as columns so that a million rows aggregate in well under a second.
 * Readers fill it (src/domain/tables); the template filler and the breakdowns consume it.
 */
import type { Financement, Typologie } from "../rpls";

/** Marks a financement or typologie that could not be classified. */
export const NON_CLASSE = 255;

/** A row that was not read or not classified, and why (French, shown to the user). */
export interface RowIssue {
  /** Row number in the sheet (or file), as Excel shows it. */
  readonly ligne: number;
  readonly raison: string;
}

/** Optional columns the table had (a missing column is not the same as a blank cell). */
export interface LogementColumns {
  readonly commune: boolean;
  readonly epci: boolean;
  readonly financement: boolean;
  readonly typologie: boolean;
  readonly reservataire: boolean;
  readonly etudiant: boolean;
  readonly pmr: boolean;
  readonly plaiAdapte: boolean;
}

export interface LogementTable {
  readonly size: number;
  /** Sheet row of each dwelling. */
  readonly ligne: Int32Array;
  /** Commune INSEE code (5 characters, leading zero kept: "06088"), "" when unknown. */
  readonly commune: readonly string[];
  /** EPCI SIREN when the file gives it (9 digits), "" otherwise. */
  readonly epci: readonly string[];
  /** Index in FINANCEMENTS, or NON_CLASSE. */
  readonly financement: Uint8Array;
  /** Index in TYPOLOGIES, or NON_CLASSE. */
  readonly typologie: Uint8Array;
  /** Réservataire label as written, "" when blank or when the table has no such column. */
  readonly reservataire: readonly string[];
  /**
   * The same labels interned, when the reader gives them: `reservataireLabels[reservataireIds[i]]`
   * is `reservataire[i]`, and equal labels share an id (0 is ""). Counting then works on integers.
   */
  readonly reservataireIds?: Int32Array;
  readonly reservataireLabels?: readonly string[];
  /** 1 for a student dwelling (RPLS TYPECONST = E). */
  readonly etudiant: Uint8Array;
  /** 1 for a dwelling adapted to reduced mobility (PMR). */
  readonly pmr: Uint8Array;
  /** 1 for a PLAI adapté. */
  readonly plaiAdapte: Uint8Array;
  readonly columns: LogementColumns;
  /** Rows skipped or partly unreadable, never dropped silently. */
  readonly issues: readonly RowIssue[];
}

export type { Financement, Typologie };
