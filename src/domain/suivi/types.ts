/**
 * What the « Suivi du flux » rules hand back besides figures: findings in French, and the sheets as
 * they are read. The sheets GEF writes (plans of cells and charts) are described in src/jobs.
 */

/** A finding of a job: never thrown, always shown (pane list, `gef` lines, exit code). */
export interface Constat {
  readonly niveau: "erreur" | "avertissement" | "info";
  /** Stable code, for scripts (`--json`) and tests. */
  readonly code: string;
  readonly message: string;
  readonly feuille?: string | undefined;
  readonly cellule?: string | undefined;
}

/** A sheet as the jobs read it: values, and formulas when read (the template's). */
export interface FeuilleLue {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas?: readonly (readonly unknown[])[] | undefined;
}
