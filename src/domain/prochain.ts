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
  let best = -1;
  let bestRatio = Infinity;
  let bestObjectif = -Infinity;
  for (let i = 0; i < liste.length; i++) {
    const a = liste[i];
    if (a === undefined) continue;
    if (a.objectif < 0) return fail("OBJECTIF_NEGATIF", { valeur: formatNombre(a.objectif), position: i + 1 });
    if (a.realises < 0) {
      return fail("VALEUR_NEGATIVE", { argument: "realises", valeur: formatNombre(a.realises), position: i + 1 });
    }
    if (a.objectif > 0 && a.nom.trim() === "") return fail("NOM_MANQUANT", { position: i + 1 });
    if (a.objectif === 0 || a.realises >= a.objectif) continue;
    const ratio = a.realises / a.objectif;
    if (ratio < bestRatio || (ratio === bestRatio && a.objectif > bestObjectif)) {
      best = i;
      bestRatio = ratio;
      bestObjectif = a.objectif;
    }
  }
  return best < 0 ? fail("TOUS_OBJECTIFS_ATTEINTS") : ok(best);
}
