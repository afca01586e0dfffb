/**
 * What `gef echeances`, `gef navette` and `gef vacance` share: today's date, the date and count
 * options read as the pane reads its fields, the journal and dwelling files read into one list of
 * sheets, and the convention's vacancy rules (docs/regles/vacances.md).
 */
import { readTypedCount, readTypedDate, serialFromParts, type ReglesVacances, type SheetRead } from "../../domain";
import { typedOption } from "../options";
import { readGrids } from "../xlsx";

/** Today (the computer's calendar day), as an Excel serial day. */
export function aujourdhui(): number {
  const d = new Date();
  return serialFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate()) ?? 0;
}

/** A date option (`--au`, `--date`…), read as a pane field; undefined when not given. */
export function dateOption(command: string, option: string, text: string | undefined): number | undefined {
  return text === undefined ? undefined : typedOption(readTypedDate(text, `--${option}`), command);
}

/** A count of days (`--jours`); `defaut` when not given. */
export function joursOption(command: string, text: string | undefined, defaut: number): number {
  return text === undefined ? defaut : typedOption(readTypedCount(text, "--jours", "jours"), command);
}

/** The vacancy rules `gef` applies: a month's delay, a retour bailleur counted, no validation step unless `--validation N`. */
export function reglesOption(command: string, validation: string | undefined): ReglesVacances {
  const v =
    validation === undefined ? undefined : typedOption(readTypedCount(validation, "--validation", "jours"), command);
  return { retourBailleurCompte: true, validationJours: v };
}

/**
 * The journal's sheets, then the dwelling table's (`parc`, when another file): one list, as a
 * workbook holding both would give them; a sheet name met twice is suffixed « (parc) ».
 */
export async function lireJournalEtParc(journal: string, parc: string | undefined): Promise<SheetRead[]> {
  const j = (await readGrids(journal)).sheets;
  if (parc === undefined) return [...j];
  const p = (await readGrids(parc)).sheets;
  const names = new Set(j.map((s) => s.name));
  return [...j, ...p.map((s) => (names.has(s.name) ? { ...s, name: `${s.name} (parc)`.slice(0, 31) } : s))];
}
