import {
  ETAPES,
  aRelancer,
  ajouterMois,
  dateLimiteDesignation,
  decompter,
  delaisParReservataire,
  isoFromSerial,
  lireColonnesVacances,
  mediane,
  readJournal,
  serialFromParts,
  vacancesDuJournal,
  verifierCandidats,
  type Decompte,
  type Etape,
  type ReglesDecompte,
} from "../../../src/domain";

const day = (y: number, m: number, d: number): number => serialFromParts(y, m, d) ?? NaN;
const iso = (s: number): string => isoFromSerial(s);
const HEADER = ["Logement", "Réservataire", "Étape", "Date", "EPCI", "Date limite", "Candidats", "Commentaire"];

function journal(rows: unknown[][]) {
  const grid = [HEADER, ...rows];
  const j = readJournal(grid);
  if (!j.ok) throw new Error(j.error.message);
  return { j: j.value, cols: lireColonnesVacances(grid, j.value, "Journal du flux") };
}

function count(d: Decompte, nom: string, etape: Etape): number {
  const id = d.reservataires.indexOf(nom);
  return id < 0 ? 0 : (d.comptes[id * ETAPES.length + ETAPES.indexOf(etape)] ?? 0);
}

describe("un mois après une date (code de procédure civile, art. 641)", () => {
  it("15 janvier → 15 février", () => expect(iso(ajouterMois(day(2024, 1, 15), 1))).toBe("2024-02-15"));
  it("31 janvier 2024 → 29 février 2024 (le dernier jour d'un mois plus court)", () =>
    expect(iso(ajouterMois(day(2024, 1, 31), 1))).toBe("2024-02-29"));
  it("31 janvier 2023 → 28 février 2023", () => expect(iso(ajouterMois(day(2023, 1, 31), 1))).toBe("2023-02-28"));
  it("30 novembre → 30 décembre", () => expect(iso(ajouterMois(day(2024, 11, 30), 1))).toBe("2024-12-30"));
  it("15 décembre 2024 → 15 janvier 2025 (changement d'année)", () =>
    expect(iso(ajouterMois(day(2024, 12, 15), 1))).toBe("2025-01-15"));
  it("un délai de deux mois est ramené à un mois en zone tendue (CCH L.441-1), pas ailleurs", () => {
    const tendue = dateLimiteDesignation(day(2024, 1, 15), { mois: 2, jours: 0 }, true);
    const ailleurs = dateLimiteDesignation(day(2024, 1, 15), { mois: 2, jours: 0 }, false);
    expect([iso(tendue.limite), tendue.plafonne]).toEqual(["2024-02-15", true]);
    expect([iso(ailleurs.limite), ailleurs.plafonne]).toEqual(["2024-03-15", false]);
    // 20 days is shorter than the month: kept.
    expect(iso(dateLimiteDesignation(day(2024, 1, 15), { mois: 0, jours: 20 }, true).limite)).toBe("2024-02-04");
  });
});

describe("statuts des vacances et « À relancer »", () => {
  const rows = [
    ["L1", "ÉTAT", "Mise à disposition", day(2024, 1, 31), "CASA", "", "", ""],
    ["L2", "ACTION LOGEMENT", "Mise à disposition", day(2024, 2, 10), "CASA", "", "", ""],
    ["L2", "ACTION LOGEMENT", "Désignation", day(2024, 2, 20), "CASA", "", 3, ""],
    ["L3", "VILLE", "Mise à disposition", day(2024, 2, 25), "CASA", "", "", ""],
    ["L4", "ÉTAT", "Mise à disposition", day(2024, 1, 5), "", "", "", ""],
    ["L4", "ÉTAT", "Bail signé", day(2024, 2, 20), "", "", "", ""],
  ];
  const { j, cols } = journal(rows);
  const au = day(2024, 3, 1);
  const { vacances, diagnostics } = vacancesDuJournal(j, cols, { retourBailleurCompte: true }, au);

  it("donne à chaque vacance sa date limite, ses jours restants et son statut", () => {
    const by = Object.fromEntries(vacances.map((v) => [v.logement, [iso(v.dateLimite), v.joursRestants, v.statut]]));
    expect(by).toEqual({
      L1: ["2024-02-29", -1, "en_retard"],
      L2: ["2024-03-10", 9, "designee"],
      L3: ["2024-03-25", 24, "a_designer"],
      L4: ["2024-02-05", -25, "bail_signe"],
    });
    expect(diagnostics).toEqual([]);
  });

  it("liste ce qui a passé sa limite ou y arrive dans les 7 jours ; les vacances closes seulement avec « tout »", () => {
    expect(aRelancer(vacances, 7).map((v) => v.logement)).toEqual(["L1"]);
    expect(aRelancer(vacances, 10).map((v) => v.logement)).toEqual(["L1", "L2"]);
    expect(aRelancer(vacances, 7, true).map((v) => v.logement)).toEqual(["L4", "L1", "L2", "L3"]);
  });
});

