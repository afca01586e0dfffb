/**
 * `gef vacance parc.xlsx --journal journal.xlsx --logement ID --date AAAA-MM-JJ [--reservataire NOM]
 * -o journal-a-jour.xlsx`: the proposal of the pane's « Nouvelle vacance » printed, and the mise à
 * disposition appended to a copy of the journal (src/jobs/vacances/nouvelle-vacance.ts). The journal
 * read is never written; the copy keeps every other part of the file byte for byte (xlsx-patch.ts).
 */
import {
  cellAddress,
  JOURNAL_COLUMNS,
  COLONNES_JOURNAL_GEF,
  COLONNES_VACANCES,
  FORMATS_JOURNAL_GEF,
  dateFr,
  isBlank,
  isBlankRow,
  matchHeaderRow,
  readJournal,
  type CellWrite,
  type Grid,
} from "../../domain";
import { preparerVacance, type VacancePreparee } from "../../jobs";
import { CliError } from "../errors";
import type { Io } from "../io";
import { str } from "../options";
import { parseOptions, singleFile } from "../parse-options";
import { tellRemoved } from "../outputs";
import { patchWorkbook } from "../../xlsx/node";
import { constatJson } from "../diagnostic-json";
import { printDiagnostics } from "../diagnostic-json";
import { refuseInput } from "../outputs";
import { aujourdhui, dateOption, lireJournalEtParc, reglesOption } from "./vacances-commun";

export const AIDE_VACANCE = `gef vacance <parc.xlsx> --journal <journal.xlsx> --logement ID --date AAAA-MM-JJ [--reservataire NOM] -o <journal-a-jour.xlsx>

Note une mise à disposition, comme « Nouvelle vacance » puis « Mettre à disposition » dans le volet :
trouve le logement dans la table des logements (un identifiant proche est suggéré : « Vouliez-vous
dire … ? »), propose le réservataire le plus en retard de son objectif à date dans l'EPCI du logement
(« 12 sur 40 attendus à date »), avertit s'il est déjà bien servi dans cette typologie ou ce
financement, calcule la date limite (un mois, 31/01/2024 → 29/02/2024) et ajoute la ligne au journal,
dans l'ordre des colonnes de GEF (Logement, Réservataire, Étape, Date, EPCI, Date limite, Candidats,
Commentaire ; une colonne qui manque est ajoutée à droite), dans une copie : le journal lu n'est
jamais modifié. Les objectifs viennent d'une feuille « Objectifs » (gef objectifs) de l'un des classeurs.

  --journal <f.xlsx>      le journal du flux (obligatoire, .xlsx)
  --logement <ID>         l'identifiant du logement (obligatoire)
  --date <date>           la date de la mise à disposition (obligatoire)
  --reservataire <NOM>    un autre réservataire que celui proposé (avec --motif)
  --motif <TEXTE>         pourquoi, gardé dans la colonne Commentaire
  --conge <date>          la date du congé reçu (jamais après aujourd'hui)
  --liberation <date>     la date de libération prévue
  --limite <date>         une date limite au lieu du délai du réservataire
  --validation <N>        la convention prévoit une validation par le réservataire en N jours
  -o, --sortie <f.xlsx>   la copie du journal à écrire (jamais le journal lu)
  --json                  la proposition, la ligne ajoutée et les diagnostics

Code de sortie : 0 ligne ajoutée, 1 refus (logement inconnu, vacance déjà ouverte, congé futur, date
limite avant la mise à disposition, réservataire sans objectif : rien n'est écrit), 2 fichier ou
arguments inutilisables.

Exemple : gef vacance parc.xlsx --journal journal.xlsx --logement LGT-0012 --date 2024-01-31 -o journal-2.xlsx`;

