/**
 * The yearly flux of each réservataire: its share of the volume to attribute.
 *
 * share = volume × droit ÷ base, where droits are reserved dwellings (base: the assiette) or
 * percentages (base: 1). In whole dwellings, parts are apportioned by largest remainder so that they
 * add up to round(volume × Σ droits ÷ base) (docs/choix.md « Arrondis »).
 * @see CCH R.441-5 (conversion of stock rights into flux), docs/regles/flux.md
 */
import { largestRemainder, roundHalfUp, snap } from "./apportion";
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { keywordTable } from "./keyword";
import { formatNombre } from "./text";

export type Arrondi = "ENTIER" | "EXACT";

/**
 * Larger than any yearly flux (France has about 5,4 million social dwellings): beyond, a typing error
 * (docs/choix.md « Volume maximal de FLUX_RESERVATAIRE »).
 */
export const VOLUME_MAX = 100_000_000;

export const ARRONDIS = keywordTable<Arrondi>("arrondi", {
  ENTIER: ["entiers", "arrondi", "logements"],
  EXACT: ["exacts", "decimal", "decimales", "decimaux"],
});

/**
 * Σ of values that does not depend on their order: whole numbers add exactly in any order;
 * otherwise they are added in increasing order.
 */
export function orderFreeSum(values: readonly number[]): number {
  let total = 0;
  let whole = true;
  for (const v of values) {
    total += v;
    if (whole && !Number.isInteger(v)) whole = false;
  }
  if (whole && Number.isSafeInteger(total)) return total;
  total = 0;
  for (const v of [...values].sort((a, b) => a - b)) total += v;
  return total;
}

/**
 * Flux of each réservataire, in the order of `droits`.
 * @param volume yearly number of dwellings to share (assiette × taux), ≥ 0
 * @param droits one per réservataire, ≥ 0
 * @param base what droits are a part of (default Σ droits)
 */
export function fluxReservataires(
  volume: number,
  droits: readonly number[],
  base: number | undefined,
  arrondi: Arrondi,
): Result<number[]> {
  if (volume < 0) return fail("VALEUR_NEGATIVE", { argument: "volume", valeur: formatNombre(volume) });
  if (volume > VOLUME_MAX) {
    return fail("VALEUR_TROP_GRANDE", {
      argument: "volume",
      valeur: formatNombre(volume),
      detail: formatNombre(VOLUME_MAX),
    });
  }
  for (let i = 0; i < droits.length; i++) {
    const d = droits[i] ?? 0;
    if (d < 0) return fail("VALEUR_NEGATIVE", { argument: "droits", valeur: formatNombre(d), position: i + 1 });
  }
  const somme = orderFreeSum(droits);
  if (!Number.isFinite(somme)) return fail("NOMBRE_DEMESURE", { argument: "droits" });
  const b = base ?? somme;
  if (b < 0) return fail("BASE_NEGATIVE", { valeur: formatNombre(b) });
  if (b === 0) return fail("BASE_NULLE");
  if (!Number.isFinite(b)) return fail("NOMBRE_DEMESURE", { argument: "base" });
  if (somme > b * (1 + 1e-12)) {
    return fail("DROITS_SUPERIEURS_BASE", { valeur: formatNombre(somme), detail: formatNombre(b) });
  }
  const exact: number[] = [];
  for (let i = 0; i < droits.length; i++) exact.push(share(volume, droits[i] ?? 0, b));
  if (arrondi === "EXACT") return ok(exact);
  const total = roundHalfUp(share(volume, somme, b));
  if (!enReste(total, exact)) return fail("NOMBRE_DEMESURE", { argument: "droits" });
  return ok(largestRemainder(total, exact, droits));
}

/** volume × droit ÷ base; volume × droit may pass Excel's largest number when droits are huge, droit ÷ base never does. */
function share(volume: number, droit: number, base: number): number {
  const x = (volume * droit) / base;
  return Number.isFinite(x) ? x : volume * (droit / base);
}

/** True when `total` is within one unit per share of the shares' floors (largestRemainder's condition). */
function enReste(total: number, exact: readonly number[]): boolean {
  let given = 0;
  for (const x of exact) given += Math.floor(snap(x));
  const left = total - given;
  return Number.isInteger(left) && left >= 0 && left <= exact.length;
}
