/**
 * `gef bilan journal.xlsx --periode S1|S2|annee [--annee AAAA] | --debut D --fin D [--par-reservataire]
 * [-o sortie.xlsx]` and `gef bilan journal.xlsx --annuel AAAA [--par-reservataire]`: the bilan of a
 * period per EPCI × réservataire, or the legal annual bilan, with the rules and sheets of the pane.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import {
  DEFAULT_BORNES_CONSTRUCTION,
  ETAPES_TABLE,
  NOTES_CLI,
  accord,
  formatNombre,
  formatPourcent,
  readBornes,
  readKeyword,
  readTypedDate,
  readTypedYear,
  reglesBilan,
  typePeriode,
  type ChoixPeriode,
  type SuiviDiagnostic,
  type Etape,
  type SheetRead,
} from "../../domain";
import {
  bilanCell,
  delaisCell,
  ENTETE_BILAN,
  ENTETE_DELAIS,
  NOMS_ETAPES,
  planDuReservataire,
  readAnnee,
  readSeuil,
  DEFAULT_REGLAGES_SUIVI,
  travailAnnuel,
  travailBilan,
  type PlanSheet,
  type ReglagesSuivi,
} from "../../jobs";
import { CliError } from "../errors";
import { cleanFileName, NAME_MAX_BYTES, nomFichier, SUFFIX_ROOM, uniqueNames } from "../file-names";
import {
  checkFolder,
  checkFolderCreatable,
  checkNotEmpty,
  checkOutputs,
  makeFolder,
  tellRemoved,
  type NamedPath,
  refuseInput,
} from "../outputs";
import { formatTable, type Io } from "../io";
import { str, typedOption } from "../options";
import { SORTIE_JSON_OPTIONS, parseOptions, singleFile } from "../parse-options";
import { xmlTally } from "../../xlsx";
import { writePlans } from "../../xlsx/node";
import { constatJson, printDiagnostics } from "../diagnostic-json";
import { readGrids } from "../xlsx";

export const AIDE_BILAN = `gef bilan <journal.xlsx> [--periode S1|S2|annee] [--annee AAAA] [options]
gef bilan <journal.xlsx> --debut <date> --fin <date> [options]
gef bilan <journal.xlsx> --annuel AAAA [--par-reservataire]

Bilan du flux d'une période, comme l'onglet « Suivi du flux » du volet : pour chaque EPCI et chaque
réservataire, l'objectif annuel, les mises à disposition, propositions, attributions et baux signés
(un logement proposé plusieurs fois compte une fois par étape, comme =GEF.DECOMPTE), l'atteinte de
l'objectif à l'étape de décompte de la convention, l'attendu et l'écart, le taux de chute
(1 000 mises à disposition et 800 attributions : 20 %) et le prochain réservataire à servir (le plus
en retard) ; les totaux par EPCI et du bailleur ; les déséquilibres « à réorienter » (typologie,
financement, commune) face au parc quand le classeur contient la table des logements.
Un journal sans colonne EPCI ni commune donne un seul groupe, tout le bailleur.
Taux de chute : des logements mis à disposition du réservataire dans la période, la part qui n'a pas
abouti à une attribution à ce même réservataire (même après la période) ; le total est celui de toutes
ces mises à disposition. Une ligne du journal répétée à l'identique (même logement, étape, date et
réservataire) ne compte qu'une fois ; le nombre de lignes ignorées est dit dans les remarques.
Une remarque signale des années qui diffèrent : objectifs d'une autre année que le bilan, ou bilan
annuel AAAA dont la prévision vient d'un modèle d'une autre année que AAAA+1.
Réalisé et attendu couvrent toujours les mêmes jours : pour S1, S2 et l'année, du 1er janvier à la
fin de la période (le bilan S2 donne aussi les comptes du 1er juillet au 31 décembre seuls) ; pour
--debut et --fin, ces seules dates. Attendu = objectif annuel × jours couverts ÷ jours de l'année :
un journal au rythme de son objectif a un écart nul. Atteinte = réalisé ÷ objectif annuel (la part
de l'objectif de l'année atteinte à ce jour). Un total compte tous les logements, mais son atteinte
et son écart ne portent que sur les réservataires qui ont un objectif.

Le journal : une ligne par événement (logement, réservataire, étape, date), avec si possible
EPCI ou commune, financement, typologie, QPV, année de construction, opération ; à défaut, ces
caractéristiques sont prises dans la table des logements du classeur, jointe sur l'identifiant du
logement (les logements absents sont listés, jamais écartés). Les objectifs sont lus dans la feuille
« Objectifs » (gef objectifs) ou une table Réservataire / Objectif [/ EPCI], du journal ou de --objectifs.

  --periode <P>              S1 (1er janvier – 30 juin), S2 (1er juillet – 31 décembre) ou annee (défaut) ;
                             S2 est jugé sur l'année depuis le 1er janvier, ses comptes seuls à part
  --annee <AAAA>             année de la période, de 1950 à 2200 (défaut : celle du dernier événement du journal)
  --debut <date> --fin <date>   une période quelconque (2024-01-01 ou 01/01/2024)
  --etape <E>                étape de décompte : mise à disposition (défaut), proposition, attribution, bail
  --objectifs <f.xlsx>       classeur des objectifs, s'ils ne sont pas dans le journal
  --seuil <N>                seuil des déséquilibres, en points : 10 ou « 10 % », plus de 0 et au plus 100 (défaut 10)
  --annuel <AAAA>            bilan annuel légal (R.441-5-1 CCH) de l'année AAAA : logements proposés et
                             attribués par typologie, financement, QPV, commune, période de construction,
                             et la prévision des logements soustraits de AAAA+1 tirée du modèle DDETS
  --periodes-construction <années>   bornes des périodes de construction (défaut 1949,1975,1990,2005,2015)
  --bailleur <nom>           nom du bailleur dans les titres
  -o, --sortie <f.xlsx>      écrit la feuille « Bilan <période> » (graphique natif) ou « Bilan annuel AAAA »
  --par-reservataire         un classeur par réservataire, avec ses seuls chiffres : ce que chacun reçoit
                             du bailleur ; -o donne alors le dossier ou le début des noms de fichiers.
                             Le nom du réservataire y est coupé à 80 caractères (255 octets par nom de
                             fichier) ; deux noms de fichiers égaux, même à la casse près, reçoivent « (2) »
  --json                     sortie JSON

Code de sortie : 0 sans remarque, 1 avertissements (réservataires sans objectif, logements non
rapprochés, écarts à réorienter…), 2 journal ou arguments inutilisables.

Exemples : gef bilan journal.xlsx --periode S1 --annee 2024 -o bilan-S1.xlsx
           gef bilan journal.xlsx --annuel 2024 --par-reservataire -o envois/`;

function periodeOption(v: Record<string, unknown>): ChoixPeriode {
  const debut = str(v.debut);
  const fin = str(v.fin);
  const anneeText = str(v.annee);
  const annee = anneeText === undefined ? undefined : typedOption(readAnnee(anneeText, "--annee"), "bilan");
  if (debut !== undefined || fin !== undefined) {
    if (debut === undefined || fin === undefined)
      throw new CliError("ARGUMENTS", { detail: "Donnez à la fois --debut et --fin", commande: "bilan" });
    typedOption(readTypedDate(debut, "--debut"), "bilan");
    typedOption(readTypedDate(fin, "--fin"), "bilan");
    return { type: "DATES", debut, fin };
  }
  const text = str(v.periode) ?? "annee";
  const type = typePeriode(text);
  if (type === undefined || type === "DATES")
    throw new CliError("ARGUMENTS", {
      detail: `L'option --periode attend S1, S2 ou annee (reçu : « ${text} »)`,
      commande: "bilan",
    });
  return { type, annee };
}

/** The files `--par-reservataire` writes, one per name, and how many were numbered to stay apart. */
interface FilesParReservataire {
  readonly files: readonly string[];
  readonly numbered: readonly boolean[];
}

