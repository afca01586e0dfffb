/**
 * eslint.config.mjs: the naming rule of the README (« Nommage ») and the sizes are kept by the lint. The real
 * configuration is loaded by ESLint in a child Node (jest cannot import an ES module config), which reports the
 * rules in force for a few files and lints samples with the configuration's own naming rule.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");

interface Message {
  readonly line: number;
  readonly ruleId: string | null;
  readonly message: string;
}
interface Report {
  readonly rules: Record<string, Record<string, unknown>>;
  readonly samples: Record<string, readonly Message[]>;
}

const SCRIPT = `
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
const { files, samples } = JSON.parse(process.env.GEF_LINT_INPUT);
const eslint = new ESLint({ cwd: process.cwd() });
const rules = {};
for (const f of files) {
  const c = await eslint.calculateConfigForFile(f);
  rules[f] = Object.fromEntries(["@typescript-eslint/naming-convention", "max-lines", "max-lines-per-function"].map((r) => [r, c.rules?.[r]]));
}
const naming = (await eslint.calculateConfigForFile("src/domain/index.ts")).rules["@typescript-eslint/naming-convention"];
const only = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser }, plugins: { "@typescript-eslint": tseslint.plugin }, rules: { "@typescript-eslint/naming-convention": naming } }],
});
const out = {};
for (const [name, text] of Object.entries(samples)) {
  const [r] = await only.lintText(text, { filePath: name + ".ts" });
  out[name] = r.messages.map(({ line, ruleId, message }) => ({ line, ruleId, message }));
}
console.log(JSON.stringify({ rules, samples: out }));
`;

function report(files: readonly string[], samples: Record<string, string>): Report {
  const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", SCRIPT], {
    cwd: root,
    env: { ...process.env, GEF_LINT_INPUT: JSON.stringify({ files, samples }) },
    encoding: "utf8",
  });
  return JSON.parse(stdout) as Report;
}

/** Each line declares one name: a variable, a function and its parameter, a type and its property, a class field. */
const ENGLISH = [
  "const dwellingCount = 1;",
  "function readTemplate(movementRows: number[]): number[] { return movementRows; }",
  "interface BreakdownOf { readonly breakdownOf: number }",
  "type CategoryKey = string;",
  "const counts = { dwellings: 2 };",
  "class Table { movementRows = 0; }",
  "const TEMPLATE_ROWS = 3;",
].join("\n");
const FRENCH = [
  "const logementCount = 1;",
  "function readModele(mouvementRows: number[]): number[] { return mouvementRows; }",
  "interface RepartitionOf { readonly repartitionOf: number }",
  "type CategorieKey = string;",
  "const counts = { logements: 2 };",
  "class Table { mouvementRows = 0; }",
  "const MODELE_ROWS = 3;",
  // Names of Excel's API (ChartDataLabels) and of CSS keep their own spelling.
  "const labels = { showCategoryName: false, gridTemplateColumns: 'auto' };",
].join("\n");

describe("eslint.config.mjs", () => {
  const files = [
    "src/domain/index.ts",
    "src/taskpane/Pane.tsx",
    "sandbox/index.tsx",
    "excel-sim/fake-workbook.ts",
    "bench/index.ts",
    "scripts/build-epci.mjs",
    "test/readme.test.ts",
  ];
  let r: Report;
  beforeAll(() => {
    r = report(files, { english: ENGLISH, french: FRENCH });
  }, 120_000);

  it("refuse dans un identifiant chaque mot anglais que le glossaire du README a remplacé (dwelling, template, movement, breakdown, category)", () => {
    const lines = (r.samples.english ?? []).filter((m) => m.ruleId === "@typescript-eslint/naming-convention");
    // Line 2 twice: the function and its parameter.
    expect(lines.map((m) => m.line)).toEqual([1, 2, 2, 3, 3, 4, 5, 6, 7]);
    expect(lines.map((m) => /`(\w+)`/.exec(m.message)?.[1])).toEqual([
      "dwellingCount",
      "readTemplate",
      "movementRows",
      "BreakdownOf",
      "breakdownOf",
      "CategoryKey",
      "dwellings",
      "movementRows",
      "TEMPLATE_ROWS",
    ]);
  });

  it("accepte les mots français du glossaire et les noms propres à l'API d'Excel ou à CSS", () => {
    expect(r.samples.french).toEqual([]);
  });

  it("applique la règle de nommage partout, tests compris", () => {
    for (const f of files) expect(r.rules[f]?.["@typescript-eslint/naming-convention"]).toBeDefined();
  });

  it("limite les fichiers à 300 lignes et les fonctions à 80 dans src, sandbox, excel-sim, bench et scripts, pas dans les tests", () => {
    for (const f of files.filter((f) => !f.startsWith("test/"))) {
      expect(r.rules[f]?.["max-lines"]).toEqual([2, { max: 300 }]);
      expect(r.rules[f]?.["max-lines-per-function"]).toEqual([2, { max: 80 }]);
    }
    expect(r.rules["test/readme.test.ts"]?.["max-lines"]).toBeUndefined();
  });
});
