/**
 * `gef objectifs classeur.xlsx [--epci SIGLE] [--volume N] [--malgre-incoherences] [-o sortie.xlsx]`:
 * each réservataire's objective per EPCI, from the filled DDETS template's volumes (or a typed
 * volume) and the rights of the workbook (réservataire / droits table or état des lieux), with the
 * same rules and the same « Objectifs » sheet as the pane (src/domain/suivi).
 */
import { EPCI_MODELE_06, findEpci, formatNombre, readTypedCount } from "../../domain";
import { DEFAULT_REGLAGES_SUIVI, travailObjectifs } from "../../jobs";
import { CliError } from "../errors";
import { constatJson, printDiagnostics } from "../diagnostic-json";
import { refuseInput, tellRemoved } from "../outputs";
import { formatTable, type Io } from "../io";
import { partsOption, str, typedOption } from "../options";
import { PART_OPTIONS, SORTIE_JSON_OPTIONS, parseOptions, singleFile } from "../parse-options";
import { writePlans } from "../../xlsx/node";
import { readGrids } from "../xlsx";

export const AIDE_OBJECTIFS = `gef objectifs <classeur.xlsx> [-o objectifs.xlsx] [options]

Calcule l'objectif annuel de chaque réservataire dans chaque EPCI, comme l'onglet « Suivi du flux »
du volet : le volume annuel (assiette × taux de rotation du modèle DDETS rempli, arrondi au plus
proche) est réparti au prorata des droits, au plus fort reste, de sorte que la somme des objectifs
égale le volume (268 sur 2 000 / 2 760 / 607 → 100 / 138 / 30). Les plafonds de l'État (25 % et 5 %,
arrondis à l'inférieur) sont affichés, et un dépassement est signalé.

Les droits viennent d'une table « Réservataire » / « Droits » (colonne « EPCI » facultative, qui
peut aussi nommer une commune : sans EPCI, les mêmes droits valent pour chaque EPCI, sauf ceux d'une
commune, « Ville de Nice », « Commune d'Antibes », rattachés à l'EPCI de la commune ; un nom de
commune inconnu ou porté par plusieurs communes garde la règle générale, avec une remarque), à défaut d'un état des lieux (lignes PLAI, PLUS, PLS
et colonnes T1 à T6, lignes PLI exclues). La feuille « Objectifs » écrite énonce la règle et porte une
formule de contrôle native (somme = volume) ; le bilan la relit.

  -o, --sortie <f.xlsx>      écrit la feuille « Objectifs » dans un nouveau classeur (jamais le classeur lu)
  --epci <EPCI>              un seul EPCI (sigle, nom ou SIREN)
  --volume <N>               volume annuel saisi (nombre entier de logements), quand le classeur n'a pas de modèle rempli
  --malgre-incoherences      répartit un état des lieux dont les totaux ne concordent pas
  --part-prioritaires <P>    part de l'État pour ses demandeurs prioritaires, en % (défaut 25)
  --part-fonctionnaires <P>  part de l'État pour ses agents, en % (défaut 5)
  --json                     sortie JSON

Code de sortie : 0 sans remarque, 1 avertissements (plafond de l'État dépassé, EPCI sans volume…) ou
état des lieux incohérent (rien n'est écrit), 2 classeur ou arguments inutilisables.

Exemple : gef objectifs bailleur.xlsx --epci CAPG -o objectifs-2024.xlsx`;

/** `--epci`: SIREN of an EPCI given by acronym (template's first), name or number. */
function epciOption(command: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const e = findEpci(text, EPCI_MODELE_06) ?? findEpci(text);
  if (e === undefined)
    throw new CliError("ARGUMENTS", {
      detail: `EPCI « ${text} » inconnu ; tapez son sigle (CASA), son nom ou son SIREN`,
      commande: command,
    });
  return e.siren;
}

export async function objectifsMain(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("objectifs", args, {
    ...SORTIE_JSON_OPTIONS,
    ...PART_OPTIONS,
    epci: { type: "string" },
    volume: { type: "string" },
    "malgre-incoherences": { type: "boolean" },
  });
  const fichier = singleFile("objectifs", positionals, "Indiquez un seul classeur .xlsx");
  const sortie = str(values.sortie);
  refuseInput([{ file: fichier }], sortie);
  const volumeText = str(values.volume);
  const volume =
    volumeText === undefined ? undefined : typedOption(readTypedCount(volumeText, "--volume"), "objectifs");
  const parts = { ...DEFAULT_REGLAGES_SUIVI.parts, ...partsOption(values) };
  const epci = epciOption("objectifs", str(values.epci));
  const { sheets, active } = await readGrids(fichier);
  const w = travailObjectifs(sheets, active, {
    ...DEFAULT_REGLAGES_SUIVI,
    parts,
    volume,
    epci,
    malgreIncoherences: values["malgre-incoherences"] === true,
  });
  if (values.json === true) {
    io.out(
      JSON.stringify(
        {
          fichier,
          modele: w.modele,
          droits: w.droits && { feuille: w.droits.feuille, source: w.droits.source },
          epci: w.result?.epci ?? [],
          constats: w.diagnostics.map(constatJson),
          ecrit: w.plan && sortie ? sortie : undefined,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(
      `${fichier}${w.modele ? ` — modèle « ${w.modele} »` : ""}${w.droits ? `, droits de « ${w.droits.feuille} » (${w.droits.source === "table" ? "table" : "état des lieux"})` : ""}`,
    );
    for (const e of w.result?.epci ?? []) {
      io.out(
        `\n${e.libelle} : volume ${formatNombre(e.volume)} (${formatNombre(Math.round(e.volumeExact * 100) / 100)}) ; plafonds de l'État : prioritaires ${formatNombre(e.plafondPrioritaires)}, fonctionnaires ${formatNombre(e.plafondFonctionnaires)}`,
      );
      io.out(
        formatTable([
          ["Réservataire", "Droits", "Part", "Objectif"],
          ...e.lignes.map((l) => [l.nom, l.droits, `${formatNombre(Math.round(l.part * 10000) / 100)} %`, l.objectif]),
          ["Total", "", "", e.total],
        ]),
      );
    }
  }
  printDiagnostics(io, w.diagnostics);
  if (w.incoherent) {
    io.err(
      "gef : les totaux de l'état des lieux ne concordent pas ; rien n'est écrit. Ajoutez --malgre-incoherences pour répartir à partir des cellules de détail.",
    );
    return 1;
  }
  if (w.plan === undefined) {
    const first = w.diagnostics.find((c) => c.severity === "erreur");
    throw new CliError("ARGUMENTS", {
      detail: `${fichier} : ${first?.message ?? "aucun objectif à calculer"}`,
      commande: "objectifs",
    });
  }
  if (sortie !== undefined) {
    const removed = await writePlans(sortie, [w.plan]);
    if (values.json !== true) io.out(`\nÉcrit : ${sortie} (feuille « ${w.plan.name} »)`);
    tellRemoved(io, removed, values.json === true);
  }
  return w.diagnostics.some((c) => c.severity !== "info") ? 1 : 0;
}
