import fc from "fast-check";
import { bilan, decompter, ETAPES, readJournal, serialFromParts, type Decompte, type Etape } from "../../src/domain";

const HEADER = ["logement", "réservataire", "étape", "date"];
const day = (y: number, m: number, d: number): number => serialFromParts(y, m, d) ?? NaN;

function run(rows: unknown[][], debut?: number, fin?: number): Decompte {
  const j = readJournal([HEADER, ...rows]);
  if (!j.ok) throw new Error(j.error.message);
  return decompter(j.value, { debut, fin });
}

function count(d: Decompte, nom: string, etape: Etape): number {
  const id = d.reservataires.indexOf(nom);
  return id < 0 ? 0 : (d.comptes[id * ETAPES.length + ETAPES.indexOf(etape)] ?? 0);
}

describe("décompte", () => {
  const reinjection = [
    ["L1", "PREFECTURE", "mise à disposition", day(2023, 12, 15)],
    ["L1", "ACTION LOGEMENT", "MISE_A_DISPOSITION", day(2024, 1, 10)],
    ["L1", "ACTION LOGEMENT", "attribution", day(2024, 1, 20)],
    ["L1", "ACTION LOGEMENT", "bail signé", day(2024, 2, 1)],
    ["L2", "VILLE DE NICE", "mise à disposition", day(2024, 3, 5)],
    ["L2", "VILLE DE NICE", "attribution", day(2024, 3, 20)],
  ];

  it("compte une réinjection au 31 décembre une seule fois, l'année de la dernière offre", () => {
    const y2023 = run(reinjection, day(2023, 1, 1), day(2023, 12, 31));
    const y2024 = run(reinjection, day(2024, 1, 1), day(2024, 12, 31));
    expect(count(y2023, "PREFECTURE", "MISE_A_DISPOSITION")).toBe(0);
    expect(count(y2023, "ACTION LOGEMENT", "MISE_A_DISPOSITION")).toBe(0);
    expect(count(y2024, "ACTION LOGEMENT", "MISE_A_DISPOSITION")).toBe(1);
    expect(count(y2024, "PREFECTURE", "MISE_A_DISPOSITION")).toBe(0);
  });

  it("produit le bilan trié par nom avec le total et le taux de chute", () => {
    const b = bilan(run(reinjection, day(2024, 1, 1), day(2024, 12, 31)));
    expect(
      b.lignes.map((l) => [l.reservataire, l.misesADisposition, l.propositions, l.attributions, l.baux, l.tauxChute]),
    ).toEqual([
      ["ACTION LOGEMENT", 1, 0, 1, 1, 0],
      ["VILLE DE NICE", 1, 0, 1, 0, 0],
    ]);
    expect(b.total).toMatchObject({ misesADisposition: 2, attributions: 2, baux: 1, tauxChute: 0 });
  });

  it("calcule le taux de chute sur la cohorte des logements mis à disposition dans la période", () => {
    // L1 mis à disposition en décembre 2023 et attribué en 2024 n'est pas de la cohorte 2024 ; L2 l'est
    // et a abouti : 0 % (l'ancienne règle, attributions de la période ÷ mises à disposition, laissait vide).
    const b = bilan(
      run(
        [
          ["L1", "A", "mise à disposition", day(2023, 12, 15)],
          ["L1", "A", "attribution", day(2024, 1, 20)],
          ["L2", "A", "mise à disposition", day(2024, 3, 5)],
          ["L2", "A", "attribution", day(2024, 3, 20)],
        ],
        day(2024, 1, 1),
        day(2024, 12, 31),
      ),
    );
    expect(b.lignes.map((l) => [l.misesADisposition, l.attributions, l.tauxChute])).toEqual([[1, 2, 0]]);
  });

  it("donne un total de taux de chute cohérent avec ses lignes (50 %, 50 % et 33 % ne font plus 0 %)", () => {
    // A et B : 2 logements mis à disposition en 2024, 1 attribué ; C : 3, 2 attribués ; D : 3 attributions
    // en 2024 de logements mis à disposition en 2023. Cohorte 2024 : 7 mis à disposition, 4 attribués ; la
    // période compte 7 attributions, ce qui donnait un total de 0 %.
    const rows: unknown[][] = [];
    const offre = (l: string, r: string, attribue: boolean): void => {
      rows.push([l, r, "mise à disposition", day(2024, 2, 1)]);
      if (attribue) rows.push([l, r, "attribution", day(2024, 3, 1)]);
    };
    for (const [l, r, attribue] of [
      ["A1", "A", true],
      ["A2", "A", false],
      ["B1", "B", true],
      ["B2", "B", false],
      ["C1", "C", true],
      ["C2", "C", true],
      ["C3", "C", false],
    ] as const) {
      offre(l, r, attribue);
    }
    for (const l of ["D1", "D2", "D3"])
      rows.push([l, "D", "mise à disposition", day(2023, 11, 1)], [l, "D", "attribution", day(2024, 1, 10)]);
    const b = bilan(run(rows, day(2024, 1, 1), day(2024, 12, 31)));
    expect(b.lignes.map((l) => [l.reservataire, l.tauxChute])).toEqual([
      ["A", 0.5],
      ["B", 0.5],
      ["C", 1 / 3],
      ["D", undefined],
    ]);
    expect([b.total.misesADisposition, b.total.attributions, b.total.tauxChute]).toEqual([7, 7, 3 / 7]);
  });

  it("compte dans la cohorte une attribution après la période, pas une attribution à un autre réservataire", () => {
    const b = bilan(
      run(
        [
          ["L1", "A", "mise à disposition", day(2024, 12, 10)],
          ["L1", "A", "attribution", day(2025, 1, 15)],
          ["L2", "B", "mise à disposition", day(2024, 5, 10)],
          ["L2", "C", "attribution", day(2024, 6, 15)],
        ],
        day(2024, 1, 1),
        day(2024, 12, 31),
      ),
    );
    expect(b.lignes.map((l) => [l.reservataire, l.misesADisposition, l.attributions, l.tauxChute])).toEqual([
      ["A", 1, 0, 0],
      ["B", 1, 0, 1],
      ["C", 0, 1, undefined],
    ]);
  });

  it("compte une fois une séquence collée deux fois (mise à disposition, attribution, bail) et dit combien de lignes sont ignorées", () => {
    const sequence = [
      ["L1", "A", "mise à disposition", day(2024, 1, 10)],
      ["L1", "A", "attribution", day(2024, 2, 10)],
      ["L1", "A", "bail", day(2024, 3, 1)],
    ];
    const d = run([...sequence, ...sequence]);
    expect(ETAPES.map((e) => count(d, "A", e))).toEqual([1, 0, 1, 1]);
    expect(d.doublons.nombre).toBe(3);
    // Event 3 (line 5) repeats event 0 (line 2), and so on.
    expect(d.doublons.exemples).toEqual([
      [3, 0],
      [4, 1],
      [5, 2],
    ]);
    // The same day and stage for two réservataires is no duplicate: the later row counts.
    const two = run([
      ["L1", "A", "mise à disposition", day(2024, 1, 10)],
      ["L1", "B", "mise à disposition", day(2024, 1, 10)],
    ]);
    expect([count(two, "A", "MISE_A_DISPOSITION"), count(two, "B", "MISE_A_DISPOSITION"), two.doublons.nombre]).toEqual(
      [0, 1, 0],
    );
  });

  it("ouvre une nouvelle vacance après un bail", () => {
    const d = run([
      ["L1", "A", "mise à disposition", day(2024, 1, 1)],
      ["L1", "A", "bail", day(2024, 2, 1)],
      ["L1", "B", "mise à disposition", day(2024, 6, 1)],
      ["L1", "A", "mise à disposition", day(2024, 7, 1)],
    ]);
    expect([count(d, "A", "MISE_A_DISPOSITION"), count(d, "B", "MISE_A_DISPOSITION")]).toEqual([2, 0]);
  });

  it("ordonne les événements du même jour par étape, puis par ligne", () => {
    // Le bail tapé avant la mise à disposition du même jour vient après elle : une seule vacance.
    const d = run([
      ["L1", "A", "bail", day(2024, 1, 1)],
      ["L1", "A", "mise à disposition", day(2024, 1, 1)],
      ["L1", "B", "mise à disposition", day(2024, 1, 1)],
    ]);
    expect([count(d, "A", "MISE_A_DISPOSITION"), count(d, "B", "MISE_A_DISPOSITION"), count(d, "A", "BAIL")]).toEqual([
      0, 1, 1,
    ]);
  });

  it("ordonne par l'heure les événements du même jour, même quand les premières dates n'en ont pas", () => {
    // L2's whole day comes first; then L1 is offered to A at 10 h and to B at 9 h, typed in that
    // order: the offer of 10 h is the last one, so A counts, not B.
    const jour = day(2024, 1, 1);
    const rows = [
      ["L2", "C", "mise à disposition", jour],
      ["L1", "A", "mise à disposition", jour + 10 / 24],
      ["L1", "B", "mise à disposition", jour + 9 / 24],
    ];
    const d = run(rows, jour, jour);
    expect(["A", "B", "C"].map((nom) => count(d, nom, "MISE_A_DISPOSITION"))).toEqual([1, 0, 1]);
  });

  it("ignore les lignes entièrement vides et lit les dates en texte", () => {
    const d = run([
      ["L1", "A", "mise à disposition", "15/12/2023"],
      [null, "", null, ""],
      ["L2", "a", "MAD", "2024-01-10"],
    ]);
    expect(count(d, "A", "MISE_A_DISPOSITION")).toBe(2);
  });
});

