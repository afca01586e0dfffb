/**
 * The motifs of the category rules: a small pattern language users type in the pane.
 *
 * Syntaxe (texte de l'aide du volet) :
 * - Les majuscules, les accents et la ponctuation ne comptent pas : « Préfecture », « PREFECTURE » et
 *   « préfecture. » sont le même motif ; l'apostrophe et le tiret séparent les mots
 *   (« L'ÉTAT » s'écrit aussi « L ETAT »).
 * - Le motif est cherché **dans** le libellé, par **mots entiers** : « ETAT » reconnaît
 *   « AGENTS DE L'ÉTAT » mais ni « ÉTATS-UNIS » ni « PRÉFETAT » ; « VILLE DE » reconnaît « VILLE DE NICE ».
 * - `*` tient lieu de lettres ou de chiffres dans un mot : « FONCTIONNAIRE* » reconnaît « FONCTIONNAIRE »
 *   et « FONCTIONNAIRES », « MINIST* » reconnaît « MINISTÈRE » et « MINISTÉRIEL » ; un `*` seul tient lieu d'un mot
 *   quelconque : « VILLE * NICE » reconnaît « VILLE DE NICE ».
 * - Un motif qui commence par `=` doit correspondre au libellé **entier** : « =ETAT » reconnaît « État »
 *   mais pas « Agents de l'État ».
 * - Les règles sont essayées dans l'ordre de la liste : la première qui reconnaît le libellé décide.
 */
import { repartitionProblem } from "../messages/repartition";
import { failWith, ok, type Problem, type Result } from "../messages/result";

/** Longest motif accepted: a label of a réservataire is a few words. */
export const MOTIF_LONGUEUR_MAX = 200;

/** Folds like foldText (text.ts) but keeps `*`: accents removed, lower case, other signs → one space. */
function foldMotif(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9*]+/g, " ")
    .trim();
}

/** A motif once compiled: tested on labels already folded with foldText. */
export interface MotifCompile {
  /** True when the folded label matches. */
  readonly teste: (libelleReplie: string) => boolean;
}

/** Why a motif is refused: a code of the catalogue (src/domain/messages/repartition.ts). */
export type MotifCode = "MOTIF_TROP_LONG" | "MOTIF_VIDE" | "MOTIF_SANS_LETTRE";

/** Why a motif is refused (code and French message, for the pane), or `undefined` when it is valid. */
export function motifProblem(motif: string): Problem<MotifCode> | undefined {
  if (motif.length > MOTIF_LONGUEUR_MAX) {
    return repartitionProblem("MOTIF_TROP_LONG", { valeur: String(motif.length), attendu: String(MOTIF_LONGUEUR_MAX) });
  }
  const corps = motif.trimStart().replace(/^=/, "");
  if (!/[a-z0-9]/.test(foldMotif(corps))) {
    return motif.trim() === ""
      ? repartitionProblem("MOTIF_VIDE")
      : repartitionProblem("MOTIF_SANS_LETTRE", { valeur: motif });
  }
  return undefined;
}

/** Why a motif is refused (French, for the pane), or `undefined` when it is valid. */
export function errorMotif(motif: string): string | undefined {
  return motifProblem(motif)?.message;
}

/**
 * True when the word `w` (letters and digits) matches the word pattern `p`, where `*` stands for
 * any letters or digits, none included. Greedy with a single backtrack point, as shell globbing:
 * at most |p| × |w| steps whatever the pattern (no regular expression, so no catastrophic
 * backtracking on « a*a*a*…z »).
 */
function motCorrespond(p: string, w: string): boolean {
  let i = 0;
  let j = 0;
  let etoile = -1;
  let reprise = 0;
  while (j < w.length) {
    const c = p.charCodeAt(i);
    if (i < p.length && c !== 42 && c === w.charCodeAt(j)) {
      i++;
      j++;
    } else if (i < p.length && c === 42) {
      etoile = i++;
      reprise = j;
    } else if (etoile >= 0) {
      i = etoile + 1;
      j = ++reprise;
    } else {
      return false;
    }
  }
  while (i < p.length && p.charCodeAt(i) === 42) i++;
  return i === p.length;
}

/** True when the motif's words match the label's words from `debut` on, one for one. */
function motsCorrespondent(motifs: readonly string[], mots: readonly string[], debut: number): boolean {
  for (let k = 0; k < motifs.length; k++) {
    if (!motCorrespond(motifs[k] ?? "", mots[debut + k] ?? "")) return false;
  }
  return true;
}

/**
 * Compiles a motif (see the syntax above), or returns why it is refused: never throws, whatever
 * the user typed or a workbook's stored rules hold. Matching takes at most (motif length) × (label
 * length) steps: linear in the label.
 */
export function compileMotif(motif: string): Result<MotifCompile, Problem<MotifCode>> {
  const refus = motifProblem(motif);
  if (refus !== undefined) return failWith(refus);
  const debut = motif.trimStart();
  const entier = debut.startsWith("=");
  const motifs = foldMotif(entier ? debut.slice(1) : debut).split(" ");
  const sansEtoile = !motifs.some((m) => m.includes("*"));
  const texte = motifs.join(" ");
  const teste = (libelleReplie: string): boolean => {
    if (sansEtoile) return entier ? libelleReplie === texte : contientMots(libelleReplie, texte);
    if (libelleReplie === "") return false;
    const mots = libelleReplie.split(" ");
    if (entier) return mots.length === motifs.length && motsCorrespondent(motifs, mots, 0);
    for (let d = 0; d + motifs.length <= mots.length; d++) if (motsCorrespondent(motifs, mots, d)) return true;
    return false;
  };
  return ok({ teste });
}

/** True when `texte` occurs in `libelle` as whole words (bounded by the ends or spaces). */
function contientMots(libelle: string, texte: string): boolean {
  for (let at = libelle.indexOf(texte); at >= 0; at = libelle.indexOf(texte, at + 1)) {
    const fin = at + texte.length;
    if ((at === 0 || libelle.charCodeAt(at - 1) === 32) && (fin === libelle.length || libelle.charCodeAt(fin) === 32))
      return true;
  }
  return false;
}
