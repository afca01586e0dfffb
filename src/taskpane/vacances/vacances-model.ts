/**
 * What the « Vacances » section computes from the workbook read once (src/excel/vacances-actions.ts):
 * the dwelling ids for the search as you type, the proposal and checks of a new vacancy, the list to
 * chase, and the events the user records; all through src/jobs/vacances, as `gef vacance` and
 * `gef echeances` do.
 */
import { DEFAULT_REGLES_DECOMPTE, foldText, serialFromDate, type Evenement, type SheetRead } from "../../domain";
import { readWorkbook, DEFAULT_REGLAGES_SUIVI } from "../../jobs";

/** Suggestions shown under the dwelling field, at most. */
export const SUGGESTIONS_MAX = 8;

/** The rules of the vacancies: one month for every réservataire, retour bailleur counted (docs/choix.md). */
export const REGLES = DEFAULT_REGLES_DECOMPTE;

/** Today as an Excel serial day. */
export const aujourdhui = (): number => Math.floor(serialFromDate(new Date()));

/** The dwelling ids of the workbook's dwelling table (as its index keys them), in table order. */
export function identifiantsLogements(sheets: readonly SheetRead[]): string[] {
  const read = readWorkbook(sheets, DEFAULT_REGLAGES_SUIVI);
  const parc = "parc" in read ? read.parc : undefined;
  if (parc === undefined) return [];
  return [...parc.index.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

/** The ids that start with what was typed (compared without case, accents or spaces), then those containing it. */
export function suggestions(ids: readonly string[], typed: string, max = SUGGESTIONS_MAX): string[] {
  const t = foldText(typed).replace(/ /g, "");
  if (t === "") return [];
  const starts: string[] = [];
  const contains: string[] = [];
  for (const id of ids) {
    const f = foldText(id).replace(/ /g, "");
    if (f === t) return [id];
    if (f.startsWith(t)) starts.push(id);
    else if (contains.length < max && f.includes(t)) contains.push(id);
    if (starts.length >= max) break;
  }
  return [...starts, ...contains].slice(0, max);
}

/** The next stages recorded from « À relancer », in the order they happen. */
export const ETAPES_SUIVANTES: readonly Evenement[] = [
  "DESIGNATION",
  "PROPOSITION",
  "ATTRIBUTION",
  "BAIL",
  "REFUS",
  "RETOUR_BAILLEUR",
];

/** « 9 jours de retard », « aujourd'hui », « dans 3 jours ». */
export function joursRestantsTexte(jours: number): string {
  if (jours < 0) return `${-jours} jour${jours < -1 ? "s" : ""} de retard`;
  if (jours === 0) return "limite aujourd'hui";
  return `${jours} jour${jours > 1 ? "s" : ""} restant${jours > 1 ? "s" : ""}`;
}
