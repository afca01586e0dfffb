/**
 * `gef navette parc.xlsx --journal journal.xlsx [--logement ID …] -o dossier/`: one fiche navette per
 * open vacancy (or per dwelling named), each a one-page printable .xlsx named after the dwelling, and
 * `courriels.txt` with the e-mail drafts (src/jobs/vacances/navette.ts). GEF sends nothing.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fichesNavette } from "../../jobs";
import { CliError } from "../errors";
import { nomFichier, uniqueNames } from "../file-names";
import { checkFolderCreatable, checkNotEmpty, checkOutputs, makeFolder } from "../outputs";
import type { Io } from "../io";
import { str } from "../options";
import { parseOptions, singleFile } from "../parse-options";
import { writeAtomically, writePlans } from "../../xlsx/node";
import { constatJson } from "../diagnostic-json";
import { printDiagnostics } from "../diagnostic-json";
import { aujourdhui, dateOption, lireJournalEtParc, reglesOption } from "./vacances-commun";

export const AIDE_NAVETTE = `gef navette <parc.xlsx> --journal <journal.xlsx> [--logement ID …] -o <dossier/>

Écrit la fiche navette de chaque vacance ouverte du journal (ou des seuls logements nommés), comme
« Mettre à disposition » dans le volet : un classeur par logement, « Fiche <logement>.xlsx », prêt à
imprimer sur une page A4 en portrait (zone d'impression, marges, lignes de titre, ajusté à une page),
avec les caractéristiques du logement tirées de la table des logements (« non renseigné » pour ce
qu'elle ne donne pas), les dates, le réservataire et les cases qu'il remplit ; et « courriels.txt »,
un brouillon de courriel par fiche (objet et texte, date limite comprise), à copier : GEF n'envoie rien.

  --journal <f.xlsx>   le journal du flux (obligatoire)
  --logement <ID>      un logement (répétable) ; sans cette option, toutes les vacances ouvertes
  -o, --sortie <dos/>  le dossier où écrire (créé au besoin ; jamais un fichier lu)
  --bailleur <NOM>     le nom du bailleur sur les fiches et dans les courriels
  --au <date>          le jour du calcul (défaut : aujourd'hui)
  --validation <N>     la convention prévoit une validation par le réservataire en N jours
  --json               la liste des fichiers écrits et les diagnostics

Code de sortie : 0 fiches écrites, 1 un logement inconnu ou sans vacance (les autres sont écrites),
2 fichier ou arguments inutilisables.

Exemple : gef navette parc.xlsx --journal journal.xlsx --logement LGT-0012 -o fiches/`;

export async function navetteMain(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("navette", args, {
    journal: { type: "string" },
    logement: { type: "string", multiple: true },
    sortie: { type: "string", short: "o" },
    bailleur: { type: "string" },
    au: { type: "string" },
    validation: { type: "string" },
    json: { type: "boolean" },
  });
  const parc = singleFile("navette", positionals, "Indiquez la table des logements .xlsx");
  const journal = str(values.journal);
  if (journal === undefined)
    throw new CliError("ARGUMENTS", { detail: "Indiquez le journal avec --journal journal.xlsx", commande: "navette" });
  const sortie = str(values.sortie);
  checkNotEmpty("-o", sortie, "« -o fiches/ »");
  if (sortie === undefined)
    throw new CliError("ARGUMENTS", {
      detail: "Indiquez le dossier des fiches avec -o, par exemple -o fiches/",
      commande: "navette",
    });
  checkFolderCreatable(sortie);
  const au = dateOption("navette", "au", str(values.au)) ?? aujourdhui();
  const logements = Array.isArray(values.logement)
    ? values.logement.filter((x): x is string => typeof x === "string")
    : [];
  const sheets = await lireJournalEtParc(journal, parc);
  const r = fichesNavette(sheets, {
    logements,
    au,
    regles: reglesOption("navette", str(values.validation)),
    bailleur: str(values.bailleur),
  });
  printDiagnostics(io, r.diagnostics);
  if (r.fiches.length === 0)
    return r.diagnostics.some((c) => c.severity === "erreur")
      ? r.diagnostics.some((c) => c.code === "JOURNAL_INTROUVABLE" || c.code === "PARC_INTROUVABLE")
        ? 2
        : 1
      : 0;
  const names = uniqueNames(r.fiches.map((f) => nomFichier(f.fiche.plan.name))).map((n) =>
    path.join(sortie, `${n.name}.xlsx`),
  );
  const courriels = path.join(sortie, "courriels.txt");
  const inputs = [{ file: parc }, { file: journal, option: "--journal" }];
  makeFolder(sortie);
  checkOutputs(inputs, [...names.map((file) => ({ file, option: "-o" })), { file: courriels, option: "-o" }]);
  for (const [i, f] of r.fiches.entries()) await writePlans(names[i] ?? "", [f.fiche.plan]);
  const texte = r.fiches
    .map((f) => `À : ${f.reservataire}\nObjet : ${f.courriel.objet}\n\n${f.courriel.corps}\n`)
    .join("\n----------------------------------------\n\n");
  await writeAtomically(courriels, (tmp) => writeFile(tmp, texte, "utf8"));
  if (values.json === true)
    io.out(
      JSON.stringify(
        {
          fiches: r.fiches.map((f, i) => ({
            logement: f.logement,
            reservataire: f.reservataire,
            fichier: names[i],
            objet: f.courriel.objet,
          })),
          courriels,
          constats: r.diagnostics.map(constatJson),
        },
        null,
        2,
      ),
    );
  else {
    for (const [i, f] of r.fiches.entries())
      io.out(`Fiche navette du logement ${f.logement} (${f.reservataire}) : ${names[i] ?? ""}`);
    io.out(`Brouillons de courriel : ${courriels}`);
  }
  return r.diagnostics.some((c) => c.severity === "erreur") ? 1 : 0;
}
