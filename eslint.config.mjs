// Lint with typed rules. The import direction of STYLE.md is enforced here, not left to comments:
// src/domain imports nobody; src/jobs (the jobs shared by the pane and `gef`) imports only src/domain,
// and only through its index; functions, excel, taskpane and cli may import domain; excel, taskpane and
// cli may import jobs, functions may not; src/xlsx (the file-format engine) imports domain and jobs,
// and is imported by cli and taskpane; only src/excel (and the pane's entry that wires it) may reach
// the Excel API.
import { readFileSync } from "node:fs";
import tseslint from "typescript-eslint";
import importPlugin from "eslint-plugin-import";

const folders = ["domain", "jobs", "functions", "excel", "taskpane", "cli", "xlsx"];
const others = (...allowed) => folders.filter((f) => !allowed.includes(f)).map((f) => `./src/${f}`);

// The naming rule (README, « Nommage »), kept by the tools: no identifier contains an English word that the
// glossary replaced by its French domain word (dwellingCount, readTemplate, movementRows, breakdownOf). The
// words come from the README's « Glossaire » line, its first group (« dwelling → logement, … » up to the first
// « ; »), so that the README stays the one list. Names that belong to Excel's API or to CSS keep theirs.
function replacedWords() {
  const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
  const group = /\*\*Glossaire\*\* :([^;]*);/.exec(readme)?.[1] ?? "";
  const words = [...group.matchAll(/([a-z]+) → [a-z]+/g)].map((m) => m[1]);
  if (words.length === 0)
    throw new Error(
      "eslint.config.mjs : la ligne « Glossaire » du README (« dwelling → logement, … ; ») est introuvable.",
    );
  return words;
}
const spellings = (w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()];
const REPLACED_WORDS = new RegExp(replacedWords().flatMap(spellings).join("|"));
const FOREIGN_NAMES = /^(showCategoryName|gridTemplate(Columns|Rows|Areas))$/;

// Sizes: a file holds in 300 lines, a function in 80, counted as Prettier prints them (print width 120), in
// src/, sandbox/, excel-sim/, bench/ and scripts/ (generated files aside). The files below are over it once
// formatted and wait to be split by purpose (issue 23): remove a line when its file holds, never add one.
const SIZED = [
  "src/**/*.{ts,tsx}",
  "sandbox/**/*.{ts,tsx}",
  "excel-sim/**/*.ts",
  "bench/**/*.ts",
  "scripts/**/*.{ts,mjs,cjs,js}",
];
const OVERSIZED = [
  "excel-sim/range.ts",
  "src/cli/commands/bilan.ts",
  "src/cli/commands/remplir.ts",
  "src/cli/commands/repartitions.ts",
  "src/domain/suivi/bilan.ts",
  "src/domain/suivi/objectifs.ts",
  "src/domain/tables/headers.ts",
  "src/domain/tables/logements.ts",
  "src/excel/suivi-actions.ts",
  "src/excel/workbook-read.ts",
  "src/jobs/repartition/repartition-layout.ts",
  "src/jobs/suivi/sheet-annuel.ts",
  "src/jobs/suivi/sheet-bilan.ts",
  "src/jobs/suivi/sources.ts",
  "src/jobs/suivi/travaux.ts",
  "src/xlsx/chart-xlsx.ts",
  "src/xlsx/sheet-stream.ts",
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "deploy/**",
      "build/**",
      "bench/cli-scratch/**",
      "bench/_*.ts",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      "*.config.js",
      "*.config.cjs",
      "eslint.config.mjs",
      "**/*.cjs",
      "!scripts/**/*.cjs",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { import: importPlugin },
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" }, node: { extensions: [".ts", ".tsx", ".js"] } },
      "import/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "import/no-cycle": "error",
      "@typescript-eslint/naming-convention": [
        "error",
        {
          selector: "default",
          format: null,
          filter: { regex: FOREIGN_NAMES.source, match: false },
          custom: { regex: REPLACED_WORDS.source, match: false },
        },
      ],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/domain",
              from: others("domain"),
              message: "src/domain reste pur : il n'importe aucun autre dossier de src/.",
            },
            {
              target: "./src/functions",
              from: others("domain", "functions"),
              message: "Les fonctions personnalisées n'utilisent que src/domain.",
            },
            { target: "./src/jobs", from: others("domain", "jobs"), message: "src/jobs n'importe que src/domain." },
            {
              target: "./src/jobs",
              from: "./src/domain",
              except: ["./index.ts"],
              message: 'src/jobs importe src/domain par son index seulement (from "../../domain").',
            },
            {
              target: "./src/excel",
              from: others("domain", "jobs", "excel"),
              message: "src/excel n'utilise que src/domain et src/jobs.",
            },
            {
              target: "./src/cli",
              from: others("domain", "jobs", "xlsx", "cli"),
              message: "La ligne de commande n'utilise que src/domain, src/jobs et src/xlsx.",
            },
            {
              target: "./src/taskpane",
              from: others("domain", "jobs", "excel", "xlsx", "taskpane"),
              message: "Le volet utilise src/domain, src/jobs, src/excel et src/xlsx.",
            },
            {
              target: "./src/xlsx",
              from: others("domain", "jobs", "xlsx"),
              message: "Le moteur de fichiers (src/xlsx) n'utilise que src/domain et src/jobs, jamais src/cli.",
            },
            {
              target: "./src/cli",
              from: "./src/xlsx",
              except: ["./index.ts", "./node.ts"],
              message: "src/xlsx s'importe par son index (« ../xlsx ») ou, pour gef, par « ../xlsx/node ».",
            },
            {
              target: "./src/taskpane",
              from: "./src/xlsx",
              except: ["./index.ts"],
              message: "Le volet importe src/xlsx par son index (« ../xlsx ») : ./node est pour gef.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/domain/**", "src/jobs/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-*", "@fluentui/*", "exceljs", "node:*", "fs", "path"] },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "CustomFunctions", "window", "document", "process"],
      "no-console": "error",
    },
  },
  {
    // The engine runs in the pane too: Node only in its Node platform and file writing.
    files: ["src/xlsx/**"],
    ignores: ["src/xlsx/platform-node.ts", "src/xlsx/node-files.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "fs/*", "path", "zlib", "buffer"],
              message:
                "src/xlsx tourne aussi dans le volet : Node seulement par platform-node.ts (ou node-files.ts pour écrire).",
            },
            { group: ["**/domain/*"], message: "Importez le domaine par son index (« ../domain »)." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/functions/**", "src/taskpane/**", "src/cli/**", "src/xlsx/**"],
    rules: {
      "no-restricted-globals": ["error", { name: "Excel", message: "Seul src/excel touche l'API Excel." }],
    },
  },
  {
    // The domain's public face is its index: the other folders never reach inside it.
    files: [
      "src/functions/**",
      "src/excel/**",
      "src/taskpane/**",
      "src/cli/**",
      "src/jobs/**",
      "src/xlsx/platform-node.ts",
      "src/xlsx/node-files.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/domain/*"],
              message:
                "Importez le domaine par son index (« ../domain ») : ce qu'il publie est exporté par src/domain/index.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    // The build and maintenance scripts in plain JavaScript (Node, CommonJS or modules): linted for their sizes, not typed.
    files: ["scripts/**/*.{mjs,cjs,js}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["scripts/**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: SIZED,
    ignores: ["**/*.generated.ts", ...OVERSIZED],
    rules: {
      "max-lines": ["error", { max: 300 }],
      "max-lines-per-function": ["error", { max: 80 }],
    },
  },
  {
    files: ["test/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
    },
  },
);
