/** How GEF names things in messages, tables and sheets, the same in the pane, `gef` and the functions. */
import type { EpciRef } from "../epci/types";
import type { BilanRow } from "../decompte";

/** The EPCI as users call it: its acronym when one is known (« CASA »), else its official name. */
export const epciName = (e: EpciRef): string => e.sigle ?? e.nom;

/** Headers of the DECOMPTE bilan table (=GEF.DECOMPTE and `gef decompte`). */
export const DECOMPTE_HEADER: readonly string[] = [
  "Réservataire",
  "Mises à disposition",
  "Propositions",
  "Attributions",
  "Baux signés",
  "Taux de chute",
];

/** One row of the DECOMPTE bilan table; the taux de chute is a fraction, "" without any mise à disposition. */
export function decompteRow(l: BilanRow): (string | number)[] {
  return [l.reservataire, l.misesADisposition, l.propositions, l.attributions, l.baux, l.tauxChute ?? ""];
}