/**
 * Where `--par-reservataire` writes: `-o dossier/` (created when missing) or `-o prefixe.xlsx`,
 * by default beside the journal; « <défaut> - <réservataire>.xlsx », or « <prefixe> - <réservataire>.xlsx ».
 */
function whereParReservataire(
  fichier: string,
  sortie: string | undefined,
): { dir: string; prefix: string | undefined; create: boolean } {
  if (sortie === undefined) return { dir: path.dirname(fichier), prefix: undefined, create: false };
  const isDir =
    sortie.endsWith("/") || sortie.endsWith(path.sep) || (existsSync(sortie) && statSync(sortie).isDirectory());
  if (!isDir) {
    checkFolder(sortie);
    return { dir: path.dirname(sortie), prefix: path.basename(sortie).replace(/\.xlsx$/i, ""), create: false };
  }
  // Created once the bilan is computed, never for a run that stops before.
  checkFolderCreatable(sortie);
  return { dir: sortie, prefix: undefined, create: true };
}

/** The file of each réservataire: names cut to the bytes a file name holds, made unique with « (2) ». */
function filesParReservataire(
  where: { dir: string; prefix: string | undefined },
  defaultName: string,
  noms: readonly string[],
): FilesParReservataire {
  const prefix = `${where.prefix ?? cleanFileName(defaultName)} - `;
  const room = NAME_MAX_BYTES - Buffer.byteLength(prefix) - Buffer.byteLength(".xlsx") - SUFFIX_ROOM;
  if (room < 16) throw new CliError("NOM_TROP_LONG", { fichier: where.prefix ?? defaultName, option: "-o" });
  const unique = uniqueNames(noms.map((nom) => `${prefix}${nomFichier(nom, room)}`));
  return { files: unique.map((u) => path.join(where.dir, `${u.name}.xlsx`)), numbered: unique.map((u) => u.numbered) };
}

