/**
 * The next réservataire to offer a vacancy to: the one furthest behind its yearly objective
 * (PACA practice, docs/regles/decompte.md « La règle »).
 *
 * Among réservataires with an objectif above 0 and not yet reached, the lowest realises ÷ objectif
 * wins; ties go to the larger objectif, then to the first listed.
 */
import { isBlank, type Grid } from "./cells";
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { formatNombre } from "./text";

export interface Avancement {
  readonly nom: string;
  readonly objectif: number;
  readonly realises: number;
}

/** Index of the réservataire furthest behind, or `#N/A` when every objective is met. */
export function prochainReservataire(liste: readonly Avancement[]): Result<number> {
  return prochainIndex(
    liste.map((a) => a.objectif),
    liste.map((a) => a.realises),
    (i) => (liste[i]?.nom ?? "").trim() === "",
  );
}

/**
 * The same rule on parallel lists, without building an object per réservataire (the custom
 * function's path). `sansNom(i)`: true when réservataire i has no name.
 */
export function prochainIndex(
  objectifs: readonly number[],
  realises: readonly number[],
  sansNom: (i: number) => boolean,
): Result<number> {
  let best = -1;
  let bestRatio = Infinity;
  let bestObjectif = -Infinity;
  const n = Math.min(objectifs.length, realises.length);
  for (let i = 0; i < n; i++) {
    const objectif = objectifs[i] as number;
    const faits = realises[i] as number;
    if (objectif < 0) return fail("OBJECTIF_NEGATIF", { valeur: formatNombre(objectif), position: i + 1 });
    if (faits < 0)
      return fail("VALEUR_NEGATIVE", { argument: "realises", valeur: formatNombre(faits), position: i + 1 });
    if (objectif > 0 && sansNom(i)) return fail("NOM_MANQUANT", { position: i + 1 });
    if (objectif === 0 || faits >= objectif) continue;
    const ratio = faits / objectif;
    if (plusEnRetard(ratio, objectif, bestRatio, bestObjectif)) {
      best = i;
      bestRatio = ratio;
      bestObjectif = objectif;
    }
  }
  return best < 0 ? fail("TOUS_OBJECTIFS_ATTEINTS") : ok(best);
}

const isRow = (x: unknown): x is readonly unknown[] => Array.isArray(x);

/** The rule's order: a lower ratio is further behind; on a tie, the larger objectif. */
function plusEnRetard(ratio: number, objectif: number, bestRatio: number, bestObjectif: number): boolean {
  return ratio < bestRatio || (ratio === bestRatio && objectif > bestObjectif);
}

/**
 * The same rule read straight from three ranges of the same shape whose objectifs and réalisés are
 * all plain numbers ≥ 0 (the usual call of the custom function): the name cell of the réservataire
 * furthest behind, without copying the ranges. `undefined` when the ranges are not so (other shapes,
 * text, blanks, negative or non-finite values): the caller then reads them cell by cell, which
 * words each error, and calls {@link prochainIndex}.
 */
export function prochainDansPlages(noms: Grid, objectifs: Grid, realises: Grid): Result<unknown> | undefined {
  const rows = noms.length;
  if (objectifs.length !== rows || realises.length !== rows) return undefined;
  let best: unknown;
  let found = false;
  let bestRatio = Infinity;
  let bestObjectif = -Infinity;
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const rowN = noms[r];
    const rowO = objectifs[r];
    const rowR = realises[r];
    if (!isRow(rowN) || !isRow(rowO) || !isRow(rowR)) return undefined;
    const cols = rowN.length;
    if (rowO.length !== cols || rowR.length !== cols) return undefined;
    for (let c = 0; c < cols; c++, k++) {
      const objectif = rowO[c];
      const faits = rowR[c];
      if (
        typeof objectif !== "number" ||
        typeof faits !== "number" ||
        !(objectif >= 0 && faits >= 0 && objectif < Infinity && faits < Infinity)
      )
        return undefined;
      if (objectif === 0) continue;
      if (isBlank(rowN[c])) return fail("NOM_MANQUANT", { position: k + 1 });
      if (faits >= objectif) continue;
      const ratio = faits / objectif;
      if (plusEnRetard(ratio, objectif, bestRatio, bestObjectif)) {
        best = rowN[c];
        found = true;
        bestRatio = ratio;
        bestObjectif = objectif;
      }
    }
  }
  return found ? ok(best) : fail("TOUS_OBJECTIFS_ATTEINTS");
}
