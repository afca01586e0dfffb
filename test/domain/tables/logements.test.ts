import { FINANCEMENTS, TYPOLOGIES } from "../../../src/domain/rpls";
import { readLogements, type LogementsRead } from "../../../src/domain/tables/logements";
import { formatIssue } from "../../../src/domain";
import { NON_CLASSE, type LogementTable } from "../../../src/domain/tables/types";
import { gridView } from "../../../src/domain";
import { HEADER_SCAN_ROWS } from "../../../src/domain/tables/headers";
import { makeLogementGrid } from "../../../sandbox/logement-grid";

function read(grid: unknown[][], options?: Parameters<typeof readLogements>[1]): LogementTable {
  const r: LogementsRead = readLogements(grid, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.table;
}

const fin = (t: LogementTable): (string | undefined)[] => [...t.financement].map((f) => FINANCEMENTS[f]);
const typo = (t: LogementTable): (string | undefined)[] => [...t.typologie].map((f) => TYPOLOGIES[f]);
const messages = (t: LogementTable): string[] => t.issues.map(formatIssue);

describe("lecture d'une table de logements", () => {
  it("lit un extrait RPLS ancien schéma : codes lus comme nombres, EPCI, FINAN, NBPIECE, TYPECONST", () => {
    const t = read([
      ["NUMLOG", "DEPCOM", "EPCI", "FINAN", "NBPIECE", "TYPECONST", "MODE", "QPV", "PMR"],
      ["A1", 6088, 200030195, 13, 3, "C", 1, 2, 0],
      ["A2", 6004, null, 11, 1, "E", 1, 1, 1],
      ["A3", "2A004", null, 16, 7, "I", 2, 2, 0],
    ]);
    expect(t.size).toBe(3);
    expect(t.commune).toEqual(["06088", "06004", "2A004"]);
    expect(t.epci).toEqual(["200030195", "", ""]);
    expect(fin(t)).toEqual(["PLUS", "PLAI", "PLI"]);
    expect(typo(t)).toEqual(["T3", "T1", "T6+"]);
    expect([...t.etudiant]).toEqual([0, 1, 0]);
    expect([...t.pmr]).toEqual([0, 1, 0]);
    expect([...t.ligne]).toEqual([2, 3, 4]);
    expect(t.columns).toEqual({
      commune: true,
      epci: true,
      financement: true,
      typologie: true,
      reservataire: false,
      etudiant: true,
      pmr: true,
      plaiAdapte: false,
    });
    expect(t.issues).toEqual([]);
  });

  it("lit un extrait RPLS 2024 : paires _CODE / _LIBELLE, codes en texte", () => {
    const t = read([
      [
        "DEPCOM_CODE",
        "DEPCOM_LIBELLE",
        "EPCI_CODE",
        "EPCI_LIBELLE",
        "FINAN_CODE",
        "FINAN_LIBELLE",
        "NBPIECE",
        "TYPECONST_CODE",
      ],
      ["06029", "Cannes", "200039915", "CA Cannes Pays de Lérins", "14", "PLS", 2, "C"],
      ["", "Antibes", "", "", "", "PLAI adapté", 4, "E"],
    ]);
    expect(t.commune).toEqual(["06029", "06004"]);
    expect(t.epci).toEqual(["200039915", ""]);
    expect(fin(t)).toEqual(["PLS", "PLAI"]);
    expect([...t.plaiAdapte]).toEqual([0, 1]);
    expect(t.columns.plaiAdapte).toBe(true);
    expect([...t.etudiant]).toEqual([0, 1]);
  });

  it.each([
    ["ancien", 0],
    ["2024", 0],
    ["ancien", 3],
    ["2024", 5],
  ] as const)(
    "lit une table générée (schéma %s, en-tête après %d lignes de titre) sans rien perdre",
    (scheme, titleRows) => {
      const grid = makeLogementGrid(3000, { seed: 11, scheme, titleRows });
      const t = read(grid);
      expect(t.size).toBe(3000);
      expect(t.issues).toEqual([]);
      expect(t.ligne[0]).toBe(titleRows + 2);
      expect(t.commune.every((c) => /^06\d{3}$/.test(c))).toBe(true);
      expect(t.financement.every((f) => f !== NON_CLASSE)).toBe(true);
      expect(t.typologie.every((f) => f !== NON_CLASSE)).toBe(true);
      expect(t.reservataire).toContain("ACTION LOGEMENT SERVICES");
      expect(t.reservataire).toContain("");
    },
  );

  it("lit une liste de bailleur avec des noms de communes à la place des codes", () => {
    const t = read(makeLogementGrid(2000, { seed: 5, scheme: "2024", communes: "noms" }));
    expect(t.size).toBe(2000);
    expect(t.issues).toEqual([]);
    expect(t.commune).toContain("06123"); // « ST LAURENT DU VAR »
    expect(t.commune).toContain("06030"); // « LE CANNET »
    expect(t.commune.every((c) => /^06\d{3}$/.test(c))).toBe(true);
  });

  it("numérote les lignes comme la feuille, en-tête hors de la ligne 1 et plage décalée", () => {
    const grid = [["Titre"], [], ["Commune", "Financement"], ["Nice", "XYZ"]];
    expect(messages(read(grid))).toEqual(["ligne 4 : financement « XYZ » inconnu"]);
    expect(messages(read(grid, { firstRow: 10 }))).toEqual(["ligne 13 : financement « XYZ » inconnu"]);
  });

  it("classe NON_CLASSE un financement ou une typologie inconnus, et le dit", () => {
    const t = read([
      ["Commune", "Financement", "Typologie"],
      ["Nice", "XYZ", "T3"],
      ["Nice", "PLUS", "duplex"],
      ["Nice", "", ""],
    ]);
    expect(t.size).toBe(3);
    expect([...t.financement]).toEqual([NON_CLASSE, 1, NON_CLASSE]);
    expect([...t.typologie]).toEqual([2, NON_CLASSE, NON_CLASSE]);
    expect(messages(t)).toEqual([
      "ligne 2 : financement « XYZ » inconnu",
      "ligne 3 : typologie « duplex » inconnue",
      "ligne 4 : financement vide",
      "ligne 4 : typologie vide",
    ]);
  });

  it("prend le libellé quand le code de financement manque ou est inconnu", () => {
    const t = read([
      ["FINAN_CODE", "FINAN_LIBELLE"],
      ["", "PLUS"],
      ["77", "PLS"],
      ["10", "n'importe quoi"],
    ]);
    expect(fin(t)).toEqual(["PLUS", "PLS", "PLAI"]);
    expect(t.issues).toEqual([]);
  });

  it.each([
    [1, 1],
    [0, 0],
    ["1", 1],
    ["0", 0],
    ["OUI", 1],
    ["Non", 0],
    ["X", 1],
    ["x", 1],
    [true, 1],
    [false, 0],
    ["", 0],
    [null, 0],
  ])("lit l'indicateur PMR %p comme %d", (value, flag) => {
    const t = read([
      ["DEPCOM", "PMR", "PLAI adapté"],
      ["06088", value, value],
    ]);
    expect([t.pmr[0], t.plaiAdapte[0]]).toEqual([flag, flag]);
    expect(t.issues).toEqual([]);
  });

  it("signale un indicateur illisible et le compte NON", () => {
    const t = read([
      ["DEPCOM", "PMR", "TYPECONST"],
      ["06088", "peut-être", "Z"],
    ]);
    expect(t.pmr[0]).toBe(0);
    expect(messages(t)).toEqual([
      "ligne 2 : type de construction « Z » inconnu (attendu C, I ou E), logement non étudiant",
      "ligne 2 : PMR : valeur « peut-être » non reconnue (attendu OUI/NON, 1/0 ou X), comptée NON",
    ]);
  });

  it("résout un nom de commune ambigu par la colonne département, l'option, ou le département dominant", () => {
    const grid = [
      ["Commune", "Département", "Financement"],
      ["Saint-Martin", "65", "PLUS"],
      ["Saint-Martin", "", "PLUS"],
      ["Nice", "", "PLUS"],
    ];
    expect(read(grid).commune).toEqual(["65392", "", "06088"]);
    expect(read(grid, { departement: "67" }).commune).toEqual(["65392", "67426", "06088"]);
    const sansColonne = [
      ["Commune", "Financement"],
      ["Beaulieu", "PLUS"],
      ["Nice", "PLUS"],
      ["Vence", "PLS"],
    ];
    // Beaulieu (15, 07, 21, 34…) n'est pas dans le 06 : ambigu ; la ligne compte, sans commune.
    const t = read(sansColonne);
    expect(t.commune).toEqual(["", "06088", "06157"]);
    expect(messages(t)).toEqual([
      expect.stringMatching(
        /^ligne 2 : commune « Beaulieu » ambiguë \(\d+ communes de ce nom\) : indiquez le code INSEE ou le département$/,
      ),
    ]);
  });

  it("tranche un nom ambigu dans le département où sont la plupart des logements", () => {
    const t = read([
      ["Commune", "Financement"],
      ["Nice", "PLUS"],
      ["Nice", "PLUS"],
      ["Saint-Martin", "PLUS"],
      ["Strasbourg", "PLUS"],
    ]);
    expect(t.commune[2]).toBe("");
    const u = read([
      ["Commune", "Financement"],
      ["Strasbourg", "PLUS"],
      ["Haguenau", "PLUS"],
      ["Saint-Martin", "PLUS"],
    ]);
    expect(u.commune[2]).toBe("67426");
    expect(u.issues).toEqual([]);
  });

  it("garde un code commune absent du découpage, et le signale", () => {
    const t = read([
      ["DEPCOM", "FINAN"],
      [6999, 13],
    ]);
    expect(t.commune).toEqual(["06999"]);
    expect(messages(t)).toEqual(["ligne 2 : code commune « 06999 » absent du découpage administratif"]);
  });

  it("lit l'EPCI par SIREN, sigle ou nom, et se rabat sur la commune s'il est inconnu", () => {
    const t = read([
      ["DEPCOM", "EPCI"],
      ["06088", 200030195],
      ["06004", "CASA"],
      ["06029", "CA Cannes Pays de Lérins"],
      ["06069", "123456789"],
    ]);
    expect(t.epci).toEqual(["200030195", "240600585", "200039915", ""]);
    expect(messages(t)).toEqual(["ligne 5 : EPCI « 123456789 » inconnu : rattachement par la commune"]);
  });

  it("saute les lignes vides sans rien dire, signale les totaux et les lignes inexploitables", () => {
    const t = read([
      ["N° logement", "Commune", "Financement", "Réservataire"],
      ["L1", "Nice", "PLUS", "PREFECTURE"],
      [null, "", "  ", null],
      [],
      ["L2", null, null, null],
      ["L3", "ZZZ", "???", ""],
      [null, "TOTAL", null, 1234],
      ["L4", "", "PLAI", ""],
    ]);
    expect(t.size).toBe(2);
    expect([...t.ligne]).toEqual([2, 8]);
    expect(t.commune).toEqual(["06088", ""]);
    expect(messages(t)).toEqual([
      "ligne 5 : aucune valeur dans les colonnes reconnues, ligne ignorée",
      "ligne 6 : rien d'exploitable (commune « ZZZ » inconnue ; financement « ??? » inconnu), ligne ignorée",
      "ligne 7 : ligne de total (« TOTAL ») ignorée",
      "ligne 8 : commune vide",
    ]);
  });

  it("compte une ligne au seul réservataire, sans commune", () => {
    const t = read([
      ["Commune", "Réservataire"],
      ["", " ACTION LOGEMENT "],
    ]);
    expect(t.reservataire).toEqual(["ACTION LOGEMENT"]);
    expect(messages(t)).toEqual(["ligne 2 : commune vide"]);
  });

  it("supporte des dates et des objets dans les cellules sans s'arrêter", () => {
    const t = read([
      ["DEPCOM", "FINAN", "NBPIECE"],
      ["06088", new Date(Date.UTC(2024, 0, 1)), 3],
    ]);
    expect(messages(t)).toEqual(["ligne 2 : financement « 2024-01-01 » inconnu"]);
  });

  it("ne prend pas un libellé isolé pour une ligne d'en-têtes, sauf une colonne de communes", () => {
    const modele = [
      ["Calcul de l'assiette :", "CAPG", "CASA"],
      ["logements étudiants", 3, 4],
      ["PLI", 0, 1],
    ];
    expect(readLogements(modele).ok).toBe(false);
    expect(read([["Commune"], ["Nice"], ["Antibes"]]).commune).toEqual(["06088", "06004"]);
  });

  it("refuse une plage vide ou sans en-têtes reconnus", () => {
    const vide = readLogements([[null, ""], []]);
    expect(!vide.ok && vide.error.code).toBe("TABLEAU_VIDE");
    const r = readLogements([
      ["Nom", "Adresse"],
      ["X", "Y"],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("ENTETE_INTROUVABLE");
      expect(r.error.message).toBe(
        "Aucune ligne d'en-têtes de la table des logements n'a été trouvée dans les 30 premières lignes. " +
          "Ajoutez une ligne d'en-têtes avec par exemple : « DEPCOM », « FINAN », « NBPIECE », « Commune », " +
          "« Financement », « Typologie », « Réservataire ».",
      );
    }
  });

  it("signale chaque ligne fautive d'une table générée avec des erreurs, et ne perd aucune ligne", () => {
    const grid = makeLogementGrid(5000, { seed: 3, scheme: "ancien", faulty: true });
    const t = read(grid);
    const data = grid.slice(1);
    const blank = data.filter((row) => row.every((v) => v === null)).length;
    const skipped = new Set(t.issues.filter((i) => i.raison.endsWith("ignorée")).map((i) => i.ligne));
    expect(t.size + skipped.size + blank).toBe(5000);
    expect(t.issues.length).toBeGreaterThan(10);
    expect(messages(t)).toContain(messages(t).find((m) => m.endsWith("financement « XYZ » inconnu")));
  });

  it("lit une grille qui donne ses cellules une à une sans construire ses lignes, et trouve la même table", () => {
    // A sheet read column by column (the command line's streaming reader, the pane's block reader)
    // gives single cells: the table must read the same through them, and ask for rows only where
    // it needs a whole one (header search, a blank or skipped row to report).
    for (const [scheme, communes] of [
      ["ancien", "codes"],
      ["2024", "codes"],
      ["2024", "noms"],
    ] as const) {
      const grid = makeLogementGrid(5000, { seed: 11, scheme, communes, faulty: true, titleRows: 2 });
      let rows = 0;
      const view = gridView(
        grid.length,
        (r) => {
          rows++;
          return grid[r] ?? [];
        },
        (r, c) => grid[r]?.[c],
      );
      const plain = readLogements(grid);
      const viewed = readLogements(view);
      expect(viewed).toEqual(plain);
      const skipped = plain.ok
        ? new Set(plain.table.issues.filter((i) => i.raison.endsWith("ignorée")).map((i) => i.ligne)).size
        : 0;
      const blank = grid.filter((row) => row.every((v) => v === null)).length;
      expect(skipped).toBeGreaterThan(0);
      expect(rows).toBeLessThanOrEqual(HEADER_SCAN_ROWS + skipped + blank);
    }
  });
});
