/**
 * Taux de chute: the share of mises à disposition that did not end in an attribution.
 * taux = 1 − attributions ÷ mises à disposition (docs/regles/decompte.md; seed: 1 000 and 800 give 20 %).
 */
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { formatNombre } from "./text";

export function tauxChute(misesADisposition: number, attributions: number): Result<number> {
  if (misesADisposition < 0) {
    return fail("VALEUR_NEGATIVE", { argument: "mises_a_disposition", valeur: formatNombre(misesADisposition) });
  }
  if (attributions < 0)
    return fail("VALEUR_NEGATIVE", { argument: "attributions", valeur: formatNombre(attributions) });
  if (misesADisposition === 0) return fail("MISES_A_DISPOSITION_NULLES");
  if (attributions > misesADisposition) {
    return fail("ATTRIBUTIONS_SUPERIEURES", {
      valeur: formatNombre(attributions),
      detail: formatNombre(misesADisposition),
    });
  }
  // (m − a) ÷ m rather than 1 − a ÷ m: 1 000 and 800 give exactly 0,2.
  return ok((misesADisposition - attributions) / misesADisposition);
}

/**
 * The taux de chute shown in a bilan (docs/choix.md « Taux de chute d'une période »): per cohort, of the vacancies
 * made available to a réservataire in the period (its mises à disposition counted there), the share that did not end
 * in an attribution to it, at whatever date the journal records that attribution. The cohort's
 * attributions never exceed its mises à disposition, so the rate lies in 0–100 % and a total is the
 * weighted mean of its rows (the period's attributions mix dwellings offered before it: a year's total
 * read 0 % while its rows read 50 %, 50 % and 33 %). Empty (undefined) without any mise à disposition.
 * @param attribuees of those mises à disposition, the ones attributed to the same réservataire
 */
export function tauxChuteDuBilan(misesADisposition: number, attribuees: number): number | undefined {
  const r = tauxChute(misesADisposition, attribuees);
  return r.ok ? r.value : undefined;
}
