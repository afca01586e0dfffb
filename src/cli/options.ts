/**
 * Reading the template commands' options: the State's shares, the rotation method and years.
 * Shares are typed as percentages (« 25 », « 25 % », « 12,5 ») and handed to the domain as fractions.
 */
import {
  controlePartEtat,
  readPartEtat,
  readMethode,
  readTypedYearCount,
  type MethodeRotation,
  type Saisie,
} from "../domain";
import { CliError } from "./errors";

/** The State's shares, as fractions (undefined: the domain's default, the legal ceilings). */
export interface Parts {
  readonly partPrioritaires?: number;
  readonly partFonctionnaires?: number;
}

/**
 * A share option as a fraction, read by the same rule as the pane (`readPartEtat`: « 1 » is 1 %);
 * undefined when not given. Above the legal ceiling, refused unless `--convention` says a signed
 * convention sets it (`controlePartEtat`).
 */
export function percentOption(
  option: "part-prioritaires" | "part-fonctionnaires",
  text: string | undefined,
  convention = false,
): number | undefined {
  if (text === undefined) return undefined;
  const read = readPartEtat(text, `--${option}`);
  if (!read.ok) throw new CliError("ARGUMENTS", { detail: withoutFinalStop(read.error.message) });
  const refus = controlePartEtat(
    option === "part-prioritaires" ? "partPrioritaires" : "partFonctionnaires",
    read.value,
    convention,
  );
  if (refus !== undefined) throw new CliError("PART_PLAFOND", { option, detail: refus });
  return read.value;
}

/** The State's shares from `--part-prioritaires` and `--part-fonctionnaires` (`--convention` to pass a ceiling). */
export function partsOption(values: {
  "part-prioritaires"?: unknown;
  "part-fonctionnaires"?: unknown;
  convention?: unknown;
}): Parts {
  const convention = values.convention === true;
  const prio = percentOption("part-prioritaires", str(values["part-prioritaires"]), convention);
  const fonct = percentOption("part-fonctionnaires", str(values["part-fonctionnaires"]), convention);
  return {
    ...(prio === undefined ? {} : { partPrioritaires: prio }),
    ...(fonct === undefined ? {} : { partFonctionnaires: fonct }),
  };
}

/** `--methode`: ENTREES (default), DEPARTS or MOYENNE, accents and case ignored. */
export function methodeOption(text: string | undefined): MethodeRotation {
  const r = readMethode(text ?? null, false);
  if (!r.ok) throw new CliError("METHODE_OPTION", { detail: r.error.message });
  return r.value;
}

/** `--annees`: a number of years from 1 to 50 (readTypedYearCount, as the pane's field), or undefined (all years). */
export function anneesOption(text: string | undefined, command?: string): number | undefined {
  return text === undefined ? undefined : typedOption(readTypedYearCount(text, "--annees"), command);
}

/** « … comme 268. » without its final stop: CliError's ARGUMENTS adds one before « Tapez « gef … --aide » ». */
const withoutFinalStop = (message: string): string => message.replace(/\.$/, "");

/**
 * An option read by one of the domain's readers of what users type (src/domain/saisie.ts, the same
 * as the pane's fields): its value, or exit 2 with the reader's message (« --volume : « 12,5 » n'est
 * pas un nombre entier… »).
 */
export function typedOption<T>(read: Saisie<T>, command?: string): T {
  if (read.ok) return read.value;
  throw new CliError("ARGUMENTS", {
    detail: withoutFinalStop(read.error.message),
    ...(command === undefined ? {} : { commande: command }),
  });
}

export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