function reglages(v: Record<string, unknown>): ReglagesSuivi {
  const etapeText = str(v.etape);
  const etape = readKeyword<Etape>(etapeText ?? null, ETAPES_TABLE, "MISE_A_DISPOSITION");
  if (!etape.ok) throw new CliError("ARGUMENTS", { detail: `--etape : ${etape.error.message}`, commande: "bilan" });
  const seuilText = str(v.seuil);
  const seuil =
    seuilText === undefined ? DEFAULT_REGLAGES_SUIVI.seuil : typedOption(readSeuil(seuilText, "--seuil"), "bilan");
  const bornesText = str(v["periodes-construction"]);
  const bornes =
    bornesText === undefined ? { ok: true as const, value: [...DEFAULT_BORNES_CONSTRUCTION] } : readBornes(bornesText);
  if (!bornes.ok)
    throw new CliError("ARGUMENTS", { detail: `--periodes-construction : ${bornes.error.message}`, commande: "bilan" });
  return {
    ...DEFAULT_REGLAGES_SUIVI,
    periode: periodeOption(v),
    etape: etape.value,
    seuil,
    bornes: bornes.value,
    bailleur: str(v.bailleur),
  };
}

/** What a bilan run gives to write: the main sheet, one per réservataire when asked, the findings. */
interface BilanRun {
  readonly principal: PlanSheet | undefined;
  readonly parRes: readonly { nom: string; plan: PlanSheet }[];
  readonly diagnostics: readonly SuiviDiagnostic[];
}

/** The legal annual bilan, printed (text or JSON). */
function runAnnuel(
  io: Io,
  o: { fichier: string; json: boolean },
  sheets: readonly SheetRead[],
  active: string,
  annuel: number,
  r: ReglagesSuivi,
): BilanRun {
  const w = travailAnnuel(sheets, active, annuel, r);
  const { diagnostics } = w;
  if (o.json)
    io.out(
      JSON.stringify(
        {
          fichier: o.fichier,
          annee: annuel,
          reservataires: w.bilan?.reservataires ?? [],
          operations: w.bilan?.operations,
          nonRapproches: w.bilan?.nonRapproches ?? [],
          constats: diagnostics.map(constatJson),
        },
        null,
        2,
      ),
    );
  else if (w.bilan) {
    io.out(`${o.fichier} — bilan annuel ${annuel} : ${accord(w.bilan.reservataires.length, "réservataire")}`);
    io.out(
      formatTable([
        ["Réservataire", "Logements proposés", "Logements attribués"],
        ...w.bilan.reservataires.map((x) => [x.nom, x.proposes, x.attribues]),
      ]),
    );
  }
  return { principal: w.plan, parRes: [...(w.parReservataire ?? [])], diagnostics };
}