describe("décompte des nouvelles étapes", () => {
  const regles = (r: Partial<ReglesDecompte> = {}): ReglesDecompte => ({ retourBailleurCompte: true, ...r });
  const run = (rows: unknown[][], r: ReglesDecompte) => decompter(journal(rows).j, {}, undefined, r);

  it("un retour bailleur reste compté une fois pour le réservataire (décompte à la mise à disposition)", () => {
    const rows = [
      ["L1", "ÉTAT", "Mise à disposition", day(2024, 1, 15)],
      ["L1", "ÉTAT", "Retour bailleur", day(2024, 2, 16)],
      ["L1", "ÉTAT", "Retour bailleur", day(2024, 2, 16)],
    ];
    const d = run(rows, regles());
    expect(count(d, "ÉTAT", "MISE_A_DISPOSITION")).toBe(1);
    expect(count(run(rows, regles({ retourBailleurCompte: false })), "ÉTAT", "MISE_A_DISPOSITION")).toBe(0);
  });

  it("un refus dans le délai de validation (5 jours) ne compte pas ; la nouvelle offre compte une fois", () => {
    const rows = [
      ["L1", "ÉTAT", "Mise à disposition", day(2024, 1, 15)],
      ["L1", "ÉTAT", "Refus", day(2024, 1, 19)],
      ["L2", "VILLE", "Mise à disposition", day(2024, 1, 15)],
      ["L2", "VILLE", "Refus", day(2024, 1, 25)],
      ["L2", "ÉTAT", "Mise à disposition", day(2024, 1, 26)],
      ["L2", "ÉTAT", "Mise à disposition", day(2024, 1, 27)],
    ];
    const d = run(rows, regles({ validationJours: 5 }));
    // L1: refused after 4 days, not counted. L2: VILLE refused after 10 days, then re-offered: the last offer counts, once.
    expect([count(d, "ÉTAT", "MISE_A_DISPOSITION"), count(d, "VILLE", "MISE_A_DISPOSITION")]).toEqual([1, 0]);
    // Without the validation step, L1's refusal does not undo its mise à disposition.
    expect(count(run(rows, regles()), "ÉTAT", "MISE_A_DISPOSITION")).toBe(2);
  });

  it("la validation et la désignation ne changent aucun compte", () => {
    const rows = [
      ["L1", "ÉTAT", "Mise à disposition", day(2024, 1, 15)],
      ["L1", "ÉTAT", "Validation", day(2024, 1, 16)],
      ["L1", "ÉTAT", "Désignation", day(2024, 2, 1)],
      ["L1", "ÉTAT", "Proposition en CALEOL", day(2024, 2, 10)],
    ];
    const d = run(rows, regles());
    expect([0, 1, 2, 3].map((s) => count(d, "ÉTAT", ETAPES[s] as Etape))).toEqual([1, 1, 0, 0]);
  });
});

describe("désignation de moins de trois candidats (CCH R.441-3)", () => {
  it("avertit pour 2 candidats, sauf « candidats insuffisants » ou DALO", () => {
    expect(verifierCandidats(2, "", "L1")?.severity).toBe("avertissement");
    expect(verifierCandidats(2, "", "L1")?.message).toContain("2 candidat(s) désigné(s), moins des trois");
    expect(verifierCandidats(2, "Candidats insuffisants", "L1")).toBeUndefined();
    expect(verifierCandidats(1, "ménage DALO", "L1")).toBeUndefined();
    expect(verifierCandidats(3, "", "L1")).toBeUndefined();
  });
});

describe("délais dans les bilans", () => {
  it("compte les désignations dans le délai, les retours bailleur et les médianes de jours", () => {
    const rows = [
      ["L1", "ÉTAT", "Mise à disposition", day(2024, 1, 15)],
      ["L1", "ÉTAT", "Désignation", day(2024, 2, 15)], // on the limit: within
      ["L1", "ÉTAT", "Bail signé", day(2024, 3, 30)],
      ["L2", "ÉTAT", "Mise à disposition", day(2024, 1, 10)],
      ["L2", "ÉTAT", "Désignation", day(2024, 2, 20)], // after 10 February: late
      ["L3", "ÉTAT", "Mise à disposition", day(2024, 1, 2)],
      ["L3", "ÉTAT", "Retour bailleur", day(2024, 2, 5)],
      ["L4", "ÉTAT", "Mise à disposition", day(2024, 6, 20)], // limit 20 July, after the period: not judged
    ];
    const { j, cols } = journal(rows);
    const { vacances } = vacancesDuJournal(j, cols, { retourBailleurCompte: true }, day(2024, 6, 30));
    const [d] = delaisParReservataire(vacances, { debut: day(2024, 1, 1), fin: day(2024, 6, 30) });
    // Designations after 31 and 41 days: median 36; bail after 75 days.
    expect(d).toEqual({
      reservataire: "ÉTAT",
      misesADisposition: 4,
      dansLeDelai: 1,
      jugees: 3,
      partDansLeDelai: 1 / 3,
      retoursBailleur: 1,
      joursDesignation: 36,
      joursBail: 75,
    });
    expect(mediane([5, 1, 3])).toBe(3);
  });
});
