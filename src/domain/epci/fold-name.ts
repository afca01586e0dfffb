/**
 * {@link foldText} for many names at once: the same result, about four times faster, by folding
 * character by character through a table built with foldText itself (Latin letters up to U+017F,
 * which is every character of French commune names). Other text goes through foldText.
 */
import { foldText } from "../text";

const LIMIT = 0x180;
/**
 * Folded form of each character below LIMIT: letters and digits, or "" for a separator; `undefined`
 * for the few that do not fold alone (Ŀ is L and a middle dot, the soft hyphen is dropped).
 */
const FOLDED: readonly (string | undefined)[] = Array.from({ length: LIMIT }, (_, c) => {
  const piece = foldText(String.fromCharCode(c));
  const inWord = foldText(`a${String.fromCharCode(c)}b`);
  return inWord === (piece === "" ? "a b" : `a${piece}b`) ? piece : undefined;
});

/** Same as `foldText(name)`. */
export function foldName(name: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const piece = c < LIMIT ? FOLDED[c] : undefined;
    if (piece === undefined) return foldText(name);
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
