/**
 * Official codes as users' tables hand them over: INSEE commune codes, département codes and SIREN.
 *
 * Excel turns a code typed or imported as a number into a number and drops its leading zero: the
 * DEPCOM « 06088 » arrives as 6088, the département « 06 » as 6. Corsican codes (« 2A004 », « 2B »)
 * stay text. These readers give back the official text form, or `undefined` for anything else.
 */

/** `n` written with at least `width` digits. */
function padded(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : "0".repeat(width - s.length) + s;
}

/**
 * The INSEE code of a commune, 5 characters: 6088 → "06088", " 06088 " → "06088", "2a004" → "2A004";
 * `undefined` when the value is not shaped like a code (a name, a decimal, 6 digits...).
 */
export function normaliseCommuneCode(value: unknown): string | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1000 && value <= 99999 ? padded(value, 5) : undefined;
  }
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  if (s.length === 5) {
    if (/^\d{5}$/.test(s)) return s;
    if (/^2[ab]\d{3}$/i.test(s)) return s.toUpperCase();
    return undefined;
  }
  return /^\d{4}$/.test(s) ? `0${s}` : undefined;
}

/**
 * A département code: 6 → "06", "6" → "06", "2a" → "2A", 971 → "971", "06 - Alpes-Maritimes" → "06";
 * `undefined` when the value is not one.
 */
export function normaliseDepartement(value: unknown): string | undefined {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 1) return undefined;
    if (value <= 95) return padded(value, 2);
    return value >= 971 && value <= 989 ? String(value) : undefined;
  }
  if (typeof value !== "string") return undefined;
  const m = /^\s*(2[ab]|\d{1,3})(?![\da-z])/i.exec(value);
  if (!m || m[1] === undefined) return undefined;
  const code = m[1].toUpperCase();
  return /^\d+$/.test(code) ? normaliseDepartement(Number(code)) : code;
}

/** A SIREN, 9 digits (spaces allowed in text): 200030195 → "200030195"; `undefined` otherwise. */
export function normaliseSiren(value: unknown): string | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1e8 && value < 1e9 ? String(value) : undefined;
  }
  if (typeof value !== "string") return undefined;
  const s = value.replace(/[\s\u00a0\u202f]/g, "");
  return /^\d{9}$/.test(s) ? s : undefined;
}
