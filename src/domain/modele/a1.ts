/**
 * A1 addresses of a grid read from Excel: `values[0][0]` is A1, rows and columns counted from 0.
 */

/** Column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a 0-based (row, col): (12, 2) → "C13". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * The 0-based (row, col) of an A1 address: "C13" → { row: 12, col: 2 }; `$` signs and lower case
 * accepted ("$c$13"); undefined for anything else (a range, a sheet name, text).
 */
export function parseCellAddress(address: string): { readonly row: number; readonly col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  return row < 0 ? undefined : { row, col: col - 1 };
}

/** Reading order of an A1 address (rows first), for sorting: "C13" → 12 × 16384 + 2. */
export function addressOrder(address: string): number {
  const p = /^[A-Z]+\d+$/.test(address) ? parseCellAddress(address) : undefined;
  return p === undefined ? Number.MAX_SAFE_INTEGER : p.row * 16384 + p.col;
}
