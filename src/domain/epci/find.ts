/**
 * Finding an EPCI from what a user typed: a SIREN, an acronym or a name, complete or not.
 *
 * Tried in this order, the first that designates exactly one candidate wins (docs/choix.md
 * « EPCI d'une commune, sigles »): 1. a SIREN (9 digits, spaces allowed, or a number);
 * 2. the acronym (« CASA », « casa »; see sigles.ts);
 * 3. the name, accents, case, punctuation and small words ignored, long forms read as the short ones
 *    (« Communauté d'agglomération de Sophia Antipolis » = « CA de Sophia Antipolis »);
 * 4. part of the name: every word typed is in the name (« Sophia Antipolis », « Pays de Grasse »,
 *    « Nice »), or every distinctive word of the name is in what was typed (« CASA - Sophia Antipolis
 *    (06) »);
 * 5. a word typed is an acronym (« EPCI CASA »).
 * Anything ambiguous gives `undefined`: the caller reports it rather than guess.
 */
import { foldText } from "../text";
import { normaliseSiren } from "./codes";
import { allEpci, epciBySiren, type EpciEntry } from "./table";
import type { EpciRef } from "./types";

const SMALL = new Set(["d", "de", "des", "du", "l", "la", "le", "les", "et", "en", "a", "au", "aux", "sur"]);
/** Words that say what kind of EPCI it is, not which one. */
const KIND = new Set(["ca", "cc", "cu", "metropole", "communaute", "agglomeration", "communes", "urbaine", "epci"]);

function words(text: string): string[] {
  const folded = foldText(text)
    .replace(/\bcommunaute d agglomeration\b/g, "ca")
    .replace(/\bcommunaute de communes\b/g, "cc")
    .replace(/\bcommunaute urbaine\b/g, "cu")
    .replace(/\bst\b/g, "saint");
  return folded.split(" ").filter((w) => w !== "" && !SMALL.has(w));
}

interface Prepared {
  readonly epci: EpciRef;
  readonly sigle: string;
  readonly key: string;
  readonly words: ReadonlySet<string>;
  readonly distinctive: readonly string[];
}

const cache = new WeakMap<readonly EpciRef[], readonly Prepared[]>();

function prepare(list: readonly EpciRef[]): readonly Prepared[] {
  const seen = cache.get(list);
  if (seen) return seen;
  const out = list.map((epci) => {
    const w = words(epci.nom);
    const sigle = epci.sigle ?? epciBySiren(epci.siren)?.sigle ?? "";
    return {
      epci,
      sigle: sigle.toLowerCase(),
      key: w.join(" "),
      words: new Set(w),
      distinctive: w.filter((x) => !KIND.has(x)),
    };
  });
  cache.set(list, out);
  return out;
}

function only(list: readonly Prepared[], test: (p: Prepared) => boolean): EpciRef | undefined {
  let found: EpciRef | undefined;
  for (const p of list) {
    if (!test(p)) continue;
    if (found !== undefined && found !== p.epci) return undefined;
    found = p.epci;
  }
  return found;
}

/**
 * The EPCI a text designates among `candidates` (default: every EPCI of France); see the module's
 * rules. With candidates, the candidate object itself is returned.
 */
export function findEpci(query: string | number): EpciEntry | undefined;
export function findEpci<T extends EpciRef>(query: string | number, candidates: readonly T[]): T | undefined;
export function findEpci<T extends EpciRef>(
  query: string | number,
  candidates?: readonly T[],
): T | EpciEntry | undefined;
export function findEpci(query: string | number, candidates?: readonly EpciRef[]): EpciRef | undefined {
  const list = prepare(candidates ?? allEpci());
  const siren = normaliseSiren(query);
  if (siren !== undefined) return list.find((p) => p.epci.siren === siren)?.epci;
  if (typeof query !== "string") return undefined;
  const compact = foldText(query).replace(/ /g, "");
  if (compact === "") return undefined;
  const steps: ((p: Prepared) => boolean)[] = [];
  const typed = words(query);
  const key = typed.join(" ");
  const distinct = typed.filter((w) => !KIND.has(w));
  steps.push((p) => p.sigle !== "" && p.sigle === compact);
  steps.push((p) => p.key === key);
  if (distinct.length > 0) {
    steps.push((p) => distinct.every((w) => p.words.has(w)));
    steps.push((p) => p.distinctive.length > 0 && p.distinctive.every((w) => typed.includes(w)));
  }
  steps.push((p) => p.sigle.length >= 3 && typed.includes(p.sigle));
  for (const step of steps) {
    const found = only(list, step);
    if (found !== undefined) return found;
    // Several candidates at one step is ambiguous: stop there rather than guess at a looser one.
    if (list.some(step)) return undefined;
  }
  return undefined;
}
