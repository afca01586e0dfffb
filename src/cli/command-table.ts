/**
 * Each command's options read from its arguments and handed to the command: the dispatch of `gef`
 * (the help pages are in aides.ts, the reading of arguments in parse-options.ts).
 */
import { bilanMain } from "./commands/bilan";
import { consoliderCommand } from "./commands/consolider";
import { consoliderBilansCommand } from "./commands/consolider-bilans";
import { objectifsMain } from "./commands/objectifs";
import { programmeMain } from "./commands/programme";
import { decompteCommand } from "./commands/decompte";
import { repartitionsCommand } from "./commands/repartitions";
import { remplirCommand } from "./commands/remplir";
import { verifierCommand } from "./commands/verifier";
import { echeancesMain } from "./commands/echeances";
import { navetteMain } from "./commands/navette";
import { vacanceMain } from "./commands/vacance";
import { CliError } from "./errors";
import type { Io } from "./io";
import { anneesOption, methodeOption, partsOption, str } from "./options";
import { PART_OPTIONS, SORTIE_JSON_OPTIONS, parseOptions, singleFile } from "./parse-options";

type Command = (command: string, rest: readonly string[], io: Io) => Promise<number>;

function verifier(command: string, rest: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(command, rest, {
    ...PART_OPTIONS,
    json: { type: "boolean" },
    infos: { type: "boolean" },
    flux: { type: "boolean" },
  });
  if (positionals.length === 0)
    throw new CliError("ARGUMENTS", { detail: "Indiquez les classeurs .xlsx à vérifier", commande: command });
  return verifierCommand(
    {
      fichiers: positionals,
      parts: partsOption(values),
      json: values.json === true,
      infos: values.infos === true,
      flux: values.flux === true,
    },
    io,
  );
}

function remplir(command: string, rest: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(command, rest, {
    ...PART_OPTIONS,
    ...SORTIE_JSON_OPTIONS,
    ecraser: { type: "boolean" },
    methode: { type: "string" },
    annees: { type: "string" },
    flux: { type: "boolean" },
  });
  const fichier = singleFile(command, positionals, "Indiquez un seul classeur .xlsx à remplir");
  const sortie = str(values.sortie);
  if (sortie === undefined) throw new CliError("SORTIE_MANQUANTE", { commande: command, detail: fichier });
  return remplirCommand(
    {
      fichier,
      sortie,
      ecraser: values.ecraser === true,
      methode: methodeOption(str(values.methode)),
      annees: anneesOption(str(values.annees), command),
      parts: partsOption(values),
      json: values.json === true,
      flux: values.flux === true,
    },
    io,
  );
}

function consolider(command: string, rest: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(command, rest, {
    ...PART_OPTIONS,
    ...SORTIE_JSON_OPTIONS,
    flux: { type: "boolean" },
    bilans: { type: "boolean" },
  });
  if (positionals.length === 0)
    throw new CliError("ARGUMENTS", { detail: "Indiquez les classeurs .xlsx à consolider", commande: command });
  const sortie = str(values.sortie);
  if (values.bilans === true)
    return consoliderBilansCommand({ fichiers: positionals, sortie, json: values.json === true }, io);
  if (sortie === undefined)
    throw new CliError("SORTIE_MANQUANTE", { commande: command, detail: positionals.join(" ") });
  return consoliderCommand(
    {
      fichiers: positionals,
      sortie,
      parts: partsOption(values),
      json: values.json === true,
      flux: values.flux === true,
    },
    io,
  );
}

function decompte(command: string, rest: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(command, rest, {
    ...SORTIE_JSON_OPTIONS,
    debut: { type: "string" },
    fin: { type: "string" },
    feuille: { type: "string" },
  });
  const fichier = singleFile(command, positionals, "Indiquez un seul fichier journal .xlsx");
  return decompteCommand(
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

function repartitions(command: string, rest: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(command, rest, {
    ...SORTIE_JSON_OPTIONS,
    html: { type: "string" },
    epci: { type: "string" },
    bailleur: { type: "string" },
    regles: { type: "string" },
    autres: { type: "boolean" },
    "malgre-incoherences": { type: "boolean" },
  });
  const fichier = singleFile(command, positionals, "Indiquez un seul classeur .xlsx");
  return repartitionsCommand(
    {
      fichier,
      sortie: str(values.sortie),
      html: str(values.html),
      epci: str(values.epci),
      bailleur: str(values.bailleur),
      regles: str(values.regles),
      autres: values.autres === true,
      malgreIncoherences: values["malgre-incoherences"] === true,
      json: values.json === true,
    },
    io,
  );
}

/** The commands of `gef`, by name. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  verifier,
  remplir,
  consolider,
  decompte,
  repartitions,
  objectifs: (_command, rest, io) => objectifsMain(rest, io),
  bilan: (_command, rest, io) => bilanMain(rest, io),
  programme: (_command, rest, io) => programmeMain(rest, io),
  echeances: (_command, rest, io) => echeancesMain(rest, io),
  navette: (_command, rest, io) => navetteMain(rest, io),
  vacance: (_command, rest, io) => vacanceMain(rest, io),
};
