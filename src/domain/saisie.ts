/**
 * What users type, read by one reader per kind of input, for every pane field and the matching
 * `gef` option: a count, a percentage, a year, a number of years, a date. Each refusal names the
 * field (its label, or the option « --volume »), quotes what was typed and says what to type.
 *
 * Rules (docs/choix.md « Saisies du volet et options de gef », and each field's help text):
 * - a count is a whole number, 0 or more (« 1 234 » is 1234); « 12,5 » is refused, never rounded,
 *   and « 150 % » is refused as a percentage, never read as 1,5;
 * - a percentage is typed in points, with or without « % »: « 5 » and « 5 % » are 5 %, « 12,5 » is
 *   12,5 %, « 0,05 » is 0,05 % (a field marked « % » is read in points, whatever the number: no
 *   threshold where « 0,99 » would turn into 99 % while « 1 » stays 1 %); then checked against the
 *   field's bounds, so « 150 » and « 150 % » get the same answer;
 * - a year is written on four digits, from 1950 to 2200 (« 99 » and « 20245 » are refused);
 * - a number of years is a whole number from 1 to 50 (a year such as « 2024 » is said to be one);
 * - a date is 31/12/2024, 31-12-24, 31.12.2024 or 2024-12-31 (readDateValue), an existing day.
 * Blank text is refused (« rien n'est tapé »); an optional field reads blank as « not given »
 * through {@link readTypedOptional}.
 */
import { readDateValue } from "./dates";
import { failWith, ok, type Problem, type Result } from "./messages/result";
import { saisieMessage, type SaisieCode, type SaisieParams } from "./messages/saisie";
import { parseNumberText } from "./number-text";
import { formatNombre } from "./text";

/** A typed input read, or why not (one problem, whose message says what to type). */
export type Saisie<T> = Result<T, Problem<SaisieCode>>;

/** The first and last year accepted. */
export const ANNEE_MIN = 1950;
export const ANNEE_MAX = 2200;
/** The largest number of years of movements accepted. */
export const NOMBRE_ANNEES_MAX = 50;

const refuse = (code: SaisieCode, p: SaisieParams): Saisie<never> =>
  failWith({ code, message: saisieMessage(code, p) });

/** Digits and separators of a number, once an optional « % » is set apart. */
interface Typed {
  readonly valeur: string;
  readonly percent: boolean;
  readonly n: number | undefined;
}

function typed(text: string): Typed {
  const valeur = text.trim();
  const percent = valeur.endsWith("%");
  const body = percent ? valeur.slice(0, -1).trim() : valeur;
  const n = body === "" ? undefined : parseNumberText(body);
  return { valeur, percent, n: n !== undefined && Number.isFinite(n) ? n : undefined };
}

/**
 * A count (dwellings, events): a whole number, 0 or more.
 * @param unite what is counted, plural (« logements »), in the message
 */
export function readTypedCount(text: string, champ: string, unite = "logements"): Saisie<number> {
  const attendu = `un nombre entier de ${unite}, 0 ou plus, comme 268`;
  const t = typed(text);
  const p = { champ, valeur: t.valeur, attendu, nature: `un nombre de ${unite}` };
  if (t.valeur === "") return refuse("CHAMP_VIDE", p);
  if (t.n === undefined) return refuse("CHAMP_ILLISIBLE", p);
  if (t.percent) return refuse("CHAMP_POURCENTAGE_INATTENDU", p);
  if (t.n < 0) return refuse("CHAMP_HORS_BORNES", { ...p, bornes: "0 ou plus" });
  if (!Number.isInteger(t.n)) return refuse("CHAMP_NON_ENTIER", p);
  return ok(t.n);
}

/** The bounds of a percentage, in points; `minExclu`: the minimum itself is refused (a threshold of 0). */
export interface BornesPourcentage {
  readonly min: number;
  readonly max: number;
  readonly minExclu?: boolean;
}

/** « de 0 à 100 % », « plus de 0 et au plus 100 % ». */
const bornesPourcentage = (b: BornesPourcentage): string =>
  b.minExclu
    ? `plus de ${formatNombre(b.min)} et au plus ${formatNombre(b.max)} %`
    : `de ${formatNombre(b.min)} à ${formatNombre(b.max)} %`;

