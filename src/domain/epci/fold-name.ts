/**
 * {@link foldText} under the name the commune table's code uses: foldText itself now folds Latin
 * text character by character through a table (the speed foldName was written for).
 */
import { foldText } from "../text";

/** Same as `foldText(name)`. */
export function foldName(name: string): string {
  return foldText(name);
}
