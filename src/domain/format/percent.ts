/**
 * Reading a percentage typed in a percent field, one rule for the pane and `gef` [D]:
 * the number is in percentage points, with or without « % » — « 25 », « 25 % », « 12,5 » and
 * « 12.5 % » are 25 %, 25 %, 12,5 % and 12,5 %. So « 1 » is 1 %, never 100 % (a French user typing
 * in a field labelled « (%) » means points), and « 0,25 » is 0,25 %, not 25 %. Spaces, the decimal
 * comma and thousands separators follow parseNumberText.
 */
import { parseNumberText } from "../number-text";

/**
 * A percentage typed in points, as a fraction: "25" → 0.25, "1" → 0.01, "12,5 %" → 0.125;
 * undefined when the text is not a number (range checks are the caller's).
 */
export function readPercentPoints(text: string): number | undefined {
  const trimmed = text.trim();
  const n = parseNumberText(trimmed);
  if (trimmed === "" || n === undefined || !Number.isFinite(n)) return undefined;
  // « 25 % » is already a fraction once read; « 25 » is a number of points.
  const fraction = trimmed.endsWith("%") ? n : n / 100;
  return Math.round(fraction * 1e9) / 1e9;
}

/** A fraction as a French percentage with a fixed number of decimals: (0.3333, 1) → "33,3 %". */
export function formatPercentFixed(fraction: number, decimales: number): string {
  return `${(fraction * 100).toFixed(decimales).replace(".", ",")} %`;
}
