/**
 * Issue 25 point 1: a period's count and its attendu cover the same days (docs/choix.md
 * « Périodes d'un bilan et attendu à date »): S1, S2 and the year from 1 January to the period's end, two dates those dates only;
 * expected = objective × days ÷ days in the year. A journal exactly on schedule (one mise à
 * disposition a month, objective 12) has écart 0 (to the tenth shown) in every bilan.
 */
import { readPeriode, serialFromParts } from "../../../src/domain";
import { DEFAULT_REGLAGES_SUIVI, travailBilan, type ReglagesSuivi } from "../../../src/jobs";

const d = (y: number, m: number, day: number): number => serialFromParts(y, m, day) ?? 0;

/** One mise à disposition a month in 2024, each of a new dwelling, for ACTION LOGEMENT (objective 12). */
const AU_RYTHME = [
  {
    name: "Journal",
    values: [
      ["Logement", "Réservataire", "Étape", "Date"],
      ...Array.from({ length: 12 }, (_, m) => [
        `L${m + 1}`,
        "ACTION LOGEMENT",
        "mise à disposition",
        d(2024, m + 1, 15),
      ]),
    ],
  },
  {
    name: "Objectifs reçus",
    values: [
      ["Réservataire", "Objectif"],
      ["ACTION LOGEMENT", 12],
    ],
  },
];

const run = (periode: ReglagesSuivi["periode"]) => {
  const w = travailBilan(AU_RYTHME, { ...DEFAULT_REGLAGES_SUIVI, periode });
  const l = w.bilan?.groupes[0]?.lignes[0];
  if (!l || l.attendu === undefined || l.ecart === undefined) throw new Error("ligne attendue");
  return { w, l: l as typeof l & { attendu: number; ecart: number } };
};

describe("attendu d'un bilan sur les mêmes jours que le réalisé", () => {
  it("S1 2024 : 6 mises à disposition pour un attendu de 12 × 182 ÷ 366, écart nul au dixième", () => {
    const { l } = run({ type: "S1", annee: 2024 });
    expect(l.realise).toBe(6);
    expect(l.attendu).toBeCloseTo((12 * 182) / 366, 12);
    expect(Math.abs(l.ecart)).toBeLessThan(0.05);
  });

  it("S2 2024 : jugé sur l'année depuis le 1er janvier (12 pour 12, écart 0), les 6 du semestre seul à part", () => {
    const { l, w } = run({ type: "S2", annee: 2024 });
    expect([l.realise, l.attendu, l.ecart]).toEqual([12, 12, 0]);
    expect(l.comptesSemestre).toEqual([6, 0, 0, 0]);
    expect(w.bilan?.total.comptesSemestre).toEqual([6, 0, 0, 0]);
  });

  it("l'année 2024 : 12 pour 12, écart 0", () => {
    const { l } = run({ type: "ANNEE", annee: 2024 });
    expect([l.realise, l.attendu, l.ecart, l.comptesSemestre]).toEqual([12, 12, 0, undefined]);
  });

  it("du 1er au 31 mars 2024 : 1 mise à disposition pour un attendu de 12 × 31 ÷ 366 (pas 3), écart nul au dixième", () => {
    const { l } = run({ type: "DATES", debut: "2024-03-01", fin: "2024-03-31" });
    expect(l.realise).toBe(1);
    expect(l.attendu).toBeCloseTo((12 * 31) / 366, 12);
    expect(Math.abs(l.ecart)).toBeLessThan(0.05);
  });

  it.each([
    ["S1", { type: "S1", annee: 2024 }],
    ["S2", { type: "S2", annee: 2024 }],
    ["l'année", { type: "ANNEE", annee: 2024 }],
    ...Array.from(
      { length: 12 },
      (_, m) =>
        [
          `le mois ${m + 1}`,
          { type: "DATES", debut: d(2024, m + 1, 1), fin: (m === 11 ? d(2025, 1, 1) : d(2024, m + 2, 1)) - 1 },
        ] as const,
    ),
  ] as [string, ReglagesSuivi["periode"]][])(
    "un journal au rythme de son objectif a un écart nul au dixième : %s",
    (_, periode) => {
      expect(Math.abs(run(periode).l.ecart)).toBeLessThan(0.05);
    },
  );

  it("une période à cheval sur deux années ajoute la part de chacune : 31 ÷ 365 + 31 ÷ 366", () => {
    const p = readPeriode({ type: "DATES", debut: "01/12/2023", fin: "31/01/2024" });
    expect(p.ok && [p.value.debut, p.value.fin, p.value.jours]).toEqual([d(2023, 12, 1), d(2024, 1, 31), 62]);
    expect(p.ok && p.value.fractionAnnee).toBeCloseTo(31 / 365 + 31 / 366, 12);
  });

  it("dit la règle sous le tableau de la feuille, et donne le semestre seul du bilan S2", () => {
    const plan = run({ type: "S2", annee: 2024 }).w.plan;
    const texts = (plan?.blocks ?? []).flatMap((b) => b.cells.map((r) => String(r[0] ?? "")));
    expect(texts).toContain(
      "Réalisé et attendu couvrent les mêmes jours, du 01/01/2024 au 31/12/2024 (366 jours) : attendu = objectif annuel × 100\u00a0% (jours couverts ÷ jours de " +
        "l'année) ; écart = réalisé − attendu, négatif en cas de retard. Un journal au rythme de son objectif a un écart nul.",
    );
    const seul = plan?.blocks.find((b) => String(b.cells[0]?.[0]).startsWith("Second semestre seul"));
    expect(seul?.cells.slice(2).map((r) => [r[1], r[2]])).toEqual([
      ["ACTION LOGEMENT", 6],
      ["Total Ensemble du bailleur", 6],
      ["Total du bailleur", 6],
    ]);
  });
});
