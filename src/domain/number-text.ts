/**
 * Reading numbers typed as text, in French or English form.
 *
 * Rules (docs/produit/fonctions.md « Règles communes »):
 * - spaces, no-break spaces and narrow no-break spaces are thousands separators: "1 234" → 1234;
 * - a lone comma is the decimal comma: "1,234" → 1.234, "1 234,5" → 1234.5;
 * - comma then point is the English form: "1,234.5" → 1234.5; point then comma the continental one:
 *   "1.234,5" → 1234.5; several commas (or several points) alone are thousands: "1,234,567";
 * - a trailing "%" divides by 100: "12,5 %" → 0.125;
 * - a leading "+", "-" or "−" (minus sign) gives the sign.
 * Anything else is not a number: the caller reports it, nothing is guessed.
 */

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

/** Parses numeric text; returns `undefined` when the text is not a number. */
export function parseNumberText(text: string): number | undefined {
  let s = text.trim();
  if (s === "") return undefined;
  let divisor = 1;
  if (s.endsWith("%")) {
    divisor = 100;
    s = s.slice(0, -1);
  }
  s = s.replace(SPACES, "");
  let sign = 1;
  const first = s.charAt(0);
  if (first === "-" || first === "\u2212") {
    sign = -1;
    s = s.slice(1);
  } else if (first === "+") {
    s = s.slice(1);
  }
  const body = normaliseSeparators(s);
  if (body === undefined) return undefined;
  const n = Number(body);
  return Number.isFinite(n) ? (sign * n) / divisor : undefined;
}

/** Turns the digits and separators into JavaScript's form ("1234.5"), or `undefined`. */
function normaliseSeparators(s: string): string | undefined {
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const lastComma = s.lastIndexOf(",");
  const lastPoint = s.lastIndexOf(".");
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimal = lastComma > lastPoint ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    const cut = Math.max(lastComma, lastPoint);
    const intPart = s.slice(0, cut);
    const frac = s.slice(cut + 1);
    const grouped = decimal === "," ? /^\d{1,3}(?:\.\d{3})*$/ : /^\d{1,3}(?:,\d{3})*$/;
    if (!grouped.test(intPart)) return undefined;
    return `${intPart.split(thousands).join("")}.${frac}`;
  }
  const sep = lastComma >= 0 ? "," : lastPoint >= 0 ? "." : "";
  if (sep === "") return s;
  const parts = s.split(sep);
  if (parts.length === 2) return `${parts[0] === "" ? "0" : parts[0]}.${parts[1]}`;
  return GROUPED.test(s) ? parts.join("") : undefined;
}
