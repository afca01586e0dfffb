/**
 * Keywords typed in cells (methode, arrondi, etape): accents, case, spaces and underscores ignored.
 */
import { isBlank } from "./cells";
import { fail } from "./messages/functions";
import { ok, type Result } from "./messages/result";
import { displayValue, foldText } from "./text";

/** A keyword's accepted spellings: folded alias → value, and the forms shown in messages. */
export interface KeywordTable<T> {
  readonly argument: string;
  readonly aliases: ReadonlyMap<string, T>;
  /** The spellings listed to the user when a keyword is unknown. */
  readonly shown: readonly string[];
}

/** Builds a table from `{ VALUE: [aliases...] }`; the value itself is always an alias. */
export function keywordTable<T extends string>(
  argument: string,
  spellings: Readonly<Record<T, readonly string[]>>,
): KeywordTable<T> {
  const aliases = new Map<string, T>();
  for (const value of Object.keys(spellings) as T[]) {
    aliases.set(foldText(value), value);
    aliases.set(value, value);
    for (const alias of spellings[value]) aliases.set(foldText(alias), value);
  }
  return { argument, aliases, shown: Object.keys(spellings) };
}

/** Reads a keyword; blank gives `fallback`, an unknown word an error listing the accepted ones. */
export function readKeyword<T>(value: unknown, table: KeywordTable<T>, fallback: T, position?: number): Result<T> {
  if (value === null || value === undefined || (typeof value === "string" && isBlank(value))) {
    return ok(fallback);
  }
  // Exact spellings are looked up first: folding accents costs more than the rest of a call.
  const found =
    typeof value === "string" ? (table.aliases.get(value) ?? table.aliases.get(foldText(value))) : undefined;
  if (found === undefined) {
    return fail(table.argument === "etape" ? "ETAPE_INCONNUE" : "MOT_CLE_INCONNU", {
      argument: table.argument,
      valeur: displayValue(value),
      detail: table.shown.join(", "),
      position,
    });
  }
  return ok(found);
}
