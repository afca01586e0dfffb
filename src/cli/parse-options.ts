/**
 * Reading a command's arguments with node:util parseArgs, its English errors said in French, and the
 * option specs several commands share (-o/--sortie, --json, the State's shares).
 */
import { parseArgs } from "node:util";
import { CliError } from "./errors";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** What a command on one file is given: the file read, the file to write (if any), JSON output or not. */
export interface FileCommandOptions {
  readonly fichier: string;
  readonly sortie?: string | undefined;
  readonly json: boolean;
}

/** `-o, --sortie <f>` and `--json`, taken by most commands. */
export const SORTIE_JSON_OPTIONS: OptionSpec = { sortie: { type: "string", short: "o" }, json: { type: "boolean" } };

/** `--part-prioritaires`, `--part-fonctionnaires` and `--convention` (see partsOption). */
export const PART_OPTIONS: OptionSpec = {
  "part-prioritaires": { type: "string" },
  "part-fonctionnaires": { type: "string" },
  convention: { type: "boolean" },
};

/** node:util parseArgs (positionals allowed, unknown options refused), with its English errors said in French. */
export function parseOptions(
  command: string,
  args: readonly string[],
  options: OptionSpec,
): ReturnType<typeof parseArgs<{ options: OptionSpec; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError("ARGUMENTS", { detail: frenchParseError(e), commande: command });
  }
}

/** node:util parseArgs speaks English: say the same in French. */
function frenchParseError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown }).code;
  const option = (/'([^' ]+)/.exec(message)?.[1] ?? "").trim();
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Option inconnue : ${option}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `L'option ${option} attend une valeur`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Argument inattendu : ${option}`;
    default:
      return message;
  }
}

/** The one file a command works on; `detail` (French) says what to give when there is none or several. */
export function singleFile(command: string, positionals: readonly string[], detail: string): string {
  const fichier = positionals[0];
  if (fichier === undefined || positionals.length > 1) throw new CliError("ARGUMENTS", { detail, commande: command });
  return fichier;
}
