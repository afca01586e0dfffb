/**
 * Renders the custom functions' help from their JSDoc (function-docs.ts) and
 * src/functions/functions-help.ts: the sommaire and sections of help.html, the pane's list and
 * README.md's table. Pure: text in, text out.
 */
import type { FunctionHelp } from "../../src/functions/functions-help";
import { syntax, type FunctionDoc } from "./function-docs";

/** A function with its JSDoc and its help entry. */
export interface FunctionPage {
  readonly doc: FunctionDoc;
  readonly help: FunctionHelp;
}

/** Pairs each JSDoc with its help entry; throws, naming the file to fix, on any mismatch. */
export function pairPages(docs: readonly FunctionDoc[], helps: Readonly<Record<string, FunctionHelp>>): FunctionPage[] {
  const missing = Object.keys(helps).filter((id) => !docs.some((d) => d.id === id));
  if (missing.length > 0)
    throw new Error(`functions-help.ts décrit ${missing.join(", ")}, absente(s) de la JSDoc de functions.ts.`);
  return docs.map((doc) => {
    const help = helps[doc.id];
    if (help === undefined) throw new Error(`GEF.${doc.id} n'a pas d'aide dans src/functions/functions-help.ts.`);
    const names = doc.params.map((p) => p.name);
    const described = Object.keys(help.arguments);
    const odd = [...names.filter((n) => !described.includes(n)), ...described.filter((n) => !names.includes(n))];
    if (odd.length > 0)
      throw new Error(`GEF.${doc.id} : arguments ${odd.join(", ")} à accorder entre la JSDoc et functions-help.ts.`);
    return { doc, help };
  });
}

/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\u00a0/g, "&nbsp;");
}

/** Escapes French prose for HTML with its non-breaking spaces (« : », « % », « 1er »). */
export function prose(s: string): string {
  return escapeHtml(s)
    .replace(/ ([:;!?%»])/g, "&nbsp;$1")
    .replace(/« /g, "«&nbsp;")
    .replace(/\b1er\b/g, "1<sup>er</sup>");
}

const TOP = `<p class="haut"><a href="#sommaire">Retour au sommaire</a></p>`;

function table(label: string, head: readonly string[], rows: readonly string[]): string {
  return [
    `<div class="defile" role="region" aria-label="${label}" tabindex="0">`,
    "<table>",
    `<caption>${label}</caption>`,
    `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`,
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
    "</div>",
  ].join("\n");
}

function argumentsTable({ doc, help }: FunctionPage): string {
  const rows = doc.params.map((p) => {
    const a = help.arguments[p.name] ?? {};
    const required = p.optional ? (a.omitted === undefined ? "Non" : `Non (${a.omitted})`) : "Oui";
    const text = a.details === undefined ? prose(p.description) : `${prose(p.description)} ${a.details}`;
    return `<tr><th scope="row">${p.name.replace(/_/g, "_<wbr>")}</th><td>${required}</td><td>${text}</td></tr>`;
  });
  return table(`Arguments de GEF.${doc.id}`, ["Argument", "Obligatoire&nbsp;?", "Ce qu'il faut indiquer"], rows);
}

function errorsTable({ doc, help }: FunctionPage): string {
  const rows = help.errors.map(
    (e) => `<tr><th scope="row"><span class="erreur">${e.error}</span></th><td>${e.when}</td></tr>`,
  );
  return table(`Erreurs de GEF.${doc.id}`, ["Erreur", "Quand"], rows);
}

function example({ help }: FunctionPage): string {
  const { before, main: p, after } = help.example;
  const result = p.resultHtml === undefined ? escapeHtml(p.resultText) : p.resultHtml;
  const arrow = result === null ? "" : ` → <span class="resultat">${result}</span>`;
  const line = `<p class="formule"><code>${escapeHtml(p.formula)}</code>${arrow}${p.after ?? ""}</p>`;
  return [before, line, after].filter((x): x is string => x !== undefined).join("\n");
}

