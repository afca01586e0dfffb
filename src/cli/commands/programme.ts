/**
 * `gef programme operation.xlsx [--droits droits.xlsx] [--part "NOM=POURCENT" …] [--garant NOM=MONTANT …]
 * [--livraison AAAA] [--convention] [-o repartition.xlsx] [--json]`: a new operation's first lettings
 * split among its réservataires, with the same job and the same « Programme <nom> » sheet as the pane
 * (src/jobs/programme, docs/regles/programmes-neufs.md).
 */
import path from "node:path";
import { formatNombre, parseNumberText, readTypedPercent, readTypedYear } from "../../domain";
import { jsonProgramme, travailProgramme, type ReglagesProgramme } from "../../jobs";
import { CliError } from "../errors";
import { formatTable, type Io } from "../io";
import { str, typedOption } from "../options";
import { SORTIE_JSON_OPTIONS, parseOptions, singleFile } from "../parse-options";
import { refuseInput, tellRemoved } from "../outputs";
import { writePlans } from "../../xlsx/node";
import { readGrids } from "../xlsx";
import { diagnosticLine } from "../diagnostic-json";

export const AIDE_PROGRAMME = `gef programme <operation.xlsx> [--droits droits.xlsx] [--part "NOM=POURCENT" …] [-o repartition.xlsx] [options]

Répartit les premières locations d'une opération neuve entre ses réservataires, comme le volet :
  1. chaque réservataire reçoit sa part des logements au plus fort reste ; ce que les parts laissent
     va au bailleur (« Non réservé ») ;
  2. dans chaque catégorie (financement × typologie), sa part exacte est arrondie à l'inférieur ou au
     supérieur (arrondi contrôlé de Cox) : les lignes font les totaux, les colonnes les logements ;
  3. les logements d'une catégorie sont répartis entre les bâtiments, puis donnés étage par étage ;
  4. plafonds du CCH R.441-5 : garants d'emprunt ensemble au plus 20 % (en proportion des montants
     garantis : 20 % de 20 logements à 25 / 25 / 50 % des garanties → 1 / 1 / 2), préfet au plus 30 %
     dont 5 % pour les agents de l'État ; au-delà, une erreur, sauf avec --convention.

L'opération est une table avec les colonnes « Logement », « Financement », « Typologie » (« Bâtiment »
et « Étage » facultatifs). Les parts viennent d'une table « Droits du programme » (« Réservataire »,
« Part », « Garant », « Montant garanti ») du même classeur ou de --droits, et des options --part,
qui remplacent la part d'un réservataire de la table ou l'ajoutent. Une part se tape en points
(« 20 » ou « 20 % ») ; dans une cellule, des nombres tous au plus égaux à 1 sont lus comme le format
pourcentage d'Excel (0,2 affiché « 20 % »). La feuille « Programme <nom> » porte le tableau et ses
formules de contrôle (=SOMME(…) par ligne et par colonne), les typologies de chaque réservataire et
leur graphique (colonnes empilées 100 %), la liste des logements et les constats.

  --droits <f.xlsx>          classeur de la table « Droits du programme » (sinon : celui de l'opération)
  --part "NOM=POURCENT"      part d'un réservataire, en points (répétable) : --part "Action Logement=25"
  --garant NOM=MONTANT       réservataire garant d'emprunt et montant garanti en euros (répétable)
  --livraison <AAAA>         année de livraison : les premières locations comptent dans le flux de cette année
  --convention               une convention signée fixe des parts au-delà des plafonds (signalées, non refusées)
  -o, --sortie <f.xlsx>      écrit la feuille « Programme <nom> » dans un nouveau classeur (jamais un classeur lu)
  --json                     sortie JSON : totaux, tableau, logements, constats

Code de sortie : 0 sans remarque, 1 constats (plafond dépassé sans --convention, ligne illisible, parts au-delà
de 100 %…), 2 classeur ou arguments inutilisables (table des logements ou parts introuvables).

Exemple : gef programme operation.xlsx --part "Préfet=30" --part "Ville=10" --garant Ville=500000 --livraison 2026 -o repartition.xlsx`;

