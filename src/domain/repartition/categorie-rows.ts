/**
 * What the table's count (count-repartition.ts) and the état des lieux's (edl-repartition.ts) share:
 * the matrices' shape, the row a label counts in, the order of the non-mapped labels. Internal to the
 * breakdowns (not exported by the domain's index).
 */
import { AUTRES_RESERVATAIRES } from "./categories";
import { LIGNE_NON_MAPPES, LIGNE_TYPOLOGIE_NON_CLASSEE, NB_COLONNES, type LibelleNonMappe } from "./repartition";
import { NON_MAPPE } from "./rules";

/** The category × financement and typologie × financement matrices of a breakdown, at zero. */
export function emptyMatrices(): { cf: Int32Array; tf: Int32Array } {
  return {
    cf: new Int32Array((LIGNE_NON_MAPPES + 1) * NB_COLONNES),
    tf: new Int32Array((LIGNE_TYPOLOGIE_NON_CLASSEE + 1) * NB_COLONNES),
  };
}

/**
 * Row of the category matrix where a label of category index `k` counts: its category's; a
 * non-mapped label ({@link NON_MAPPE}) in AUTRES RESERVATAIRES with the user's consent, else in
 * LIGNE_NON_MAPPES. Shared by the table's count and the état des lieux's.
 */
export function categorieRow(k: number, consent: boolean): number {
  return k !== NON_MAPPE ? k : consent ? AUTRES_RESERVATAIRES : LIGNE_NON_MAPPES;
}

/** Order of the non-mapped labels: most dwellings first, then by label. */
export const byLogementCount = (a: LibelleNonMappe, b: LibelleNonMappe): number =>
  b.logements - a.logements || a.libelle.localeCompare(b.libelle, "fr");