/** One function's section of help.html. */
export function renderSection(page: FunctionPage): string {
  const { doc, help } = page;
  const a = doc.anchor;
  return [
    `<section id="${a}" aria-labelledby="${a}-titre">`,
    `<h2 id="${a}-titre">GEF.${doc.id}</h2>`,
    `<p class="formule syntaxe"><code>${syntax(doc)}</code></p>`,
    `<p>${prose(doc.summary)}</p>`,
    help.intro,
    "",
    "<h3>Arguments</h3>",
    argumentsTable(page),
    ...(help.sections ?? []).flatMap((c) => ["", `<h3>${c.title}</h3>`, c.html]),
    "",
    "<h3>Résultat</h3>",
    `<p>${prose(doc.returns)}</p>`,
    ...(help.result === undefined ? [] : [help.result]),
    "",
    "<h3>Erreurs</h3>",
    errorsTable(page),
    "",
    "<h3>Exemple</h3>",
    example(page),
    TOP,
    "</section>",
  ].join("\n");
}

/** The sommaire's lines for the functions. */
export function renderSommaire(pages: readonly FunctionPage[]): string {
  return pages
    .map(({ doc, help }) => `<li><a href="#${doc.anchor}">GEF.${doc.id}&nbsp;: ${prose(help.title)}</a></li>`)
    .join("\n");
}

export function renderSections(pages: readonly FunctionPage[]): string {
  return pages.map(renderSection).join("\n\n");
}

/** The principal example on one line: formula → result. */
function shortExample({ help }: FunctionPage): string {
  return `${help.example.main.formula} → ${help.example.main.resultText}`;
}

/** src/taskpane/functions-list.ts, whole. */
export function renderFunctionsList(pages: readonly FunctionPage[]): string {
  const q = (s: string): string => JSON.stringify(s);
  const entries = pages.map(
    (p) =>
      `  { nom: ${q(`GEF.${p.doc.id}`)}, ancre: ${q(p.doc.anchor)}, role: ${q(p.help.role)}, exemple: ${q(shortExample(p))} },`,
  );
  return [
    "/**",
    " * The custom functions as the pane presents them: name, purpose, an example.",
    " * Generated by `npm run help` (scripts/help/) from the JSDoc of src/functions/functions.ts and",
    " * src/functions/functions-help.ts: edit those, not this file.",
    " */",
    "export interface FunctionEntry {",
    "  readonly nom: string;",
    "  readonly ancre: string;",
    "  readonly role: string;",
    "  readonly exemple: string;",
    "}",
    "",
    "export const FUNCTIONS: readonly FunctionEntry[] = [",
    ...entries,
    "];",
    "",
  ].join("\n");
}

/** README.md's table of functions (Markdown). */
export function renderReadmeTable(pages: readonly FunctionPage[]): string {
  const cell = (s: string): string => s.replace(/\|/g, "\\|");
  return [
    "| fonction | exemple | résultat |",
    "| --- | --- | --- |",
    ...pages.map(({ doc, help }) => {
      const p = help.example.main;
      const ex = p.context === undefined ? `\`${p.formula}\`` : `\`${p.formula}\` ${p.context}`;
      return `| \`${syntax(doc)}\` | ${cell(ex)} | ${cell(p.resultText)} |`;
    }),
  ].join("\n");
}

/** Replaces what lies between the markers `name` of `text`; throws when they are missing. */
export function spliceMarked(text: string, name: string, content: string, file: string): string {
  const start = `<!-- gef-genere:${name} `;
  const end = `<!-- /gef-genere:${name} -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${file} : marqueurs « ${start}… » et « ${end} » introuvables.`);
  const afterStart = text.indexOf("-->", i) + 3;
  return `${text.slice(0, afterStart)}\n${content}\n${text.slice(j)}`;
}

/** The opening marker, telling the reader not to edit by hand. */
export function startMarker(name: string): string {
  return `<!-- gef-genere:${name} : produit par « npm run help » depuis src/functions (JSDoc et functions-help.ts), ne pas modifier ici -->`;
}
