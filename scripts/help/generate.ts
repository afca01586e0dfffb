/**
 * The files `npm run help` writes and the drift test compares: the functions part of
 * src/help/help.html, src/taskpane/functions-list.ts and README.md's table, all from the JSDoc of
 * src/functions/functions.ts and src/functions/functions-help.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FUNCTION_HELP } from "../../src/functions/functions-help";
import { readFunctionDocs } from "./function-docs";
import {
  pairPages,
  renderFunctionsList,
  renderReadmeTable,
  renderSections,
  renderSommaire,
  spliceMarked,
  type FunctionPage,
} from "./render";

export interface HelpOutput {
  /** Relative to the repository's root. */
  readonly path: string;
  readonly content: string;
}

export const HELP_COMMAND = "npm run help";

/** The functions with their help, read from the sources under `root`. */
export function readPages(root: string): FunctionPage[] {
  const source = readFileSync(path.join(root, "src/functions/functions.ts"), "utf8");
  return pairPages(readFunctionDocs(source), FUNCTION_HELP);
}

/** Each generated file as it should be committed. */
export function generateOutputs(root: string): HelpOutput[] {
  const pages = readPages(root);
  const read = (p: string): string => readFileSync(path.join(root, p), "utf8");
  const htmlPath = "src/help/help.html";
  let html = spliceMarked(read(htmlPath), "sommaire", renderSommaire(pages), htmlPath);
  html = spliceMarked(html, "fonctions", renderSections(pages), htmlPath);
  const readmePath = "README.md";
  const readme = spliceMarked(read(readmePath), "tableau-fonctions", renderReadmeTable(pages), readmePath);
  return [
    { path: htmlPath, content: html },
    { path: "src/taskpane/functions-list.ts", content: renderFunctionsList(pages) },
    { path: readmePath, content: readme },
  ];
}
