/**
 * `gef echeances journal.xlsx [--au AAAA-MM-JJ] [--jours 7] [--tout] [--json]`: the vacancies to
 * chase, the job of the pane's « À relancer » (src/jobs/vacances/echeances.ts). Exit 1 when a limit
 * has passed without a designation, or the journal has an error.
 */
import { NOMS_STATUTS, dateFr, readDateValue } from "../../domain";
import { DEFAULT_JOURS_RELANCE, echeances } from "../../jobs";
import { formatTable, type Io } from "../io";
import { str } from "../options";
import { parseOptions, singleFile } from "../parse-options";
import { printDiagnostics } from "../diagnostic-json";
import { aujourdhui, dateOption, joursOption, lireJournalEtParc, reglesOption } from "./vacances-commun";

export const AIDE_ECHEANCES = `gef echeances <journal.xlsx> [--au AAAA-MM-JJ] [--jours 7] [--tout] [--json]

Les vacances à relancer, comme « À relancer » dans le volet (onglet Vacances) : les vacances ouvertes
du journal dont la date limite de désignation est passée ou tombe dans les N jours. La date limite est
celle de la colonne « Date limite » du journal, sinon un mois après la mise à disposition (le même
quantième du mois suivant, ou son dernier jour : 31/01/2024 → 29/02/2024). Statuts : à désigner, en
retard (limite passée sans désignation), désignée, proposée en CALEOL, attribuée, refusée ; bail signé
et retour bailleur (vacances closes) seulement avec --tout.

  --au <date>          le jour du calcul (défaut : aujourd'hui), 2024-03-01 ou 01/03/2024
  --jours <N>          jours à venir à surveiller (défaut ${DEFAULT_JOURS_RELANCE})
  --tout               toutes les vacances, closes et remises à disposition comprises
  --validation <N>     la convention prévoit une validation par le réservataire en N jours
  --json               un tableau d'objets : logement, reservataire, epci, miseADisposition et dateLimite
                       (AAAA-MM-JJ), joursRestants (négatif une fois passée), statut (a_designer, en_retard,
                       designee, proposee, attribuee, bail_signe, retour_bailleur, refusee)

Code de sortie : 0 rien en retard, 1 une date limite passée sans désignation (ou une erreur du journal),
2 fichier ou arguments inutilisables.

Exemple : gef echeances journal.xlsx --au 2024-03-01 --jours 10`;

export async function echeancesMain(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions("echeances", args, {
    au: { type: "string" },
    jours: { type: "string" },
    tout: { type: "boolean" },
    validation: { type: "string" },
    json: { type: "boolean" },
  });
  const fichier = singleFile("echeances", positionals, "Indiquez un seul journal .xlsx");
  const au = dateOption("echeances", "au", str(values.au)) ?? aujourdhui();
  const jours = joursOption("echeances", str(values.jours), DEFAULT_JOURS_RELANCE);
  const regles = reglesOption("echeances", str(values.validation));
  const sheets = await lireJournalEtParc(fichier, undefined);
  const r = echeances(sheets, { au, jours, tout: values.tout === true, regles });
  printDiagnostics(io, r.diagnostics);
  if (r.feuille === undefined) return 2;
  if (values.json === true) io.out(JSON.stringify(r.lignes, null, 2));
  else {
    io.out(
      `${fichier} — journal « ${r.feuille} », au ${dateFr(au)} : ${r.lignes.length} vacance(s) ${values.tout === true ? "" : `dont la limite est passée ou tombe dans les ${jours} jours`}`,
    );
    const fr = (iso: string): string => dateFr(readDateValue(iso) ?? 0);
    const rows = r.lignes.map((l) => [
      l.logement,
      l.reservataire,
      l.epci,
      fr(l.miseADisposition),
      fr(l.dateLimite),
      l.joursRestants,
      NOMS_STATUTS[l.statut],
    ]);
    if (rows.length > 0)
      io.out(
        formatTable([
          ["Logement", "Réservataire", "EPCI", "Mise à disposition", "Date limite", "Jours restants", "Statut"],
          ...rows,
        ]),
      );
  }
  return r.enRetard > 0 || r.diagnostics.some((c) => c.severity === "erreur") ? 1 : 0;
}
