/**
 * Errors of the command line itself (files, arguments) as thrown values with their exit code. Their
 * French messages are in the catalogue (src/domain/messages/cli.ts), as are the domain's.
 */
import type { CliCode, CliParams } from "../domain";
import { XlsxError, systemDetail } from "../xlsx";

export type { CliCode, CliParams };
export { XlsxError, systemDetail };

/**
 * An unusable input or argument: exit code 2, a French message, never a stack trace. The engine's
 * errors ({@link XlsxError}, a file that cannot be read or written) are handled alike.
 */
export class CliError extends XlsxError {}

/** The French message of anything thrown while handling one file (a CliError or XlsxError keeps its own). */
export function problemOf(e: unknown, fichier: string): XlsxError {
  if (e instanceof XlsxError) return e;
  return new CliError("ERREUR_INATTENDUE", { fichier, detail: systemDetail(e) });
}

/** Edit distance between two short words (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The error for an unknown command, with the closest known one (docs/choix.md « Commande inconnue »): accents and case
 * ignored (« vérifier », « VERIFIER »), a prefix (« verif ») or at most 2 typing errors (« verifeir »).
 */
export function unknownCommand(typed: string, known: readonly string[]): CliError {
  const fold = (s: string): string =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  const t = fold(typed.slice(0, 40));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const score = t.length >= 3 && k.startsWith(t) ? 0 : distance(t, k);
    if (score < bestScore) [best, bestScore] = [k, score];
  }
  const suggestion =
    bestScore <= Math.min(2, Math.max(1, Math.floor(t.length / 3))) || (t !== "" && bestScore === 0) ? best : undefined;
  return new CliError("COMMANDE_INCONNUE", {
    commande: typed,
    detail: known.join(", "),
    ...(suggestion === undefined ? {} : { suggestion }),
  });
}