/** A journal drawn at random: a few dwellings, réservataires, stages and days. */
const eventArb = fc.tuple(
  fc.integer({ min: 1, max: 6 }),
  fc.constantFrom("A", "B", "C"),
  fc.constantFrom(...ETAPES),
  fc.integer({ min: 0, max: 60 }),
);
const journalArb = fc.array(eventArb, { minLength: 0, maxLength: 60 });
const BASE_DAY = day(2024, 1, 1);
const toRows = (events: [number, string, Etape, number][]): unknown[][] =>
  events.map(([l, r, e, d]) => [`L${l}`, r, e, BASE_DAY + d]);

/**
 * Vacancies of a journal, by a plain model: drop rows repeating an earlier one (same dwelling,
 * réservataire, stage and date: docs/regles/decompte.md), sort each dwelling's events, cut after each bail.
 */
function vacancies(events: [number, string, Etape, number][]): Set<Etape>[] {
  const out: Set<Etape>[] = [];
  const byLogement = new Map<number, { e: Etape; d: number; row: number }[]>();
  const seen = new Set<string>();
  events.forEach(([l, r, e, d], row) => {
    const key = JSON.stringify([l, r, e, d]);
    if (seen.has(key)) return;
    seen.add(key);
    byLogement.set(l, [...(byLogement.get(l) ?? []), { e, d, row }]);
  });
  for (const list of byLogement.values()) {
    list.sort((a, b) => a.d - b.d || ETAPES.indexOf(a.e) - ETAPES.indexOf(b.e) || a.row - b.row);
    let current = new Set<Etape>();
    for (const ev of list) {
      current.add(ev.e);
      if (ev.e === "BAIL") {
        out.push(current);
        current = new Set();
      }
    }
    if (current.size > 0) out.push(current);
  }
  return out;
}

