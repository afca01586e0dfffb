/**
 * Programmes neufs: the split of a new operation among its réservataires, worked by hand
 * (docs/regles/programmes-neufs.md), the ceilings of CCH R.441-5, and the findings.
 */
import { repartirProgramme, type DroitProgramme, type LogementProgramme } from "../../../src/domain";
import type { Financement, Typologie } from "../../../src/domain";

const droit = (reservataire: string, part: number, montantGaranti?: number): DroitProgramme => ({
  reservataire,
  part,
  garant: montantGaranti !== undefined,
  montantGaranti,
});

/** `n` dwellings of one category, in one building, floors 0 to n − 1. */
function logements(
  n: number,
  financement: Financement = "PLUS",
  typologie: Typologie = "T3",
  batiment = "A",
): LogementProgramme[] {
  return Array.from({ length: n }, (_, i) => ({
    logement: `${batiment}${i + 1}`,
    financement,
    typologie,
    batiment,
    etage: i,
  }));
}

const totaux = (r: ReturnType<typeof repartirProgramme>): Record<string, number> =>
  Object.fromEntries((r.repartition?.reservataires ?? []).map((nom, i) => [nom, r.repartition?.totaux[i] ?? 0]));

describe("repartirProgramme", () => {
  it("partage 20 % de 20 logements entre trois garants à 25 / 25 / 50 % des garanties : 1, 1 et 2 (question AN 17-2768)", () => {
    const r = repartirProgramme(
      logements(20),
      [droit("Commune", 5, 250_000), droit("EPCI", 5, 250_000), droit("Département", 10, 500_000)],
      { convention: false },
    );
    expect(totaux(r)).toEqual({ Commune: 1, EPCI: 1, Département: 2, "Non réservé": 16 });
    expect(r.diagnostics).toEqual([]);
  });

  it("signale des parts de garants qui ne suivent pas les montants garantis", () => {
    const r = repartirProgramme(
      logements(20),
      [droit("Commune", 10, 250_000), droit("EPCI", 5, 250_000), droit("Département", 5, 500_000)],
      { convention: false },
    );
    expect(r.diagnostics.map((c) => [c.code, c.severity])).toEqual([["GARANTS_HORS_PROPORTION", "avertissement"]]);
    expect(r.diagnostics[0]?.message).toContain("Commune a 10 % pour 25 % des garanties (attendu 5 %)");
  });

  it.each([
    [
      "garants à 25 %",
      [droit("Commune", 15, 1), droit("EPCI", 10, 1)],
      "PLAFOND_GARANTS",
      "Les garants d'emprunt (Commune, EPCI) ont 25 %, au-delà du plafond de 20 %",
    ],
    [
      "préfet à 35 %",
      [droit("Préfet – prioritaires", 30), droit("État fonctionnaires", 5)],
      "PLAFOND_PREFET",
      "Le préfet (Préfet – prioritaires, État fonctionnaires) a 35 %",
    ],
    [
      "agents à 6 %",
      [droit("Préfecture - fonctionnaires", 6)],
      "PLAFOND_AGENTS",
      "Les agents de l'État (Préfecture - fonctionnaires) ont 6 %, au-delà du plafond de 5 %",
    ],
  ])("refuse %s sans convention signée, l'accepte avec elle", (_cas, droits, code, debut) => {
    const sans = repartirProgramme(logements(20), droits, { convention: false });
    expect(sans.diagnostics.filter((c) => c.code === code).map((c) => c.severity)).toEqual(["erreur"]);
    expect(sans.diagnostics.find((c) => c.code === code)?.message).toContain(debut);
    expect(sans.diagnostics.find((c) => c.code === code)?.message).toContain(
      "cochez « convention signée » (gef : --convention)",
    );
    const avec = repartirProgramme(logements(20), droits, { convention: true });
    expect(avec.diagnostics.filter((c) => c.code === code).map((c) => c.severity)).toEqual(["info"]);
  });

  it("compte un plafond en logements arrondis à l'inférieur : 20 % de 7 logements, c'est 1 logement, pas 2", () => {
    // 20 % of 7 = 1,4 (plafond 1); the guarantors' rows: 10 % → 0,7 and 10 % → 0,7, both rounded up.
    const r = repartirProgramme(
      logements(7),
      [droit("Commune", 10, 1), droit("EPCI", 10, 1), droit("Action Logement", 80)],
      { convention: false },
    );
    expect(totaux(r)).toEqual({ Commune: 1, EPCI: 1, "Action Logement": 5 });
    const c = r.diagnostics.find((x) => x.code === "PLAFOND_GARANTS");
    expect(c?.severity).toBe("erreur");
    expect(c?.message).toContain(
      "ont 2 logements sur 7 au plus fort reste, au-delà du plafond de 1 logement (20 % de 7, arrondi à l'inférieur)",
    );
  });

  it("refuse des parts au-delà de 100 % et ne répartit rien", () => {
    const r = repartirProgramme(logements(10), [droit("Action Logement", 60), droit("Ville", 45)], {
      convention: false,
    });
    expect(r.repartition).toBeUndefined();
    expect(r.diagnostics.map((c) => [c.code, c.severity, c.message])).toEqual([
      [
        "PARTS_AU_DELA_DE_100",
        "erreur",
        "Les parts des réservataires totalisent 105 % : plus que les logements de l'opération. Ramenez leur total à 100 % au plus ; rien n'est réparti.",
      ],
    ]);
  });

  it("signale un réservataire dont la part ne donne aucun logement", () => {
    const r = repartirProgramme(logements(10), [droit("Action Logement", 96), droit("Ville", 4)], {
      convention: false,
    });
    expect(totaux(r)).toEqual({ "Action Logement": 10, Ville: 0 });
    expect(r.diagnostics.map((c) => [c.code, c.message])).toEqual([
      [
        "RESERVATAIRE_SANS_LOGEMENT",
        "Ville : sa part de 4 % de 10 logements (0,4 logement exact) ne lui donne aucun logement au plus fort reste.",
      ],
    ]);
  });

  it("arrondit le tableau par catégorie sous contrôle : 50 % de 3 T2 et de 3 T3 donne 2 + 1 ou 1 + 2, jamais 2 + 2", () => {
    const ops = [...logements(3, "PLUS", "T2"), ...logements(3, "PLUS", "T3", "B")];
    const r = repartirProgramme(ops, [droit("Action Logement", 50), droit("Ville", 50)], { convention: false });
    const t = r.repartition?.tableau ?? [];
    expect(t.map((row) => row.reduce((a, b) => a + b, 0))).toEqual([3, 3]);
    expect([...(t[0] ?? [])].sort()).toEqual([1, 2]);
    expect((t[0]?.[0] ?? 0) + (t[1]?.[0] ?? 0)).toBe(3);
  });

  it("donne les logements d'une catégorie dans chaque bâtiment et à plusieurs étages", () => {
    // 12 T3 PLUS: 6 in A (floors 0-5), 6 in B; two réservataires at 50 %: 3 in each building each.
    const ops = [...logements(6, "PLUS", "T3", "A"), ...logements(6, "PLUS", "T3", "B")];
    const r = repartirProgramme(ops, [droit("Action Logement", 50), droit("Ville", 50)], { convention: false });
    for (const ligne of [0, 1]) {
      const miens = (r.repartition?.attribution ?? []).filter((a) => a.ligne === ligne).map((a) => a.logement);
      expect(miens.filter((l) => l.batiment === "A")).toHaveLength(3);
      expect(miens.filter((l) => l.batiment === "B")).toHaveLength(3);
      expect(new Set(miens.map((l) => l.etage)).size).toBeGreaterThan(2);
      expect(miens.some((l) => l.etage === 0)).toBe(true);
      expect(miens.some((l) => (l.etage ?? 0) >= 4)).toBe(true);
    }
  });
});

