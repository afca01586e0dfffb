/**
 * Checking settings read back from a workbook (Excel's workbook settings, JSON), one small check
 * per field: a workbook may come from an older or newer GEF, or have been edited by hand. A field
 * that is absent (or null) takes its default silently; a field that is present but invalid takes its default
 * and a French message says so; the other fields are kept. Nothing is ever thrown.
 */
import { settingsMessage, type SettingsCode } from "./messages/settings";
import type { Problem } from "./messages/result";
import { displayValue } from "./text";

/** One field's check: the value to keep, or `undefined` when it is invalid. */
export interface FieldCheck<V> {
  readonly read: (raw: unknown) => V | undefined;
  /** French name of the field, in messages. */
  readonly nom: string;
  /** What is accepted, in French (« un nombre de 0 à 1 »). */
  readonly attendu: string;
  /** How the default is shown in messages. */
  readonly show?: (v: V) => string;
}

/** The checks of every field of a settings object. */
export type SettingsChecks<T> = { readonly [K in keyof T]-?: FieldCheck<T[K]> };

/** Settings once checked: the value to use (defaults where needed) and what was replaced. */
export interface SettingsRead<T> {
  readonly value: T;
  readonly problems: readonly Problem<SettingsCode>[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks settings read from a workbook against their defaults.
 * @param raw the parsed JSON (undefined when the workbook has none)
 * @param nom French name of the settings (« Modèle DDETS »), for messages
 */
export function checkSettings<T extends object>(
  raw: unknown,
  defaults: T,
  checks: SettingsChecks<T>,
  nom: string,
): SettingsRead<T> {
  if (raw === undefined || raw === null) return { value: defaults, problems: [] };
  if (!isRecord(raw))
    return {
      value: defaults,
      problems: [{ code: "REGLAGES_ILLISIBLES", message: settingsMessage("REGLAGES_ILLISIBLES", { reglage: nom }) }],
    };
  const value: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  const problems: Problem<SettingsCode>[] = [];
  for (const key of Object.keys(checks) as (keyof T & string)[]) {
    if (raw[key] === undefined || raw[key] === null) continue;
    const check = checks[key];
    const read = check.read(raw[key]);
    if (read !== undefined) {
      value[key] = read;
      continue;
    }
    const show = check.show ?? ((v: T[keyof T & string]) => `« ${displayValue(v)} »`);
    problems.push({
      code: "REGLAGE_INVALIDE",
      message: settingsMessage("REGLAGE_INVALIDE", {
        reglage: check.nom,
        valeur: `« ${displayValue(typeof raw[key] === "object" ? JSON.stringify(raw[key]) : raw[key])} »`,
        detail: check.attendu,
        attendu: `la valeur par défaut, ${show(defaults[key])}`,
      }),
    });
  }
  return { value: value as T, problems };
}

/** Field checks for the usual shapes. */
export const field = {
  /** A number from `min` to `max`. */
  number: (nom: string, min: number, max: number, attendu: string): FieldCheck<number> => ({
    nom,
    attendu,
    read: (v) => (typeof v === "number" && Number.isFinite(v) && v >= min && v <= max ? v : undefined),
  }),
  /** A whole number ≥ 1, or none (`null` in the JSON): « all ». */
  optionalCount: (nom: string): FieldCheck<number | undefined> => ({
    nom,
    attendu: "un nombre entier de 1 ou plus, ou rien",
    read: (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1 ? v : undefined),
    show: (v) => (v === undefined ? "rien" : String(v)),
  }),
  /** One of a list of words. */
  oneOf: <V extends string>(nom: string, values: readonly V[]): FieldCheck<V> => ({
    nom,
    attendu: `l'un de ${values.join(", ")}`,
    read: (v) => (typeof v === "string" && (values as readonly string[]).includes(v) ? (v as V) : undefined),
  }),
  /** Any text. */
  text: (nom: string): FieldCheck<string> => ({
    nom,
    attendu: "un texte",
    read: (v) => (typeof v === "string" ? v : undefined),
  }),
  /** A text, or none. */
  optionalText: (nom: string): FieldCheck<string | undefined> => ({
    nom,
    attendu: "un texte, ou rien",
    read: (v) => (typeof v === "string" ? v : undefined),
    show: (v) => (v === undefined ? "rien" : `« ${v} »`),
  }),
  /** True or false. */
  boolean: (nom: string): FieldCheck<boolean> => ({
    nom,
    attendu: "vrai ou faux",
    read: (v) => (typeof v === "boolean" ? v : undefined),
    show: (v) => (v ? "vrai" : "faux"),
  }),
} as const;
