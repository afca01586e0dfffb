/**
 * The bailleur's rotation rate, common to all réservataires of an EPCI.
 *
 * A multi-year rate is pooled: Σ movements ÷ Σ parc over the years used (not the mean of yearly
 * rates), so a small year weighs what it holds (docs/choix.md « Taux de rotation pluriannuel »). Movements are entrées
 * (new leases), départs, or the mean of both (docs/regles/rotation.md, ARHLM: three choices define a rate).
 */
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { keywordTable, readKeyword } from "./keyword";
import { formatNombre, formatPourcent } from "./text";

export type MethodeRotation = "ENTREES" | "DEPARTS" | "MOYENNE";

export const METHODES_ROTATION = keywordTable<MethodeRotation>("methode", {
  ENTREES: ["entree", "entrées", "entrée", "emmenagements", "baux signes"],
  DEPARTS: ["depart", "départs", "départ", "sorties", "conges"],
  MOYENNE: ["moyenne entrees departs", "mixte", "les deux"],
});

/** Yearly series, oldest first, all of the same length. */
export interface Mouvements {
  readonly parc: readonly number[];
  readonly entrees: readonly number[];
  readonly departs?: readonly number[] | undefined;
}

/** Reads the method; blank gives ENTREES, or MOYENNE when départs are given. */
export function readMethode(value: unknown, hasDeparts: boolean): Result<MethodeRotation> {
  return readKeyword(value, METHODES_ROTATION, hasDeparts ? "MOYENNE" : "ENTREES");
}

/**
 * Pooled rotation rate over the `annees` most recent years (default: all), as a fraction.
 * A rate of exactly 100 % is allowed; above is an error, a nil parc is a division by zero.
 */
export function tauxRotation(m: Mouvements, methode: MethodeRotation, annees?: number): Result<number> {
  const n = m.parc.length;
  if (m.entrees.length !== n || (m.departs !== undefined && m.departs.length !== n)) {
    const lengths = [`« parc » (${n})`, `« entrees » (${m.entrees.length})`];
    if (m.departs) lengths.push(`« departs » (${m.departs.length})`);
    return fail("LONGUEURS_DIFFERENTES", { detail: lengths.join(", "), argument: "année" });
  }
  if (methode !== "ENTREES" && m.departs === undefined) return fail("DEPARTS_MANQUANTS", { valeur: methode });
  const years = annees ?? n;
  if (!Number.isInteger(years) || years < 1 || years > n) {
    return fail("ANNEES_INVALIDES", { valeur: annees === undefined ? "" : formatNombre(annees), detail: String(n) });
  }
  let parc = 0;
  let entrees = 0;
  let departs = 0;
  for (let i = n - years; i < n; i++) {
    parc += m.parc[i] ?? 0;
    entrees += m.entrees[i] ?? 0;
    departs += m.departs?.[i] ?? 0;
  }
  if (!Number.isFinite(parc)) return fail("NOMBRE_DEMESURE", { argument: "parc" });
  if (parc === 0) return fail("PARC_NUL");
  // Half of each rather than half the sum: two counts near Excel's largest number stay finite.
  const mouvements = methode === "ENTREES" ? entrees : methode === "DEPARTS" ? departs : entrees / 2 + departs / 2;
  if (!Number.isFinite(mouvements))
    return fail("NOMBRE_DEMESURE", { argument: methode === "DEPARTS" ? "departs" : "entrees" });
  const taux = mouvements / parc;
  if (taux > 1 + 1e-12) return fail("TAUX_SUPERIEUR_100", { valeur: formatPourcent(taux) });
  return ok(taux);
}