/** The bilan of a period, printed (text or JSON), with each réservataire's own sheet when asked. */
function runBilan(
  io: Io,
  o: { fichier: string; json: boolean; parReservataire: boolean },
  sheets: readonly SheetRead[],
  r: ReglagesSuivi,
): BilanRun {
  const w = travailBilan(sheets, r);
  const { diagnostics } = w;
  const b = w.bilan;
  const parRes =
    !b || !o.parReservataire
      ? []
      : b.parReservataire.flatMap(({ nom }) => {
          const own = planDuReservataire(w, r, nom);
          return own ? [{ nom, plan: own }] : [];
        });
  if (o.json)
    io.out(
      JSON.stringify(
        {
          fichier: o.fichier,
          journal: w.journal,
          objectifs: w.objectifs,
          periode: b?.periode,
          etape: b?.etape,
          groupes: b?.groupes ?? [],
          total: b?.total,
          desequilibres: w.desequilibres ?? [],
          ...(w.delais ? { delais: w.delais } : {}),
          constats: diagnostics.map(constatJson),
        },
        null,
        2,
      ),
    );
  else if (b) {
    io.out(
      `${o.fichier} — journal « ${w.journal?.feuille ?? ""} », ${formatNombre(w.journal?.evenements ?? 0)} événements ; ${b.periode.libelle} ; décompte : ${NOMS_ETAPES[b.etape]} ; attendu à date : ${formatPourcent(b.periode.fractionAnnee)} de l'objectif`,
    );
    // Columns after the EPCI: réservataire, objectif, 4 counts, atteinte (%), attendu, écart, taux de chute (%), prochain.
    const show = (x: number | string, i: number): string | number =>
      typeof x !== "number"
        ? x
        : i === 6 || i === 9
          ? formatPourcent(x)
          : i === 7 || i === 8
            ? formatNombre(Math.round(x * 10) / 10)
            : x;
    for (const g of b.groupes) {
      io.out(`\n${g.libelle}${"nom" in g.prochain ? ` — prochain à servir : ${g.prochain.nom}` : ""}`);
      io.out(
        formatTable([ENTETE_BILAN.slice(1), ...[...g.lignes, g.total].map((l) => bilanCell(l).slice(1).map(show))]),
      );
    }
    io.out(`\n${formatTable([ENTETE_BILAN.slice(1), bilanCell(b.total).slice(1).map(show)])}`);
    for (const line of reglesBilan(b.periode)) io.out(line);
    if (b.periode.semestre !== undefined) {
      const rows = [...b.groupes.flatMap((g) => [...g.lignes, g.total]), b.total].map((l) => [
        l.libelleEpci,
        l.reservataire,
        ...(l.comptesSemestre ?? []),
      ]);
      io.out(
        `\nSemestre seul, ${b.periode.semestre.libelle} :\n${formatTable([["EPCI", "Réservataire", "Mises à disposition", "Propositions", "Attributions", "Baux signés"], ...rows])}`,
      );
    }
    if (w.delais !== undefined)
      io.out(
        `\nDélais des vacances mises à disposition dans la période :\n${formatTable([ENTETE_DELAIS, ...w.delais.map((d) => delaisCell(d).map((x, i) => (typeof x !== "number" ? x : i === 3 ? formatPourcent(x) : formatNombre(x))))])}`,
      );
    for (const d of w.desequilibres ?? [])
      io.out(
        `À réorienter : ${d.reservataire} (${d.epci}), ${d.dimension.toLowerCase()} ${d.classe} : ${formatNombre(d.ecartPoints)} points (${formatPourcent(d.partMiseADisposition)} des mises à disposition, ${formatPourcent(d.partParc)} du parc)`,
      );
  }
  return { principal: w.plan, parRes, diagnostics };
}

