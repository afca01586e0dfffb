#!/usr/bin/env node
/**
 * Sizes (files ~300 lines, functions ~80): lists every function longer than 80 lines and
 * every file longer than 300 lines of src, test, bench, sandbox and scripts/**.ts, generated files
 * aside. `node scripts/sizes.mjs [maxFunction] [maxFile]`.
 */
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const maxFunction = Number(process.argv[2] ?? 80);
const maxFile = Number(process.argv[3] ?? 300);

const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const functions = [];
const files = [];
for (const fileName of parsed.fileNames) {
  if (/\.generated\.ts$/.test(fileName)) continue;
  const sf = ts.createSourceFile(fileName, ts.sys.readFile(fileName) ?? "", ts.ScriptTarget.Latest, true);
  const rel = path.relative(ROOT, fileName);
  const lines = sf.getLineAndCharacterOfPosition(sf.getEnd()).line + 1;
  if (lines > maxFile) files.push({ rel, lines });
  const visit = (n) => {
    if (ts.isFunctionLike(n) && "body" in n && n.body) {
      const start = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      const length = end - start + 1;
      if (length > maxFunction) {
        let name = n.name?.getText(sf);
        if (!name && n.parent && (ts.isVariableDeclaration(n.parent) || ts.isPropertyAssignment(n.parent))) name = n.parent.name.getText(sf);
        // describe("…", () => …): the block of a test file, named by its title.
        if (!name && n.parent && ts.isCallExpression(n.parent) && n.parent.arguments[0] && ts.isStringLiteralLike(n.parent.arguments[0])) name = `${n.parent.expression.getText(sf)} « ${n.parent.arguments[0].text} »`;
        functions.push({ rel, line: start + 1, name: name ?? "(anonyme)", length });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
console.log(`Fonctions de plus de ${maxFunction} lignes : ${functions.length}`);
for (const f of functions.sort((a, b) => b.length - a.length)) console.log(`  ${String(f.length).padStart(4)}  ${f.name}  ${f.rel}:${f.line}`);
console.log(`Fichiers de plus de ${maxFile} lignes : ${files.length}`);
for (const f of files.sort((a, b) => b.lines - a.lines)) console.log(`  ${String(f.lines).padStart(4)}  ${f.rel}`);