/** How the percentage rule is told to users, in help texts and messages. */
export const REGLE_POURCENTAGE = "« 25 » et « 25 % » valent 25 %, « 12,5 » vaut 12,5 %, « 1 » vaut 1 %";

/**
 * A percentage typed in points (see the module's rule), as a number of points: « 25 » → 25,
 * « 12,5 % » → 12.5; refused outside the bounds.
 */
export function readTypedPercent(
  text: string,
  champ: string,
  bornes: BornesPourcentage = { min: 0, max: 100 },
): Saisie<number> {
  const attendu = `un pourcentage ${bornesPourcentage(bornes)}, en points (${REGLE_POURCENTAGE})`;
  const t = typed(text);
  const p = { champ, valeur: t.valeur, attendu, nature: "un pourcentage", bornes: bornesPourcentage(bornes) };
  if (t.valeur === "") return refuse("CHAMP_VIDE", p);
  if (t.n === undefined) return refuse("CHAMP_ILLISIBLE", p);
  const points = Math.round(t.n * 1e9) / 1e9;
  if (points < bornes.min || points > bornes.max || (bornes.minExclu === true && points === bornes.min))
    return refuse("CHAMP_HORS_BORNES", p);
  return ok(points);
}

/** A year on four digits, from {@link ANNEE_MIN} to {@link ANNEE_MAX}. */
export function readTypedYear(text: string, champ: string): Saisie<number> {
  const attendu = `une année sur quatre chiffres, de ${ANNEE_MIN} à ${ANNEE_MAX}, comme 2024`;
  const valeur = text.trim();
  const p = { champ, valeur, attendu, nature: "une année", bornes: `de ${ANNEE_MIN} à ${ANNEE_MAX}` };
  if (valeur === "") return refuse("CHAMP_VIDE", p);
  if (!/^\d+$/.test(valeur)) return refuse("CHAMP_ILLISIBLE", p);
  const n = Number(valeur);
  if (valeur.length !== 4 || n < ANNEE_MIN || n > ANNEE_MAX) return refuse("CHAMP_HORS_BORNES", p);
  return ok(n);
}

/** A number of years, whole, from 1 to {@link NOMBRE_ANNEES_MAX}. */
export function readTypedYearCount(text: string, champ: string): Saisie<number> {
  const attendu = `un nombre entier d'années de 1 à ${NOMBRE_ANNEES_MAX}, comme 3`;
  const t = typed(text);
  const p = { champ, valeur: t.valeur, attendu, nature: "un nombre d'années", bornes: `de 1 à ${NOMBRE_ANNEES_MAX}` };
  if (t.valeur === "") return refuse("CHAMP_VIDE", p);
  if (t.n === undefined) return refuse("CHAMP_ILLISIBLE", p);
  if (t.percent) return refuse("CHAMP_POURCENTAGE_INATTENDU", p);
  if (!Number.isInteger(t.n)) return refuse("CHAMP_NON_ENTIER", p);
  if (t.n >= ANNEE_MIN && t.n <= ANNEE_MAX) return refuse("CHAMP_ANNEE_AU_LIEU_DU_NOMBRE", p);
  if (t.n < 1 || t.n > NOMBRE_ANNEES_MAX) return refuse("CHAMP_HORS_BORNES", p);
  return ok(t.n);
}

/** A date typed (31/12/2024, 2024-12-31…), as Excel's serial day number. */
export function readTypedDate(text: string, champ: string): Saisie<number> {
  const attendu = "une date comme 31/12/2024 ou 2024-12-31";
  const valeur = text.trim();
  const p = { champ, valeur, attendu, nature: "une date" };
  if (valeur === "") return refuse("CHAMP_VIDE", p);
  // A bare number is not a date typed by a user (Excel's serial numbers are for cells).
  const serial = /^\d+(?:[.,]\d+)?$/.test(valeur) ? undefined : readDateValue(valeur);
  return serial === undefined ? refuse("CHAMP_ILLISIBLE", p) : ok(serial);
}

/** An optional input: blank is « not given » (undefined); anything else goes through `read`. */
export function readTypedOptional<T>(text: string, read: (text: string) => Saisie<T>): Saisie<T | undefined> {
  return text.trim() === "" ? ok(undefined) : read(text);
}