/** `NOM=VALEUR` split at its last « = ». */
function paire(option: string, text: string): [string, string] {
  const at = text.lastIndexOf("=");
  const nom = at < 0 ? "" : text.slice(0, at).trim();
  if (nom === "")
    throw new CliError("ARGUMENTS", {
      detail: `${option} « ${text} » : tapez NOM=VALEUR, comme ${option} "Action Logement=25"`,
      commande: "programme",
    });
  return [nom, text.slice(at + 1)];
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** The settings of the job from the options. */
function reglages(values: Record<string, unknown>, fichier: string): ReglagesProgramme {
  const parts = list(values.part).map((t) => {
    const [reservataire, texte] = paire("--part", t);
    return { reservataire, part: typedOption(readTypedPercent(texte, `--part ${reservataire}`), "programme") };
  });
  const garants = list(values.garant).map((t) => {
    const [reservataire, texte] = paire("--garant", t);
    const montant = parseNumberText(texte.replace(/€/g, "").trim());
    if (montant === undefined || !(montant > 0)) {
      throw new CliError("ARGUMENTS", {
        detail: `--garant ${reservataire} : « ${texte} » n'est pas un montant ; tapez le montant garanti en euros, comme 500000`,
        commande: "programme",
      });
    }
    return { reservataire, montant };
  });
  const annee = str(values.livraison);
  return {
    nom: path.basename(fichier, path.extname(fichier)),
    convention: values.convention === true,
    livraison: annee === undefined ? undefined : typedOption(readTypedYear(annee, "--livraison"), "programme"),
    parts,
    garants,
  };
}

export async function programmeMain(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("programme", args, {
    ...SORTIE_JSON_OPTIONS,
    droits: { type: "string" },
    part: { type: "string", multiple: true },
    garant: { type: "string", multiple: true },
    livraison: { type: "string" },
    convention: { type: "boolean" },
  });
  const fichier = singleFile("programme", positionals, "Indiquez un seul classeur .xlsx : celui de l'opération");
  const droitsFichier = str(values.droits);
  const sortie = str(values.sortie);
  refuseInput([{ file: fichier }, ...(droitsFichier === undefined ? [] : [{ file: droitsFichier }])], sortie);
  const r = reglages(values, fichier);
  const operation = await readGrids(fichier);
  const droits = droitsFichier === undefined ? operation : await readGrids(droitsFichier);
  const t = travailProgramme(operation.sheets, droits.sheets, r);
  const bloquant = t.diagnostics.find(
    (c) => c.code === "OPERATION_INTROUVABLE" || c.code === "DROITS_PROGRAMME_INTROUVABLES",
  );
  if (bloquant !== undefined)
    throw new CliError("ARGUMENTS", {
      detail: `${fichier} : ${bloquant.message.replace(/\.$/, "")}`,
      commande: "programme",
    });
  if (values.json === true) io.out(JSON.stringify(jsonProgramme(t), null, 2));
  else if (t.repartition !== undefined) {
    const rep = t.repartition;
    io.out(`${fichier} — logements de « ${t.operation ?? ""} »${t.droits ? `, droits de « ${t.droits} »` : ""}`);
    const header = ["Réservataire", "Part", ...rep.categories.map((c) => `${c.financement} ${c.typologie}`), "Total"];
    const rows = rep.reservataires.map((nom, i) => [
      nom,
      `${formatNombre(rep.parts[i] ?? 0)} %`,
      ...(rep.tableau[i] ?? []),
      rep.totaux[i] ?? 0,
    ]);
    io.out(
      formatTable([header, ...rows, ["Logements", "", ...rep.categories.map((c) => c.logements), t.logements.length]]),
    );
  }
  for (const d of t.diagnostics) io.err(diagnosticLine(d));
  if (sortie !== undefined && t.plan !== undefined) {
    const removed = await writePlans(sortie, [t.plan]);
    if (values.json !== true) io.out(`\nÉcrit : ${sortie} (feuille « ${t.plan.name} »)`);
    tellRemoved(io, removed, values.json === true);
  }
  return t.repartition === undefined || t.diagnostics.some((c) => c.severity !== "info") ? 1 : 0;
}
