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

/** Why a motif is refused (French, for the pane), or `undefined` when it is valid. */
export function erreurMotif(motif: string): string | undefined {
  if (motif.length > MOTIF_LONGUEUR_MAX) {
    return `Le motif fait ${motif.length} caractères : ${MOTIF_LONGUEUR_MAX} au plus.`;
  }
  const corps = motif.trimStart().replace(/^=/, "");
  if (!/[a-z0-9]/.test(foldMotif(corps))) {
    return motif.trim() === ""
      ? "Le motif est vide : tapez un mot du libellé, par exemple PREFECTURE."
      : `Le motif « ${motif} » ne contient ni lettre ni chiffre : tapez au moins un mot du libellé.`;
  }
  return undefined;
}

/**
 * Compiles a valid motif (see {@link erreurMotif}).
 * @throws Error for an invalid motif: callers validate first (a programmer mistake).
 */
export function compileMotif(motif: string): MotifCompile {
  const erreur = erreurMotif(motif);
  if (erreur !== undefined) throw new Error(erreur);
  const debut = motif.trimStart();
  const entier = debut.startsWith("=");
  const mots = foldMotif(entier ? debut.slice(1) : debut).split(" ");
  const corps = mots.map((m) => (/^\*+$/.test(m) ? "[a-z0-9]+" : m.replace(/\*+/g, "[a-z0-9]*"))).join(" ");
  const re = new RegExp(entier ? `^${corps}$` : `(?:^| )${corps}(?: |$)`);
  return { teste: (libelleReplie) => re.test(libelleReplie) };
}