describe("repartirProgramme, nombreux bâtiments", () => {
  it("répartit 80 maisons de deux niveaux en un seul passage, chacun dans 40 maisons et aux deux niveaux", () => {
    // 80 buildings (beyond the 64 shared by controlled rounding), floors 0 and 1: 160 PLUS T4.
    const ops: LogementProgramme[] = Array.from({ length: 160 }, (_, i) => ({
      logement: `M${i}`,
      financement: "PLUS",
      typologie: "T4",
      batiment: `Maison ${Math.floor(i / 2) + 1}`,
      etage: i % 2,
    }));
    const r = repartirProgramme(ops, [droit("Action Logement", 50), droit("Ville", 50)], { convention: false });
    for (const ligne of [0, 1]) {
      const miens = (r.repartition?.attribution ?? []).filter((a) => a.ligne === ligne).map((a) => a.logement);
      expect(miens).toHaveLength(80);
      expect(new Set(miens.map((l) => l.batiment)).size).toBe(40);
      expect(miens.filter((l) => l.etage === 0)).toHaveLength(40);
    }
  });
});

describe("repartirProgramme, tables d'inconnus", () => {
  it("refuse plus de 200 réservataires sans rien répartir, en disant quoi vérifier", () => {
    const droits = Array.from({ length: 201 }, (_, i) => droit(`Réservataire ${i + 1}`, 0.1));
    const r = repartirProgramme(logements(10), droits, { convention: false });
    expect(r.repartition).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      [
        "TROP_DE_RESERVATAIRES",
        "erreur",
        "201 réservataires ont une part : plus que les 200 qu'une opération peut compter ; rien n'est réparti. Vérifiez que la table « Droits du programme » ne contient qu'une ligne par réservataire.",
      ],
    ]);
  });
});
