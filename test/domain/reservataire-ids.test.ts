import { foldText, MAP_LIMIT, ReservataireIds } from "../../src/domain";

/** Reads `cells` as the journal does (a refused name takes no event; ids kept), then finishes. */
function lire(cells: readonly unknown[]): { ids: ReservataireIds; events: Int32Array; lus: number[] } {
  const ids = new ReservataireIds();
  const events = new Int32Array(cells.length).fill(-7);
  const lus: number[] = [];
  let e = 0;
  for (const v of cells) {
    const id = ids.read(v, e);
    lus.push(id);
    if (id >= 0) events[e++] = id;
  }
  ids.finish(events);
  return { ids, events: events.subarray(0, e), lus };
}

/** What each accepted event must name: the first spelling of its folded key, trimmed. */
function attendu(cells: readonly unknown[]): { noms: string[]; cles: string[] } {
  const premiere = new Map<string, string>();
  const noms: string[] = [];
  const cles: string[] = [];
  for (const v of cells) {
    const cle = foldText(String(v));
    if (cle === "") continue;
    if (!premiere.has(cle)) premiere.set(cle, String(v).trim());
    noms.push(premiere.get(cle) ?? "");
    cles.push(cle);
  }
  return { noms, cles };
}

function verifie(cells: readonly unknown[]): ReservataireIds {
  const { ids, events, lus } = lire(cells);
  const a = attendu(cells);
  expect(lus.filter((x) => x < 0).length).toBe(cells.length - a.noms.length);
  expect(Array.from(events, (id) => ids.noms[id])).toEqual(a.noms);
  expect(Array.from(events, (id) => ids.cles[id])).toEqual(a.cles);
  expect(ids.cles.length).toBe(new Set(a.cles).size);
  return ids;
}

describe("ReservataireIds par tri (au-delà de MAP_LIMIT noms, issue 25)", () => {
  it("donne à chaque événement le même nom et la même clé qu'une Map, graphies différentes et noms refusés mêlés", () => {
    const cells: unknown[] = [];
    for (let i = 0; i < MAP_LIMIT + 3000; i++) {
      cells.push(`Réservataire ${i}`);
      if (i % 1000 === 7)
        cells.push(`  RESERVATAIRE-${i - 5} `, "?", `réservataire ${i + 40}`, `réservataire ${i + 40}`);
      if (i === MAP_LIMIT + 100) cells.push("🏠", "-", " Réservataire 3", "Réservataire 70000");
    }
    const ids = verifie(cells);
    // Past the switch, ids are numbered in key order.
    expect(ids.cles).toEqual([...ids.cles].sort());
  });

  it("numérote des noms tous distincts (après le passage au tri) dans l'ordre des clés", () => {
    const cells: unknown[] = [];
    for (let i = 0; i < MAP_LIMIT + 3000; i++)
      cells.push(i % 3 === 0 ? `Éclair ${(MAP_LIMIT * 2 - i).toString(36)} ` : `logis ${i}`);
    const ids = verifie(cells);
    expect(ids.cles).toEqual([...ids.cles].sort());
  });
});