export async function vacanceMain(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("vacance", args, {
    journal: { type: "string" },
    logement: { type: "string" },
    date: { type: "string" },
    reservataire: { type: "string" },
    motif: { type: "string" },
    conge: { type: "string" },
    liberation: { type: "string" },
    limite: { type: "string" },
    validation: { type: "string" },
    bailleur: { type: "string" },
    sortie: { type: "string", short: "o" },
    json: { type: "boolean" },
  });
  const parc = singleFile("vacance", positionals, "Indiquez la table des logements .xlsx");
  const journal = str(values.journal);
  const logement = str(values.logement);
  const date = dateOption("vacance", "date", str(values.date));
  const manque =
    journal === undefined
      ? "--journal journal.xlsx"
      : logement === undefined
        ? "--logement ID"
        : date === undefined
          ? "--date AAAA-MM-JJ"
          : undefined;
  if (manque !== undefined || journal === undefined || logement === undefined || date === undefined)
    throw new CliError("ARGUMENTS", { detail: `Indiquez ${manque ?? ""}`, commande: "vacance" });
  if (!/\.xlsx$/i.test(journal))
    throw new CliError("ARGUMENTS", {
      detail: `Le journal « ${journal} » doit être un classeur .xlsx pour que GEF en écrive une copie complétée`,
      commande: "vacance",
    });
  const sortie = str(values.sortie);
  if (sortie === undefined)
    throw new CliError("SORTIE_MANQUANTE", { commande: "vacance", detail: `${parc} --journal ${journal}` });
  refuseInput([{ file: parc }, { file: journal, option: "--journal" }], sortie);
  const sheets = await lireJournalEtParc(journal, parc);
  const opt = (o: string): number | undefined => dateOption("vacance", o, str(values[o]));
  const saisie = {
    logement,
    miseADisposition: date,
    conge: opt("conge"),
    liberation: opt("liberation"),
    dateLimite: opt("limite"),
    reservataire: str(values.reservataire),
    motif: str(values.motif),
  };
  const r = preparerVacance(sheets, saisie, {
    aujourdhui: aujourdhui(),
    regles: reglesOption("vacance", str(values.validation)),
    bailleur: str(values.bailleur),
  });
  imprimer(io, r, { logement, date, json: values.json === true });
  printDiagnostics(io, r.diagnostics);
  if (r.bloquee || r.ligne === undefined)
    return r.diagnostics.some((c) => c.code === "JOURNAL_INTROUVABLE" || c.code === "PARC_INTROUVABLE") ? 2 : 1;
  const feuille = r.journal;
  const grid = sheets.find((s) => s.name === feuille)?.values;
  if (feuille === undefined || grid === undefined)
    throw new CliError("JOURNAL_INTROUVABLE", { fichier: journal, detail: "" });
  tellRemoved(
    io,
    await patchWorkbook(journal, sortie, feuille, appendWrites(grid, r.ligne), grid),
    values.json === true,
  );
  if (values.json !== true) io.out(`Journal complété : ${sortie} (feuille « ${feuille} »).`);
  return 0;
}

/** The proposal and the limit, or `--json`'s object. */
function imprimer(
  io: Io,
  r: VacancePreparee,
  q: { readonly logement: string; readonly date: number; readonly json: boolean },
): void {
  if (q.json)
    io.out(
      JSON.stringify(
        {
          proposition: r.proposition,
          reservataire: r.reservataire,
          dateLimite: r.dateLimite === undefined ? undefined : dateFr(r.dateLimite),
          ligne: r.ligne,
          ecrit: !r.bloquee,
          constats: r.diagnostics.map(constatJson),
        },
        null,
        2,
      ),
    );
  else {
    if (r.proposition !== undefined) io.out(`Proposition : ${r.proposition.raison}`);
    if (r.reservataire !== undefined && r.dateLimite !== undefined)
      io.out(
        `Mise à disposition du logement ${q.logement.trim()} à ${r.reservataire} le ${dateFr(q.date)} ; date limite de désignation : ${dateFr(r.dateLimite)}.`,
      );
  }
}

/**
 * The cells that append `ligne` (GEF's column order) under the journal's last row: each value under
 * the journal's column of that name; a GEF column the journal lacks gets its header at the right.
 */
export function appendWrites(grid: Grid, ligne: readonly (string | number)[]): CellWrite[] {
  const read = readJournal(grid);
  const top = read.ok ? (read.value.headerRow ?? 0) : 0;
  const header = grid[top] ?? [];
  const base = matchHeaderRow(header, JOURNAL_COLUMNS).columns;
  const extra = matchHeaderRow(header, COLONNES_VACANCES).columns;
  const cols = [
    base.logement,
    base.reservataire,
    base.etape,
    base.date,
    extra.epci,
    extra.dateLimite,
    extra.candidats,
    extra.commentaire,
  ];
  let free = header.length;
  while (free > 0 && isBlank(header[free - 1])) free--;
  let last = grid.length - 1;
  while (last > top && isBlankRow(grid[last] ?? [])) last--;
  const row = last + 1;
  const writes: CellWrite[] = [];
  COLONNES_JOURNAL_GEF.forEach((titre, i) => {
    let col = cols[i];
    if (col === undefined) {
      col = free++;
      writes.push({ cell: cellAddress(top, col), row: top, col, value: titre, asText: true });
    }
    const v = ligne[i] ?? "";
    if (v === "") return;
    const fmt = FORMATS_JOURNAL_GEF[i] ?? "General";
    writes.push(
      typeof v === "number"
        ? { cell: cellAddress(row, col), row, col, value: v, numberFormat: fmt === "@" ? "General" : fmt }
        : { cell: cellAddress(row, col), row, col, value: v, asText: true },
    );
  });
  return writes;
}
