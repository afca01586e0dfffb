/**
 * A fraction as a French percentage with a fixed number of decimals: (0.3333, 1) → "33,3 %".
 * (A percentage typed by a user is read by readTypedPercent, src/domain/saisie.ts.)
 */
export function formatPercentFixed(fraction: number, decimales: number): string {
  return `${(fraction * 100).toFixed(decimales).replace(".", ",")} %`;
}
