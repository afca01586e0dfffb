/**
 * `gef`: the jobs of the pane on .xlsx files, for batch work and consolidation (SPEC §3).
 * Exit codes: 0 clean, 1 problems found, 2 unusable input or arguments. Never a stack trace.
 */
import { parseArgs } from "node:util";
import { decompteCommand } from "./commands/decompte";
import { CliError } from "./errors";
import { processIo, type Io } from "./io";

const AIDE = `gef — gestion en flux des droits de réservation, sur des classeurs .xlsx

Usage : gef <commande> [options]

Commandes :
  verifier <fichiers.xlsx…>        liste les problèmes du modèle « calcul de l'assiette » de chaque fichier
  remplir <classeur.xlsx> -o <sortie.xlsx>   remplit les colonnes EPCI (formules et valeurs)
  repartitions <classeur.xlsx> -o <sortie.xlsx> [--epci SIGLE]   répartitions « style ERILIA »
  decompte <journal.xlsx> [--debut D] [--fin D] [-o bilan.xlsx]   bilan par réservataire et étape
  consolider <fichiers.xlsx…> -o <consolidation.xlsx>   une feuille par EPCI, une ligne par bailleur

Options communes : --json (sortie pour les scripts), --aide (aide d'une commande).
Codes de sortie : 0 sans problème, 1 problèmes trouvés, 2 fichier ou arguments inutilisables.`;

const AIDES: Record<string, string> = {
  decompte: `gef decompte <journal.xlsx> [options]

Compte le flux par réservataire et par étape (mise à disposition, proposition, attribution, bail),
avec les règles de =GEF.DECOMPTE : une vacance compte au plus une fois par étape, pour le
réservataire de son dernier événement de cette étape.

  --debut <date>     première date de la période, incluse (2024-01-01 ou 01/01/2024)
  --fin <date>       dernière date de la période, incluse
  --feuille <nom>    feuille du journal (par défaut : la première qui en contient un)
  -o, --sortie <f>   écrit le bilan dans un classeur .xlsx
  --json             sortie JSON`,
};

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--aide" || command === "--help" || command === "-h" || command === "aide") {
      io.out(AIDE);
      return command === undefined ? 2 : 0;
    }
    if (rest.includes("--aide") || rest.includes("--help") || rest.includes("-h")) {
      io.out(AIDES[command] ?? AIDE);
      return 0;
    }
    switch (command) {
      case "decompte": {
        const { values, positionals } = parse(command, rest, {
          debut: { type: "string" },
          fin: { type: "string" },
          feuille: { type: "string" },
          sortie: { type: "string", short: "o" },
          json: { type: "boolean" },
        });
        const fichier = positionals[0];
        if (fichier === undefined || positionals.length > 1) {
          throw new CliError("ARGUMENTS", { detail: "Indiquez un seul fichier journal .xlsx", commande: command });
        }
        return await decompteCommand(
          {
            fichier,
            debut: str(values.debut),
            fin: str(values.fin),
            feuille: str(values.feuille),
            sortie: str(values.sortie),
            json: values.json === true,
          },
          io,
        );
      }
      default:
        throw new CliError("COMMANDE_INCONNUE", { commande: command });
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`gef : ${e.message}`);
      return e.exitCode;
    }
    io.err(`gef : erreur inattendue (${e instanceof Error ? e.message : String(e)}). Signalez-la avec le fichier en cause.`);
    return 2;
  }
}

type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

function parse(command: string, args: readonly string[], options: OptionSpec) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError("ARGUMENTS", { detail: frenchParseError(e), commande: command });
  }
}

/** node:util parseArgs speaks English: say the same in French. */
function frenchParseError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown }).code;
  const option = (/'([^' ]+)/.exec(message)?.[1] ?? "").trim();
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Option inconnue : ${option}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `L'option ${option} attend une valeur`;
    default:
      return message;
  }
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
