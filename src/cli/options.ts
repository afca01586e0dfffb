/**
 * Reading the template commands' options: the State's shares, the rotation method and years.
 * Shares are typed as percentages (« 25 », « 25 % », « 12,5 ») and handed to the domain as fractions.
 */
import { parseNumberText, readMethode, type MethodeRotation } from "../domain";
import { CliError } from "./errors";

/** The State's shares, as fractions (undefined: the domain's default, the legal ceilings). */
export interface Parts {
  readonly partPrioritaires?: number;
  readonly partFonctionnaires?: number;
}

/** A percentage option (0 to 100) as a fraction; undefined when not given. */
export function percentOption(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const n = parseNumberText(trimmed);
  if (n === undefined || !Number.isFinite(n)) throw new CliError("PART_OPTION", { option, detail: text });
  // « 25 % » is already a fraction once read; « 25 » is a number of points.
  const fraction = trimmed.endsWith("%") ? n : n / 100;
  if (fraction < 0 || fraction > 1) throw new CliError("PART_OPTION", { option, detail: text });
  return fraction;
}

/** The State's shares from `--part-prioritaires` and `--part-fonctionnaires`. */
export function partsOption(values: { "part-prioritaires"?: unknown; "part-fonctionnaires"?: unknown }): Parts {
  const prio = percentOption("part-prioritaires", str(values["part-prioritaires"]));
  const fonct = percentOption("part-fonctionnaires", str(values["part-fonctionnaires"]));
  return { ...(prio === undefined ? {} : { partPrioritaires: prio }), ...(fonct === undefined ? {} : { partFonctionnaires: fonct }) };
}

/** `--methode`: ENTREES (default), DEPARTS or MOYENNE, accents and case ignored. */
export function methodeOption(text: string | undefined): MethodeRotation {
  const r = readMethode(text ?? null, false);
  if (!r.ok) throw new CliError("METHODE_OPTION", { detail: r.error.message });
  return r.value;
}

/** `--annees`: a whole number ≥ 1, or undefined (all years). */
export function anneesOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < 1) throw new CliError("ANNEES_OPTION", { detail: text });
  return n;
}

export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
