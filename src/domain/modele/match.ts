/**
 * Finding a template line by its label, whatever the wording users gave it.
 *
 * A label becomes a set of tokens: folded (accents, case, punctuation and spacing ignored, see
 * {@link foldText}), without French stop words (de, du, les, dont...), without numbers (years, dates)
 * nor row references such as « (L13-L23) », without one-letter tokens, and with a final « s »
 * dropped from words of five letters or more (« réservataires » = « réservataire »). A few
 * abbreviations are expanded (« logts » → logement, « courriel » → mail).
 *
 * A cell matches a row when the Dice coefficient of their token sets, 2 |C ∩ V| ÷ (|C| + |V|), reaches
 * {@link LABEL_THRESHOLD} for one of the row's label variants, or when the cell holds every token of a
 * variant of three tokens or more (scored {@link CONTAINMENT_SCORE}: a longer label that keeps the
 * model's words, e.g. a note added in brackets). The best score wins, then the earlier row of the
 * model, so matching is deterministic (docs/choix.md « Modèle DDETS : repérage des lignes par leur libellé »).
 */
import { foldText } from "../text";

/**
 * Lowest Dice score accepted for a label (docs/choix.md « Modèle DDETS : repérage des lignes par leur libellé »):
 * tolerates a changed or added word, not another line.
 */
export const LABEL_THRESHOLD = 0.7;
/**
 * Score of a cell that contains every token of a variant of three tokens or more (docs/choix.md
 * « Modèle DDETS : repérage des lignes par leur libellé »).
 */
export const CONTAINMENT_SCORE = 0.75;
/** Answers a matcher remembers (labels come back at every check of a workbook). */
const MEMO_SIZE = 4096;

// « total » is a stop word so that « Logements exclus (total) » and « Total logements exclus » meet;
// a total still differs from its « dont » rows by the rest of its label.
const STOP_WORDS = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "au",
  "aux",
  "en",
  "et",
  "ou",
  "pour",
  "sur",
  "dans",
  "par",
  "un",
  "une",
  "dont",
  "avec",
  "entre",
  "selon",
  "si",
  "nombre",
  "nb",
  "total",
  "a",
]);

const SYNONYMS: Readonly<Record<string, string>> = {
  logts: "logement",
  logt: "logement",
  lgts: "logement",
  lgt: "logement",
  courriel: "mail",
  email: "mail",
  mel: "mail",
  tel: "telephone",
};

/** Tokens of a label, as compared (see the module's comment). */
export function labelTokens(text: string): string[] {
  const out = new Set<string>();
  for (const raw of foldText(text).split(" ")) {
    if (raw.length < 2 || /^\d+$/.test(raw) || /^l\d+$/.test(raw) || STOP_WORDS.has(raw)) continue;
    const word = SYNONYMS[raw] ?? raw;
    out.add(word.length > 4 && word.endsWith("s") ? word.slice(0, -1) : word);
  }
  return [...out];
}

/** A label candidate: the key it stands for and one accepted wording. */
export interface LabelCandidate<K extends string> {
  readonly key: K;
  readonly text: string;
}

export interface LabelMatch<K extends string> {
  readonly key: K;
  readonly score: number;
}

/** A matcher: a cell's text → the best key, or `undefined` below the threshold. */
export type LabelMatcher<K extends string> = (text: string) => LabelMatch<K> | undefined;

/**
 * Builds a matcher over candidates (several per key). Cost per call: the cell's tokens times the
 * candidates sharing each token (an inverted index), not the number of candidates.
 */
export function createLabelMatcher<K extends string>(candidates: readonly LabelCandidate<K>[]): LabelMatcher<K> {
  const sizes: number[] = [];
  const keys: K[] = [];
  const postings = new Map<string, number[]>();
  for (const c of candidates) {
    const tokens = labelTokens(c.text);
    if (tokens.length === 0) continue;
    const id = keys.length;
    keys.push(c.key);
    sizes.push(tokens.length);
    for (const t of tokens) {
      const list = postings.get(t);
      if (list) list.push(id);
      else postings.set(t, [id]);
    }
  }
  const order = new Map<K, number>();
  for (const k of keys) if (!order.has(k)) order.set(k, order.size);
  // The same labels come back at every check of a workbook: remember the last few thousand answers.
  const memo = new Map<string, LabelMatch<K> | undefined>();
  const match = (text: string): LabelMatch<K> | undefined => {
    const tokens = labelTokens(text);
    if (tokens.length === 0) return undefined;
    const shared = new Map<number, number>();
    for (const t of tokens) for (const id of postings.get(t) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    let best: LabelMatch<K> | undefined;
    let bestOrder = Infinity;
    for (const [id, n] of shared) {
      const size = sizes[id] ?? 0;
      const key = keys[id];
      if (key === undefined) continue;
      let score = (2 * n) / (tokens.length + size);
      if (n === size && size >= 3) score = Math.max(score, CONTAINMENT_SCORE);
      if (score < LABEL_THRESHOLD) continue;
      const rank = order.get(key) ?? Infinity;
      if (best === undefined || score > best.score || (score === best.score && rank < bestOrder)) {
        best = { key, score };
        bestOrder = rank;
      }
    }
    return best;
  };
  return (text) => {
    if (memo.has(text)) return memo.get(text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    const found = match(text);
    memo.set(text, found);
    return found;
  };
}

/**
 * Matches a label cell, then, when nothing matched and the cell holds a colon, the part before it:
 * « Nom du bailleur : ERILIA » is the « Nom du bailleur » line answered in the same cell.
 */
export function matchLabelCell<K extends string>(matcher: LabelMatcher<K>, text: string): LabelMatch<K> | undefined {
  const whole = matcher(text);
  if (whole !== undefined) return whole;
  const colon = text.indexOf(":");
  return colon > 0 ? matcher(text.slice(0, colon)) : undefined;
}

/** The answer typed after the colon of a label cell (« mail : a@b.fr » → « a@b.fr »), or "". */
export function inlineAnswer(text: string): string {
  const colon = text.indexOf(":");
  return colon < 0 ? "" : text.slice(colon + 1).trim();
}

/** The last year (1900-2099) written in a label: « au 01/01/2022 » → 2022, « en 2024 » → 2024. */
export function yearInLabel(text: string): number | undefined {
  const years = text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g);
  const last = years?.[years.length - 1];
  return last === undefined ? undefined : Number(last);
}