export async function bilanMain(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("bilan", args, {
    periode: { type: "string" },
    annee: { type: "string" },
    debut: { type: "string" },
    fin: { type: "string" },
    etape: { type: "string" },
    objectifs: { type: "string" },
    seuil: { type: "string" },
    annuel: { type: "string" },
    "periodes-construction": { type: "string" },
    bailleur: { type: "string" },
    "par-reservataire": { type: "boolean" },
    ...SORTIE_JSON_OPTIONS,
  });
  const fichier = singleFile("bilan", positionals, "Indiquez un seul journal .xlsx");
  const parReservataire = values["par-reservataire"] === true;
  const sortie = str(values.sortie);
  checkNotEmpty(
    "-o",
    sortie,
    parReservataire ? "« -o envois/ » (un dossier) ou « -o bilan.xlsx »" : "« -o bilan.xlsx »",
  );
  const objectifsFile = str(values.objectifs);
  const inputs: NamedPath[] = [
    { file: fichier },
    ...(objectifsFile === undefined ? [] : [{ file: objectifsFile, option: "--objectifs" }]),
  ];
  if (!parReservataire) refuseInput(inputs, sortie);
  const where = parReservataire ? whereParReservataire(fichier, sortie) : undefined;
  const r = reglages(values);
  const annuelText = str(values.annuel);
  const annuel = annuelText === undefined ? undefined : typedOption(readTypedYear(annuelText, "--annuel"), "bilan");
  const read = await readGrids(fichier);
  const sheets: SheetRead[] = [...read.sheets];
  if (objectifsFile !== undefined) sheets.push(...(await readGrids(objectifsFile)).sheets);
  const json = values.json === true;

  const { principal, parRes, diagnostics } =
    annuel !== undefined
      ? runAnnuel(io, { fichier, json }, sheets, read.active, annuel, r)
      : runBilan(io, { fichier, json, parReservataire }, sheets, r);
  // The error that stops the command is said once, on gef's last line; the other findings before it.
  const first = principal === undefined ? diagnostics.find((c) => c.severity === "erreur") : undefined;
  printDiagnostics(
    io,
    diagnostics.filter((c) => c !== first),
  );
  if (principal === undefined) {
    throw new CliError("ARGUMENTS", {
      detail: `${fichier} : ${first?.message.replace(/\.$/, "") ?? "rien à calculer"}`,
      commande: "bilan",
    });
  }
  const tally = xmlTally();
  if (where !== undefined) {
    const { files, numbered } = filesParReservataire(
      where,
      principal.name,
      parRes.map((p) => p.nom),
    );
    // Every file is checked against the inputs and the others before the first is written.
    if (where.create) makeFolder(where.dir);
    checkOutputs(
      inputs,
      files.map((file) => ({ file, option: "-o" })),
    );
    for (const [i, { plan }] of parRes.entries()) tally.removed += await writePlans(files[i] ?? "", [plan]);
    const renamed = numbered.filter(Boolean).length;
    if (!json) {
      io.out(`\n${accord(files.length, "classeur écrit", "classeurs écrits")}, un par réservataire :`);
      io.out(files.map((f, i) => `  ${f}${numbered[i] === true ? `  (${parRes[i]?.nom ?? ""})` : ""}`).join("\n"));
      if (renamed > 0) io.out(NOTES_CLI.nomsNumerotes(renamed));
    }
  } else if (sortie !== undefined) {
    tally.removed += await writePlans(sortie, [principal]);
    if (!json) io.out(`\nÉcrit : ${sortie} (feuille « ${principal.name} »)`);
  }
  tellRemoved(io, tally.removed, json);
  return diagnostics.some((c) => c.severity !== "info") ? 1 : 0;
}
