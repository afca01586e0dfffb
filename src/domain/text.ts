/**
 * Comparing what users type: labels, keywords, names.
 */

/** Characters that are never seen (zero-width space and joiners, soft hyphen, BOM…): dropped, not a space. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Accents of the Latin, Greek and Cyrillic letters, once decomposed (NFKD). */
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Runs of what is neither a letter, a digit nor a mark (of any script). */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * Folds text for comparison: accents removed, lower case, every run of what is neither a letter nor a
 * digit (of any script) turned into one space, trimmed; invisible characters (zero-width space or
 * joiner, soft hyphen) are dropped. "Mise à disposition", "MISE_A_DISPOSITION" and " mise a  disposition "
 * all fold to "mise a disposition"; « Банк » folds to "банк" and « 日本 » to "日本", never to the same
 * key; « ? », « - » or « 🏠 » fold to "" (no letter nor digit: callers refuse such a name). Compatibility
 * forms are unfolded first (NFKD: « ﬁ » → "fi", « º » → "o", full-width letters), and the ligatures
 * œ and æ read as oe and ae, as a French reader does.
 *
 * Text made of Latin characters up to U+017F (every French name) is folded character by character
 * through a table built with the general rule ({@link foldUnicode}), about five times faster.
 */
export function foldText(text: string): string {
  if (text.length > FOLD_BUFFER.length / 2) return foldUnicode(text);
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const piece = c < LATIN_LIMIT ? (LATIN_FOLDED[c] as number) : UNFOLDED;
    if (piece === UNFOLDED) return foldUnicode(text);
    if (piece === SEPARATOR) {
      space = n > 0;
      continue;
    }
    if (space) {
      FOLD_BUFFER[n++] = 32;
      space = false;
    }
    FOLD_BUFFER[n++] = piece & 0xffff;
    if (piece > 0xffff) FOLD_BUFFER[n++] = piece >>> 16;
  }
  // One string built from the code units: no chain of concatenations to flatten later.
  return String.fromCharCode.apply(null, FOLD_BUFFER.subarray(0, n) as unknown as number[]);
}

/** The general rule of {@link foldText}, for any text (exported for the test that checks the table). */
export function foldUnicode(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .normalize("NFKD")
    .toLowerCase()
    .normalize("NFD")
    .replace(ACCENTS, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(SEPARATORS, " ")
    .trim();
}

const LATIN_LIMIT = 0x180;
const SEPARATOR = -1;
const UNFOLDED = -2;
/** Code units of the name being folded (one buffer: folding never nests). */
const FOLD_BUFFER = new Uint16Array(4096);
/**
 * Folded form of each character below LATIN_LIMIT: one or two code units packed (œ → "oe"), or
 * SEPARATOR; UNFOLDED for the few that do not fold alone (Ŀ is L and a middle dot, the soft hyphen
 * is dropped), whose text takes the general rule.
 */
const LATIN_FOLDED = Int32Array.from({ length: LATIN_LIMIT }, (_, c) => {
  const piece = foldUnicode(String.fromCharCode(c));
  const inWord = foldUnicode(`a${String.fromCharCode(c)}b`);
  if (inWord !== (piece === "" ? "a b" : `a${piece}b`) || piece.length > 2) return UNFOLDED;
  if (piece === "") return SEPARATOR;
  return piece.length === 1 ? piece.charCodeAt(0) : piece.charCodeAt(0) | (piece.charCodeAt(1) << 16);
});

/**
 * Display order of réservataires: by folded name ({@link foldText}: accents, case and punctuation
 * aside), which is the French dictionary order of Latin names (space, then digits, then letters),
 * then as written. Plain comparisons of keys computed once: a million names sort in about a second,
 * where a French collator (`localeCompare(…, "fr")`) took ten (issue 25).
 */
export function compareCles(
  a: { readonly cle: string; readonly nom: string },
  b: { readonly cle: string; readonly nom: string },
): number {
  return a.cle < b.cle ? -1 : a.cle > b.cle ? 1 : a.nom < b.nom ? -1 : a.nom > b.nom ? 1 : 0;
}

const FR_NUMBER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 });
const FR_PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 2 });

/** A number written the French way, with no-break spaces: 5367.5 → "5 367,5". */
export function formatNombre(n: number): string {
  return sansMoinsZero(
    FR_NUMBER.format(n)
      .replace(/\u202f/g, "\u00a0")
      .replace(/\u2212/g, "-"),
  );
}

/** A fraction written as a French percentage: 0.125 → "12,5 %". */
export function formatPourcent(n: number): string {
  return sansMoinsZero(FR_PERCENT.format(n).replace(/\u202f/g, "\u00a0"));
}

/**
 * A formatted number without the sign of a zero: Intl writes « -0 » for -0 and for what rounds to
 * zero (-0.00001 → « -0 », « -0 % »); nobody reads a zero as negative.
 */
export function sansMoinsZero(text: string): string {
  return /^[-\u2212]/.test(text) && !/[1-9]/.test(text) ? text.slice(1) : text;
}

/**
 * A figure as a sheet will show it with `decimals` places (a format such as « +0.0;-0.0;0.0 »):
 * rounded, so that the cell holds what it shows, and never -0, so that a small negative gap is not
 * shown « -0.0 » (Excel's format would keep the sign of -0.04).
 */
export function arrondiAffiche(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // Half away from zero, as Excel rounds what it shows (-0.15 → -0.2).
  const r = (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
  return r === 0 ? 0 : r;
}

/**
 * Text without the spaces around it, of any kind (docs/choix.md « Identifiants de logement et espaces »): ordinary,
 * no-break (U+00A0), narrow no-break (U+202F), the other Unicode spaces, and the zero-width space (U+200B) that
 * JavaScript's trim keeps. Dwelling ids are read through it everywhere, so that « L1 » and « L1 » + NBSP match across
 * tables.
 */
export function trimSpaces(s: string): string {
  if (s.length > 0) {
    const a = s.charCodeAt(0);
    const b = s.charCodeAt(s.length - 1);
    // The usual case, visible ASCII at both ends: no copy.
    if (a > 32 && a < 127 && b > 32 && b < 127) return s;
  }
  return s.replace(/^[\s\u200b]+|[\s\u200b]+$/g, "");
}

/** A cell's value as the user sees it, for messages ("VRAI", "12,5", "texte"). */
export function displayValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNombre(value);
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? "" : "?";
}

/**
 * A value quoted as the user typed it (docs/choix.md « Messages : citation de ce qui a été tapé »), for a message
 * about a date: a number without thousand separators (20240110, not « 20 240 110 », which reads as a count), a decimal
 * comma; other values as {@link displayValue} shows them.
 */
export function displayTyped(value: unknown): string {
  return typeof value === "number" ? String(value).replace(".", ",") : displayValue(value);
}

/**
 * A count with its noun agreed, French style (0 and 1 take the singular): `accord(1, "erreur")` →
 * "1 erreur", `accord(6, "erreur")` → "6 erreurs", `accord(3979, "logement lu", "logements lus")` →
 * "3 979 logements lus". Never « erreur(s) ».
 */
export function accord(n: number, singulier: string, pluriel = `${singulier}s`): string {
  return `${formatNombre(n)} ${Math.abs(n) >= 2 ? pluriel : singulier}`;
}
