/**
 * « Remplir » never leaves a template that fails its own check: on generated workbooks (inputs blank
 * or typed, computed cells blank, with their formula or typed by hand, figures from the tables or
 * not), a check after the fill reports no error that was not there before — whether the user keeps
 * their cells or lets GEF replace them. The patrimoine is always known (typed or from the table) and
 * larger than what is excluded or subtracted: with a blank patrimoine the assiette is negative, and the
 * totals that the fill completes only show it.
 */
import fc from "fast-check";
import {
  blankFormulaGrid,
  blankModele,
  diagnoseModele,
  planFill,
  writesToApply,
  type ModeleInputValues,
} from "../../../src/domain";
import { applyWrites, evaluateModele } from "../../../src/jobs";
import { EPCI_MODELE_06 } from "../../../src/domain/epci/alpes-maritimes";
import { COMPUTED_ROWS, MODELE_ROWS, cellAddress, locateModele, type InputKey } from "../../../src/domain/modele";

const T = blankModele({ anneeConvention: 2024, anneeRpls: 2022 });
const LAYOUT = locateModele(blankFormulaGrid(T), EPCI_MODELE_06);
const COUNT_INPUTS = MODELE_ROWS.filter((s) => s.role === "saisie" && s.kind === "nombre").map(
  (s) => s.key as InputKey,
);

/** What a user may have in a cell of a count row: nothing, or a whole number. */
const typedCount = (max: number): fc.Arbitrary<number | null> =>
  fc.oneof(fc.constant(null), fc.integer({ min: 0, max }));
const maxFor = (key: InputKey): number =>
  key === "patrimoine" ? 20_000 : key.startsWith("specifiques") ? 300 : key.startsWith("exclus") ? 200 : 100;

/** What a computed cell holds: its formula (as the blank template has it), nothing, or a number typed by hand. */
const computedCell = (max: number): fc.Arbitrary<"formule" | null | number> =>
  fc.oneof(fc.constant<"formule">("formule"), fc.constant<null>(null), fc.integer({ min: 0, max }));
/** Totals typed by hand stay below the patrimoine (3 000 at least), as in real templates. */
const typedMax = (key: string): number => (key === "assiette" ? 20_000 : key.startsWith("etat") ? 500 : 1000);

const columnArb: fc.Arbitrary<Column> = fc.record({
  typed: fc.record(
    Object.fromEntries(
      COUNT_INPUTS.map((k) => [k, k === "patrimoine" ? fc.integer({ min: 3000, max: 20_000 }) : typedCount(maxFor(k))]),
    ) as Record<InputKey, fc.Arbitrary<number | null>>,
  ),
  taux: fc.oneof(
    fc.constant(null),
    fc.integer({ min: 10, max: 200 }).map((p) => p / 1000),
  ),
  computed: fc.record(
    Object.fromEntries(COMPUTED_ROWS.map((c) => [c.key, computedCell(typedMax(c.key))])) as Record<
      string,
      fc.Arbitrary<"formule" | null | number>
    >,
  ),
  /** Figures the tables give (each one or not), as gatherInputs hands them over. */
  table: fc.option(
    fc.record({
      patrimoine: fc.integer({ min: 3000, max: 20_000 }),
      exclusPli: fc.integer({ min: 0, max: 200 }),
      exclusEtudiants: fc.integer({ min: 0, max: 200 }),
      soustraitsMutations: fc.integer({ min: 0, max: 100 }),
      tauxRotation: fc.integer({ min: 10, max: 200 }).map((p) => p / 1000),
      pmr: fc.integer({ min: 0, max: 300 }),
      plaiAdapte: fc.integer({ min: 0, max: 300 }),
      recouvrement: fc.integer({ min: 0, max: 300 }),
    }),
    { nil: undefined },
  ),
});

interface TableFigures {
  patrimoine: number;
  exclusPli: number;
  exclusEtudiants: number;
  soustraitsMutations: number;
  tauxRotation: number;
  pmr: number;
  plaiAdapte: number;
  recouvrement: number;
}
interface Column {
  typed: Record<InputKey, number | null>;
  taux: number | null;
  computed: Record<string, "formule" | null | number>;
  table: TableFigures | undefined;
}

