/**
 * The example's vacancies (issue 19): the RPLS fields of the fiche navette added to the dwelling table
 * (address, building, floor, surface, year, rents, DPE…; a few left blank, so that the fiche shows
 * « non renseigné »), and open vacancies at the end of the journal, dated from the day the sandbox
 * opens: some overdue, some due within the week, some later, and one made available on 31 January
 * 2024, whose limit is 29 February 2024 (a month ends on the month's last day).
 */
import { seededRandom } from "./random";

const VOIES = ["AVENUE", "BOULEVARD", "RUE", "CHEMIN", "ALLEE"];
const NOMS_VOIES = [
  "DES ORANGERS",
  "JEAN JAURES",
  "DE LA REPUBLIQUE",
  "DU PORT",
  "DES CYPRES",
  "PASTEUR",
  "VICTOR HUGO",
];
const RESIDENCES = ["LES MIMOSAS", "LE PARC FLEURI", "LES TERRASSES", "BELLEVUE", "LES PINS", "LE HAMEAU"];
const DPE = ["A", "B", "C", "C", "D", "D", "D", "E", "E", "F"];
const CHAUFFAGE = ["Collectif gaz", "Individuel électrique", "Individuel gaz", "Réseau de chaleur"];

/** The headers added to the dwelling table, RPLS names first (the fiche reads them by name). */
export const COLONNES_FICHE_EXEMPLE = [
  "RESIDENCE",
  "NUMVOIE",
  "TYPVOIE",
  "NOMVOIE",
  "CODEPOSTAL",
  "BAT",
  "ESC",
  "ETAGE",
  "NUMAPPT",
  "SURFHAB",
  "CONSTRUCT",
  "ASCENSEUR",
  "LOYERPRINC",
  "LOYERACC",
  "CHARGES",
  "DPEENERGIE",
  "CHAUFFAGE",
] as const;

/** The dwelling grid (header on its first non-title row) with the fiche's fields at its right. */
export function avecChampsFiche(grid: readonly (readonly unknown[])[], seed = 19): unknown[][] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const header = grid.findIndex((row) => row.includes("NUMLOG"));
  return grid.map((row, r) => {
    if (r < header) return [...row];
    if (r === header) return [...row, ...COLONNES_FICHE_EXEMPLE];
    const pieces = Number(row[7]) || 3;
    const surface = Math.round(22 + pieces * 17 + rnd() * 12);
    const loyer = Math.round(surface * (5.4 + rnd() * 2) * 100) / 100;
    const etage = Math.floor(rnd() * 8);
    // About one dwelling in twelve lacks its DPE and its charges: the fiche says « non renseigné ».
    const lacunaire = rnd() < 0.08;
    return [
      ...row,
      pick(RESIDENCES),
      1 + Math.floor(rnd() * 120),
      pick(VOIES),
      pick(NOMS_VOIES),
      `06${String(Math.floor(rnd() * 9) * 100 + 100).padStart(3, "0")}`,
      pick(["A", "B", "C"]),
      String(1 + Math.floor(rnd() * 3)),
      etage,
      `${etage}0${1 + Math.floor(rnd() * 6)}`,
      surface,
      1960 + Math.floor(rnd() * 64),
      etage > 3 || rnd() < 0.4 ? "Oui" : "Non",
      loyer,
      rnd() < 0.5 ? 35 : "",
      lacunaire ? "" : Math.round(surface * 1.6),
      lacunaire ? "" : pick(DPE),
      pick(CHAUFFAGE),
    ];
  });
}

/** Excel's serial day of a date (1900 system). */
const serialOf = (d: Date): number =>
  Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000) + 25_569;

/**
 * Open vacancies appended to the journal's rows (header first: N° logement, Réservataire, Étape, Date,
 * …), on dwellings of the table the journal never names (no earlier vacancy of theirs is left open),
 * dated from `today`: mises à disposition of 40, 34 and 33 days ago (overdue: their month has passed),
 * of 27 and 25 days ago (due within the week), of 12 days ago (later), one designated with two
 * candidates, and the one of 31 January 2024 (limit 29 February 2024) left without a designation.
 */
export function avecVacancesOuvertes(
  journal: readonly (readonly unknown[])[],
  logements: number,
  today: Date,
): unknown[][] {
  const width = journal[0]?.length ?? 4;
  const t = serialOf(today);
  const used = new Set(journal.slice(1).map((r) => r[0]));
  const libres: string[] = [];
  for (let n = 1; n <= logements && libres.length < 8; n++) {
    const id = `L${String(n).padStart(7, "0")}`;
    if (!used.has(id)) libres.push(id);
  }
  const plan: [string, string, number][] = [
    ["VILLE D'ANTIBES", "Mise à disposition", 45322],
    ["PREFECTURE", "Mise à disposition", t - 40],
    ["ACTION LOGEMENT SERVICES", "Mise à disposition", t - 34],
    ["CONSEIL DEPARTEMENTAL", "Mise à disposition", t - 33],
    ["VILLE DE NICE", "Mise à disposition", t - 27],
    ["METROPOLE NICE COTE D'AZUR", "Mise à disposition", t - 25],
    ["CONTINGENT PREFECTORAL DALO", "Mise à disposition", t - 12],
    ["PREFECTURE", "Mise à disposition", t - 20],
  ];
  const rows = plan.map(([res, etape, date], i) => [
    libres[i] ?? `L900000${i}`,
    res,
    etape,
    date,
    ...new Array<unknown>(width - 4).fill(""),
  ]);
  const designee = rows[rows.length - 1] ?? [];
  rows.push([designee[0], "PREFECTURE", "Désignation", t - 6, ...new Array<unknown>(width - 4).fill("")]);
  return [...journal.map((r) => [...r]), ...rows];
}
