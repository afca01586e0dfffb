/**
 * The next réservataire to offer a vacancy to: the one furthest behind its yearly objective
 * (PACA practice, DOMAIN.md "The reform in one paragraph").
 *
 * Among réservataires with an objectif above 0 and not yet reached, the lowest realises ÷ objectif
 * wins; ties go to the larger objectif, then to the first listed.
 */
import { fail, ok, type Result } from "./errors";
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
export function prochainIndex(objectifs: readonly number[], realises: readonly number[], sansNom: (i: number) => boolean): Result<number> {
  let best = -1;
  let bestRatio = Infinity;
  let bestObjectif = -Infinity;
  const n = Math.min(objectifs.length, realises.length);
  for (let i = 0; i < n; i++) {
    const objectif = objectifs[i] as number;
    const faits = realises[i] as number;
    if (objectif < 0) return fail("OBJECTIF_NEGATIF", { valeur: formatNombre(objectif), position: i + 1 });
    if (faits < 0) return fail("VALEUR_NEGATIVE", { argument: "realises", valeur: formatNombre(faits), position: i + 1 });
    if (objectif > 0 && sansNom(i)) return fail("NOM_MANQUANT", { position: i + 1 });
    if (objectif === 0 || faits >= objectif) continue;
    const ratio = faits / objectif;
    if (ratio < bestRatio || (ratio === bestRatio && objectif > bestObjectif)) {
      best = i;
      bestRatio = ratio;
      bestObjectif = objectif;
    }
  }
  return best < 0 ? fail("TOUS_OBJECTIFS_ATTEINTS") : ok(best);
}