const stageTotal = (d: Decompte, s: number): number =>
  d.reservataires.reduce((t, _, id) => t + (d.comptes[id * ETAPES.length + s] ?? 0), 0);

describe("décompte : propriétés", () => {
  it("compte chaque vacance au plus une fois par étape", () => {
    fc.assert(
      fc.property(journalArb, (events) => {
        const d = run(toRows(events));
        const vs = vacancies(events);
        ETAPES.forEach((etape, s) => {
          expect(stageTotal(d, s)).toBe(vs.filter((v) => v.has(etape)).length);
        });
      }),
    );
  });

  it("compte chaque vacance au plus une fois par étape, dates à l'heure près", () => {
    const horaire = fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom("A", "B", "C"),
        fc.constantFrom(...ETAPES),
        fc.integer({ min: 0, max: 240 }).map((q) => q / 4),
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(horaire, (events) => {
        const d = run(toRows(events));
        const vs = vacancies(events);
        ETAPES.forEach((etape, s) => expect(stageTotal(d, s)).toBe(vs.filter((v) => v.has(etape)).length));
      }),
    );
  });

  it("ne compte rien deux fois quand on coupe la période en deux", () => {
    fc.assert(
      fc.property(journalArb, fc.integer({ min: 0, max: 60 }), (events, cut) => {
        const rows = toRows(events);
        const whole = run(rows);
        const first = run(rows, undefined, BASE_DAY + cut);
        const second = run(rows, BASE_DAY + cut + 1, undefined);
        const sum = first.comptes.map((c, i) => c + (second.comptes[i] ?? 0));
        expect(Array.from(sum)).toEqual(Array.from(whole.comptes));
      }),
    );
  });
});

describe("décompte : ordre du journal", () => {
  type Ev = [number, string, Etape, number];
  const parNom = (d: Decompte): Record<string, number[]> =>
    Object.fromEntries(["A", "B", "C"].map((nom) => [nom, ETAPES.map((e) => count(d, nom, e))]));
  // Stable sorts: within a dwelling the events keep their order (the tie-break of the same day and stage).
  const croissant = (events: Ev[]): Ev[] => [...events].sort((a, b) => a[0] - b[0]);
  const decroissant = (events: Ev[]): Ev[] => [...events].sort((a, b) => b[0] - a[0]);

  it("donne les mêmes comptes, journal trié par logement, groupé sans être trié, ou en vrac", () => {
    fc.assert(
      fc.property(journalArb, (events) => {
        const attendu = parNom(run(toRows(events)));
        expect(parNom(run(toRows(croissant(events))))).toEqual(attendu);
        expect(parNom(run(toRows(decroissant(events))))).toEqual(attendu);
      }),
    );
  });

  it("compte comme le modèle un journal trié dont un logement revient à la fin", () => {
    fc.assert(
      fc.property(journalArb, (events) => {
        const tries = croissant(events);
        const retour = tries.length > 1 ? [...tries.slice(1), tries[0] as Ev] : tries;
        const d = run(toRows(retour));
        const vs = vacancies(retour);
        ETAPES.forEach((etape, s) => expect(stageTotal(d, s)).toBe(vs.filter((v) => v.has(etape)).length));
      }),
    );
  });
});
