/**
 * Taux de chute: the share of mises à disposition that did not end in an attribution.
 * taux = 1 − attributions ÷ mises à disposition (DOMAIN.md §4; seed: 1 000 and 800 give 20 %).
 */
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { formatNombre } from "./text";

export function tauxChute(misesADisposition: number, attributions: number): Result<number> {
  if (misesADisposition < 0) {
    return fail("VALEUR_NEGATIVE", { argument: "mises_a_disposition", valeur: formatNombre(misesADisposition) });
  }
  if (attributions < 0) return fail("VALEUR_NEGATIVE", { argument: "attributions", valeur: formatNombre(attributions) });
  if (misesADisposition === 0) return fail("MISES_A_DISPOSITION_NULLES");
  if (attributions > misesADisposition) {
    return fail("ATTRIBUTIONS_SUPERIEURES", { valeur: formatNombre(attributions), detail: formatNombre(misesADisposition) });
  }
  // (m − a) ÷ m rather than 1 − a ÷ m: 1 000 and 800 give exactly 0,2.
  return ok((misesADisposition - attributions) / misesADisposition);
}

/**
 * The taux de chute shown in a bilan: {@link tauxChute} when it is defined, and empty (undefined)
 * otherwise. Over a period, a dwelling made available before the period may be allocated inside it,
 * so attributions can exceed mises à disposition; the rate is then meaningless (it would read
 * « −100 % ») and the bilan leaves it empty, as TAUX_CHUTE answers an error. Rule ours (DOMAIN.md §4).
 */
export function tauxChuteDuBilan(misesADisposition: number, attributions: number): number | undefined {
  const r = tauxChute(misesADisposition, attributions);
  return r.ok ? r.value : undefined;
}
