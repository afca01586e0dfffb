/**
 * File names made from names read in a file (réservataires) (docs/choix.md « Noms des fichiers écrits »): characters
 * Windows refuses become « - », the name is cut to what a file system holds — 255 bytes of UTF-8 per name (ext4, APFS;
 * NTFS counts 255 UTF-16 units, never more than the bytes) — on whole characters (never half an emoji, nor
 * an emoji sequence joined by U+200D cut in two), and names are made unique within a run with « (2) ».
 */
import { xmlText } from "../xlsx";

/** Most bytes in one name of a file or folder. */
export const NAME_MAX_BYTES = 255;

/** Most characters of a réservataire's name kept in a file name, for a name that stays readable. */
export const NAME_MAX_CHARS = 80;

/** Bytes kept free for the « (999) » a name given twice may receive. */
export const SUFFIX_ROOM = Buffer.byteLength(" (999)");

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

const graphemes = new Intl.Segmenter("fr", { granularity: "grapheme" });

/** The longest start of `text` holding at most `maxBytes` bytes and `maxChars` characters, cut between characters as seen. */
export function cutName(text: string, maxBytes: number, maxChars = Infinity): string {
  if (bytes(text) <= maxBytes && [...text].length <= maxChars) return text;
  let out = "";
  let used = 0;
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    const b = bytes(segment);
    if (used + b > maxBytes || count + 1 > maxChars) break;
    out += segment;
    used += b;
    count++;
  }
  return out;
}

/** Characters Windows refuses in a name, and the controls (shown as « - »). */
const REFUSED = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** A name cleaned for a file system: refused characters as « - », spaces collapsed, no trailing dot or space. */
export function cleanFileName(name: string): string {
  // Lone surrogates and non-characters would become « � » on disk: removed, as in an .xlsx.
  const clean = xmlText(name.replace(REFUSED, "-")).replace(/\s+/g, " ").trim();
  return clean.replace(/[. ]+$/, "");
}

/**
 * A réservataire's name as part of a file name: cleaned ({@link cleanFileName}), at most
 * {@link NAME_MAX_CHARS} characters and `maxBytes` bytes; « sans nom » when nothing is left.
 */
export function nomFichier(nom: string, maxBytes = NAME_MAX_BYTES - SUFFIX_ROOM): string {
  const cut = cutName(cleanFileName(nom), maxBytes, NAME_MAX_CHARS).replace(/[. ]+$/, "");
  return cut === "" ? "sans nom" : cut;
}

/** The key under which two names are the same file name: case and Unicode form ignored on every system, so that a folder copied to Windows or a Mac keeps every file. */
const nameKey = (name: string): string => name.normalize("NFC").toLowerCase();

/**
 * Names made unique within a run: the second « A » becomes « A (2) », the third « A (3) », each
 * free of every other name given (case and Unicode form ignored).
 */
export function uniqueNames(names: readonly string[]): { readonly name: string; readonly numbered: boolean }[] {
  const taken = new Set(names.map(nameKey));
  const used = new Set<string>();
  return names.map((name) => {
    if (!used.has(nameKey(name))) {
      used.add(nameKey(name));
      return { name, numbered: false };
    }
    let k = 2;
    while (used.has(nameKey(`${name} (${k})`)) || taken.has(nameKey(`${name} (${k})`))) k++;
    const numbered = `${name} (${k})`;
    used.add(nameKey(numbered));
    return { name: numbered, numbered: true };
  });
}