function build(columns: readonly Column[]): { formulas: unknown[][]; inputs: Record<string, ModeleInputValues> } {
  const formulas: unknown[][] = blankFormulaGrid(T).map((r) => [...r]);
  const inputs: Record<string, ModeleInputValues> = {};
  columns.forEach((c, i) => {
    const col = i + 1;
    const set = (row: number | undefined, v: unknown): void => {
      if (row !== undefined) (formulas[row] as unknown[])[col] = v;
    };
    for (const k of COUNT_INPUTS) set(LAYOUT.rows[k], c.typed[k] ?? "");
    set(LAYOUT.rows.tauxRotation, c.taux ?? "");
    for (const spec of COMPUTED_ROWS) {
      const v = c.computed[spec.key];
      if (v !== "formule") set(LAYOUT.rows[spec.key], v ?? "");
    }
    const t = c.table;
    const epci = EPCI_MODELE_06[i];
    if (t && epci) {
      const union = Math.max(t.pmr, t.plaiAdapte, t.pmr + t.plaiAdapte - t.recouvrement);
      inputs[epci.siren] = {
        patrimoine: t.patrimoine,
        exclusPli: t.exclusPli,
        exclusEtudiants: t.exclusEtudiants,
        soustraitsMutations: t.soustraitsMutations,
        tauxRotation: t.tauxRotation,
        specifiquesPmr: t.pmr,
        specifiquesPlaiAdapte: t.plaiAdapte,
        specifiquesTotal: union,
      };
    }
  });
  return { formulas, inputs };
}

const errors = (values: unknown[][], formulas: unknown[][]): Set<string> =>
  new Set(
    diagnoseModele(values, formulas)
      .filter((d) => d.severity === "erreur")
      .map((d) => `${d.code} ${d.cell}`),
  );

const PARTS = { partPrioritaires: 0.25, partFonctionnaires: 0.05 };

describe("Remplir les colonnes EPCI : propriété", () => {
  it.each([
    ["en conservant les saisies", false],
    ["en remplaçant les saisies", true],
  ])("n'ajoute aucune erreur à la vérification, %s", (_name, replace) => {
    fc.assert(
      fc.property(fc.array(columnArb, { minLength: 5, maxLength: 5 }), (columns) => {
        const { formulas, inputs } = build(columns);
        const before = evaluateModele(formulas, formulas, LAYOUT, PARTS);
        const plan = planFill(before, formulas, { inputs });
        const after = applyWrites(before, formulas, writesToApply(plan, replace));
        const evaluated = evaluateModele(after.values, after.formulas, LAYOUT, PARTS);
        const had = errors(before, formulas);
        const added = [...errors(evaluated, after.formulas)].filter((e) => !had.has(e));
        expect(added).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("remplit « Total autres logements spécifiques » quand il remplit PMR et PLAI adapté (plus d'erreur « dépasse le total (0) »)", () => {
    const { formulas } = build([]);
    const values = evaluateModele(formulas, formulas, LAYOUT, PARTS);
    const capg = EPCI_MODELE_06[0]?.siren ?? "";
    // 12 PMR, 5 PLAI adaptés dont 2 aussi PMR : 15 logements spécifiques au moins.
    const plan = planFill(values, formulas, {
      inputs: { [capg]: { specifiquesPmr: 12, specifiquesPlaiAdapte: 5, specifiquesTotal: 15 } },
    });
    const total = plan.writes.find((w) => w.cell === cellAddress(LAYOUT.rows.specifiquesTotal ?? -1, 1));
    expect(total?.value).toBe(15);
    const after = applyWrites(values, formulas, writesToApply(plan, false));
    expect(diagnoseModele(after.values, after.formulas).filter((d) => d.code === "DONT_SUPERIEUR_TOTAL")).toEqual([]);
  });

  it("garde un total saisi s'il suffit, et ne remplit pas une ligne « dont » au-dessus d'un total conservé", () => {
    const { formulas } = build([]);
    const row = LAYOUT.rows.specifiquesTotal ?? -1;
    (formulas[row] as unknown[])[1] = 40;
    (formulas[row] as unknown[])[2] = 3;
    const values = evaluateModele(formulas, formulas, LAYOUT, PARTS);
    const [capg, capl] = EPCI_MODELE_06.map((e) => e.siren);
    const plan = planFill(values, formulas, {
      inputs: {
        [capg ?? ""]: { specifiquesPmr: 12, specifiquesTotal: 12 },
        [capl ?? ""]: { specifiquesPmr: 12, specifiquesTotal: 12 },
      },
    });
    expect(plan.writes.some((w) => w.cell === cellAddress(row, 1))).toBe(false);
    expect(plan.conflicts.map((c) => c.cell)).toEqual([cellAddress(row, 2)]);
    const pmrC = cellAddress(LAYOUT.rows.specifiquesPmr ?? -1, 2);
    expect(writesToApply(plan, false).some((w) => w.cell === pmrC)).toBe(false);
    expect(plan.withheld).toContainEqual({ cell: pmrC, keptCell: cellAddress(row, 2) });
    expect(writesToApply(plan, true).some((w) => w.cell === pmrC)).toBe(true);
  });
});
