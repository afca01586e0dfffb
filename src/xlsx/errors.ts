/**
 * Errors of the file-format engine (a file that cannot be read or written) as thrown values with their
 * exit code for `gef`. Their French messages are in the catalogue (src/domain/messages/cli.ts), with
 * the command line's own: the CLI's `CliError` is a kind of this one, and `gef` handles both alike.
 */
import { DETAILS_CLI, MESSAGES_CLI, SYSTEM_DETAILS, type CliCode, type CliParams } from "../domain";

/** An unreadable or unwritable file: exit code 2 for `gef`, a French message, never a stack trace. */
export class XlsxError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly code: CliCode,
    readonly params: CliParams = {},
  ) {
    super(MESSAGES_CLI[code](params));
  }
}

/** A French detail for an error thrown by the system or by GEF; never English text from Node. */
export function systemDetail(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && SYSTEM_DETAILS[code] !== undefined) return SYSTEM_DETAILS[code];
  if (e instanceof RangeError) return DETAILS_CLI.memoire;
  if (typeof code === "string") return DETAILS_CLI.systeme(code);
  return DETAILS_CLI.interne(e instanceof Error ? e.name : undefined);
}
