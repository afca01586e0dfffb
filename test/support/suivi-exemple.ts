/**
 * A small Suivi du flux example shared by the job's tests and `gef bilan`'s: a journal of 2024 with a
 * reinjection (L1, PREFECTURE then ACTION LOGEMENT), a commune given by its INSEE code (06088, Nice)
 * and objectives per EPCI (CASA, MNCA).
 */
import fc from "fast-check";

export const JOURNAL_SUIVI = [
  ["Logement", "Réservataire", "Étape", "Date", "Commune"],
  ["L1", "PREFECTURE", "mise à disposition", "10/01/2024", "Antibes"],
  ["L1", "ACTION LOGEMENT", "mise à disposition", "01/02/2024", "Antibes"],
  ["L1", "ACTION LOGEMENT", "attribution", "20/02/2024", "Antibes"],
  ["L1", "ACTION LOGEMENT", "bail signé", "01/03/2024", "Antibes"],
  ["L2", "PREFECTURE", "mise à disposition", "05/03/2024", "06088"],
  ["L3", "PREFECTURE", "mise à disposition", "05/07/2024", "Nice"],
];

export const OBJECTIFS_SUIVI = [
  ["EPCI", "Réservataire", "Objectif"],
  ["CASA", "PREFECTURE", 10],
  ["CASA", "ACTION LOGEMENT", 20],
  ["MNCA", "PREFECTURE", 4],
];

/**
 * A journal drawn at random for the bilans' properties: up to 12 dwellings, each in one commune
 * (Antibes in CASA, Nice in MNCA, or none), events of the four stages for three réservataires over
 * 2023-2025. Two events of one dwelling never share their day and stage unless they are the same row:
 * the journal's order is the tie-break of such events (the later line is the later event), so only
 * journals without them keep their bilans whatever the order of their rows.
 */
export function journalSuiviArb(): fc.Arbitrary<unknown[][]> {
  const event = fc.record({
    logement: fc.integer({ min: 1, max: 12 }),
    reservataire: fc.constantFrom("PREFECTURE", "ACTION LOGEMENT", "VILLE D'ANTIBES"),
    etape: fc.constantFrom("mise à disposition", "proposition", "attribution", "bail signé"),
    jour: fc.integer({ min: 0, max: 3 * 365 }),
  });
  return fc.array(event, { maxLength: 50 }).map((events) => {
    const seen = new Set<string>();
    const rows: unknown[][] = [["Logement", "Réservataire", "Étape", "Date", "Commune"]];
    for (const e of events) {
      const key = `${e.logement} ${e.etape} ${e.jour}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Serial 44927 = 1 January 2023.
      rows.push([`L${e.logement}`, e.reservataire, e.etape, 44927 + e.jour, ["Antibes", "Nice", ""][e.logement % 3]]);
    }
    return rows;
  });
}
