/**
 * `gef`: the jobs of the pane on .xlsx files, for batch work and consolidation (docs/produit/commandes.md).
 * Exit codes: 0 clean, 1 problems found, 2 unusable input or arguments. Never a stack trace.
 */
import { AIDE, AIDES } from "./aides";
import { COMMANDS } from "./command-table";
import { XlsxError, systemDetail, unknownCommand } from "./errors";
import { processIo, safeIo, type Io } from "./io";

const HELP_FLAGS = new Set(["--aide", "--help", "-h"]);

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], rawIo: Io = processIo): Promise<number> {
  // Names and labels come from strangers' files: nothing they hold reaches the terminal raw.
  const io = safeIo(rawIo);
  const [command, ...rest] = argv;
  try {
    if (command === undefined || HELP_FLAGS.has(command) || command === "aide") {
      const topic = command === "aide" ? rest[0] : undefined;
      io.out(topic !== undefined ? (AIDES[topic] ?? AIDE) : AIDE);
      return command === undefined ? 2 : 0;
    }
    if (rest.some((a) => HELP_FLAGS.has(a))) {
      if (AIDES[command] === undefined) throw unknownCommand(command, Object.keys(AIDES));
      io.out(AIDES[command]);
      return 0;
    }
    return await run(command, rest, io);
  } catch (e) {
    if (e instanceof XlsxError) {
      io.err(`gef : ${e.message}`);
      return e.exitCode;
    }
    io.err(`gef : erreur inattendue (${systemDetail(e)}). Signalez-la avec le fichier en cause.`);
    if (process.env.GEF_DEBUG === "1" && e instanceof Error) io.err(e.stack ?? e.message);
    return 2;
  }
}

async function run(command: string, rest: readonly string[], io: Io): Promise<number> {
  const commandRun = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (commandRun === undefined) throw unknownCommand(command, Object.keys(AIDES));
  return commandRun(command, rest, io);
}
