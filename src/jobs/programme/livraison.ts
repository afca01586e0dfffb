/** The year of delivery as typed in the pane's « Programme neuf » section (docs/regles/programmes-neufs.md). */
import { programmeMessage } from "../../domain";

/** The year typed: undefined when empty, a string (the refusal, from the catalogue) when not a year. */
export function lireLivraison(texte: string): number | undefined | string {
  const t = texte.trim();
  if (t === "") return undefined;
  const n = Number(t);
  return /^\d{4}$/.test(t) && n >= 1900 && n <= 2200 ? n : programmeMessage("LIVRAISON_ILLISIBLE", { valeur: t });
}
