/**
 * EPCI acronyms (« sigles »), as templates and bailleurs' tables name their columns.
 *
 * The découpage administratif gives none. Known acronyms come first: the seven EPCI of the
 * Alpes-Maritimes (CAPL, not the derived « CACPL »). Others are derived from the official name (docs/choix.md
 * « EPCI d'une commune, sigles »):
 * - a leading « CA », « CC » or « CU » is kept whole (the kind of EPCI, as locally written);
 * - then the first letter of every other word, words being cut at spaces, hyphens and apostrophes,
 *   French articles and prepositions (de, du, la, les, l', d', et, en, sur…) left out;
 * - « CA du Pays de Grasse » → CAPG, « Métropole Toulon-Provence-Méditerranée » → MTPM,
 *   « Métropole Européenne de Lille » → MEL, « CC Alpes d'Azur » → CCAA.
 * A derived acronym shared by two EPCI, or equal to a known one, is dropped (`undefined`) so that an
 * acronym always names one EPCI.
 */
import { foldName } from "./fold-name";
import { EPCI_HORS_MODELE_06, EPCI_MODELE_06 } from "./alpes-maritimes";

const KIND = new Set(["ca", "cc", "cu"]);
const SKIP = new Set([
  "a",
  "au",
  "aux",
  "d",
  "de",
  "des",
  "du",
  "en",
  "et",
  "l",
  "la",
  "le",
  "les",
  "lez",
  "sous",
  "sur",
]);

/** Acronyms known locally, by SIREN. */
export const SIGLES_CONNUS: ReadonlyMap<string, string> = new Map(
  [...EPCI_MODELE_06, ...EPCI_HORS_MODELE_06].flatMap((e) => (e.sigle ? [[e.siren, e.sigle] as const] : [])),
);

/** The acronym derived from an official name (see the module's rule); `undefined` if under 2 letters. */
export function deriveSigle(nom: string): string | undefined {
  const words = foldName(nom).split(" ");
  let out = "";
  words.forEach((w, i) => {
    if (w === "") return;
    if (i === 0 && KIND.has(w)) out += w;
    else if (!SKIP.has(w)) out += w.charAt(0);
  });
  return out.length >= 2 ? out.toUpperCase() : undefined;
}

/**
 * Acronyms of a list of EPCI, in the same order: the known one, else the derived one when no other
 * EPCI of the list (nor a known acronym) has it, else `undefined`.
 */
export function assignSigles(
  epci: readonly { readonly siren: string; readonly nom: string }[],
): (string | undefined)[] {
  const derived = epci.map((e) => (SIGLES_CONNUS.has(e.siren) ? undefined : deriveSigle(e.nom)));
  const uses = new Map<string, number>();
  for (const s of SIGLES_CONNUS.values()) uses.set(s, 2);
  for (const s of derived) if (s !== undefined) uses.set(s, (uses.get(s) ?? 0) + 1);
  return epci.map((e, i) => {
    const known = SIGLES_CONNUS.get(e.siren);
    if (known !== undefined) return known;
    const s = derived[i];
    return s !== undefined && uses.get(s) === 1 ? s : undefined;
  });
}
