/**
 * What the « Suivi du flux » rules hand back besides figures: findings in French, and the sheets as
 * they are read. The sheets GEF writes (plans of cells and charts) are described in src/jobs.
 */
import type { CodeAvertissementEdl } from "../repartition/edl-grid";
import type { ErrorCode } from "../messages/functions";
import type { SuiviCode } from "../messages/suivi";

/** A finding of a job: never thrown, always shown (pane list, `gef` lines, exit code). */
/** Codes of Suivi du flux's findings: its own, and those of the domain checks it relays. */
export type ConstatCode = SuiviCode | ErrorCode | CodeAvertissementEdl | "TOTAL_INCOHERENT" | "PERIODE" | "COLONNE_CHOISIE";

export interface Constat {
  readonly niveau: "erreur" | "avertissement" | "info";
  /** Stable code, for scripts (`--json`) and tests: one of the catalogue's (src/domain/messages/). */
  readonly code: ConstatCode;
  readonly message: string;
  readonly feuille?: string | undefined;
  readonly cellule?: string | undefined;
}

/** A sheet as the jobs read it: values, and formulas when read (the template's). */
export interface SheetRead {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas?: readonly (readonly unknown[])[] | undefined;
}
