import fc from "fast-check";
import { EPCI_HORS_MODELE_06, EPCI_MODELE_06 } from "../../../src/domain/epci/alpes-maritimes";
import { countEpciFigures, type ModeleAggregate } from "../../../src/domain/tables/epci-figures";
import { readLogements } from "../../../src/domain/tables/logements";
import type { LogementTable } from "../../../src/domain/tables/types";
import { GENERATOR_COMMUNES, makeLogementGrid } from "../../../sandbox/logement-grid";

function table(grid: unknown[][]): LogementTable {
  const r = readLogements(grid);
  if (!r.ok) throw new Error(r.error.message);
  return r.table;
}

const [CAPG, CAPL, CASA, MNCA, CARF] = EPCI_MODELE_06.map((e) => e.siren);

function sumOf(a: ModeleAggregate): number {
  return Object.values(a.parEpci).reduce((s, f) => s + f.patrimoine, 0) + a.horsModele.count;
}

describe("agrégation par EPCI pour le modèle DDETS", () => {
  const t = table([
    ["DEPCOM", "EPCI", "FINAN", "TYPECONST", "PMR", "PLAI adapté"],
    ["06088", "", 13, "C", 1, ""], // Nice → MNCA
    [6088, "", 16, "E", 0, ""], // PLI étudiant : compté PLI seulement
    ["06027", "", 13, "E", 0, ""], // étudiant
    ["06004", "", 11, "C", 1, "X"], // Antibes → CASA, PMR et PLAI adapté
    ["06029", "", 13, "C", 0, ""], // Cannes → CAPL
    ["06099", "", 13, "C", 0, ""], // Puget-Théniers → CC Alpes d'Azur, hors modèle
    ["06048", "", 13, "C", 0, ""], // Contes → CC du Pays des Paillons, hors modèle
    ["06094", "", 13, "C", 0, ""], // Péone → CC Alpes d'Azur
    ["06999", "", 13, "C", 0, ""], // code absent du découpage
    ["", "", 13, "C", 0, ""], // ni commune ni EPCI
    ["06088", "240600585", 13, "C", 0, ""], // l'EPCI du fichier l'emporte sur la commune
    ["13201", "", 13, "C", 0, ""], // arrondissement de Marseille → Aix-Marseille-Provence
  ]);
  const a = countEpciFigures(t, EPCI_MODELE_06);

  it("compte patrimoine, PLI, étudiants, PMR et PLAI adapté de chaque colonne", () => {
    expect(a.parEpci[MNCA ?? ""]).toEqual({
      patrimoine: 3,
      pli: 1,
      etudiants: 1,
      pmr: 1,
      plaiAdapte: 0,
      specifiques: 1,
    });
    expect(a.parEpci[CASA ?? ""]).toEqual({
      patrimoine: 2,
      pli: 0,
      etudiants: 0,
      pmr: 1,
      plaiAdapte: 1,
      specifiques: 1,
    }); // un seul logement, PMR et PLAI adapté
    expect(a.parEpci[CAPL ?? ""]).toEqual({
      patrimoine: 1,
      pli: 0,
      etudiants: 0,
      pmr: 0,
      plaiAdapte: 0,
      specifiques: 0,
    });
    expect(a.parEpci[CAPG ?? ""]).toEqual({
      patrimoine: 0,
      pli: 0,
      etudiants: 0,
      pmr: 0,
      plaiAdapte: 0,
      specifiques: 0,
    });
    expect(a.parEpci[CARF ?? ""]?.patrimoine).toBe(0);
  });

  it("montre les logements hors des EPCI du modèle au lieu de les perdre", () => {
    expect(a.horsModele).toEqual({
      count: 6,
      byEpci: [
        { siren: "200039931", nom: "CC Alpes d'Azur", count: 2 },
        { siren: "240600593", nom: "CC du Pays des Paillons", count: 1 },
        { siren: "200054807", nom: "Métropole d'Aix-Marseille-Provence", count: 1 },
      ],
      sansCommune: 1,
      communesInconnues: [{ code: "06999", count: 1 }],
    });
    expect(a.total).toBe(t.size);
    expect(sumOf(a)).toBe(t.size);
  });

  it("dit quels chiffres la table peut donner", () => {
    expect(a.disponible).toEqual({
      patrimoine: true,
      pli: true,
      etudiants: true,
      pmr: true,
      plaiAdapte: true,
      specifiques: true,
    });
    const b = countEpciFigures(table([["Commune"], ["Nice"]]), EPCI_MODELE_06);
    expect(b.disponible).toEqual({
      patrimoine: true,
      pli: false,
      etudiants: false,
      pmr: false,
      plaiAdapte: false,
      specifiques: false,
    });
    expect(b.parEpci[MNCA ?? ""]?.patrimoine).toBe(1);
  });

  it("retrouve sur une table générée les effectifs attendus par commune", () => {
    const grid = makeLogementGrid(20_000, { seed: 42, scheme: "2024" });
    const expected = new Map<string, number>();
    const sirenOf = new Map(GENERATOR_COMMUNES.map((c) => [c.code, c.siren]));
    for (const row of grid.slice(1)) {
      const siren = sirenOf.get(String(row[1])) ?? "?";
      expected.set(siren, (expected.get(siren) ?? 0) + 1);
    }
    const agg = countEpciFigures(table(grid), [...EPCI_MODELE_06, ...EPCI_HORS_MODELE_06]);
    for (const [siren, n] of expected) expect([siren, agg.parEpci[siren]?.patrimoine]).toEqual([siren, n]);
    expect(agg.horsModele.count).toBe(0);
  });

  it("compte chaque logement lu une fois : Σ colonnes + hors modèle = logements lus (propriété)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 600 }),
        fc.constantFrom("ancien" as const, "2024" as const),
        fc.boolean(),
        fc.constantFrom("codes" as const, "noms" as const),
        fc.subarray([...EPCI_MODELE_06, ...EPCI_HORS_MODELE_06]),
        (seed, rows, scheme, faulty, communes, columns) => {
          const t = table(makeLogementGrid(rows, { seed, scheme, faulty, communes, titleRows: seed % 3 }));
          const agg = countEpciFigures(t, columns);
          expect(sumOf(agg)).toBe(t.size);
          expect(agg.total).toBe(t.size);
        },
      ),
      { numRuns: 60 },
    );
  });
});
