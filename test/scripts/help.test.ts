import { readFileSync } from "node:fs";
import path from "node:path";
import { FUNCTION_HELP } from "../../src/functions/functions-help";
import { FUNCTIONS } from "../../src/taskpane/functions-list";
import { readFunctionDocs } from "../../scripts/help/function-docs";
import { HELP_COMMAND, generateOutputs, readPages } from "../../scripts/help/generate";
import { pairPages, spliceMarked } from "../../scripts/help/render";

const root = path.resolve(__dirname, "../..");
const read = (p: string): string => readFileSync(path.join(root, p), "utf8");
const source = read("src/functions/functions.ts");

describe("aide des fonctions générée depuis la JSDoc", () => {
  it(`les fichiers produits sont à jour (sinon : ${HELP_COMMAND})`, () => {
    const outdated = generateOutputs(root)
      .filter((o) => read(o.path) !== o.content)
      .map((o) => `${o.path} n'est plus à jour : lancez « ${HELP_COMMAND} »`);
    expect(outdated).toEqual([]);
  });

  it("une retouche à la main entre les marqueurs est remplacée par le texte généré", () => {
    const html = read("src/help/help.html");
    const touched = html.replace("5&nbsp;367</span>", "5&nbsp;368</span>");
    expect(touched).not.toBe(html);
    const generated = generateOutputs(root).find((o) => o.path === "src/help/help.html")?.content;
    expect(generated).toBe(html);
    const section = /<!-- gef-genere:fonctions [^]*?<!-- \/gef-genere:fonctions -->/.exec(html)?.[0] ?? "";
    const inner = section.slice(section.indexOf("-->") + 4, section.lastIndexOf("\n<!--"));
    expect(spliceMarked(touched, "fonctions", inner, "help.html")).toBe(html);
  });

  it("chaque fonction de la JSDoc a sa section, son entrée au sommaire, au volet et au README", () => {
    const docs = readFunctionDocs(source);
    expect(docs.map((d) => d.id).sort()).toEqual(Object.keys(FUNCTION_HELP).sort());
    const html = read("src/help/help.html");
    const readme = read("README.md");
    for (const d of docs) {
      expect(html).toContain(`<section id="${d.anchor}" aria-labelledby="${d.anchor}-titre">`);
      expect(html).toContain(`<li><a href="#${d.anchor}">GEF.${d.id}&nbsp;:`);
      expect(FUNCTIONS).toContainEqual(expect.objectContaining({ nom: `GEF.${d.id}`, ancre: d.anchor }));
      expect(readme).toContain(`| \`GEF.${d.id}(`);
    }
  });

  it("la syntaxe et chaque argument viennent de la JSDoc : un argument ajouté sans aide est refusé", () => {
    const html = read("src/help/help.html");
    expect(html).toContain("<code>GEF.ASSIETTE(patrimoine; [exclus]; [soustraits]; [nouvelles_operations])</code>");
    const added = source.replace(
      " * @param [nouvelles_operations]",
      " * @param [bonus] Un argument nouveau.\n * @param [nouvelles_operations]",
    );
    expect(() => pairPages(readFunctionDocs(added), FUNCTION_HELP)).toThrow(/GEF\.ASSIETTE : arguments bonus/);
    const withoutHelp = source.replace("@customfunction TAUX_CHUTE", "@customfunction TAUX_DE_CHUTE");
    expect(() => pairPages(readFunctionDocs(withoutHelp), FUNCTION_HELP)).toThrow(/TAUX_CHUTE/);
  });

  it("le chapeau de l'aide annonce le bon nombre de fonctions", () => {
    const n = readFunctionDocs(source).length;
    const mot =
      ["zéro", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"][n] ?? String(n);
    expect(read("src/help/help.html")).toContain(`ajoute à Excel ${mot} fonctions de calcul`);
  });

  it("le volet et le README montrent l'exemple principal de l'aide, avec son résultat", () => {
    const pages = readPages(root);
    const html = read("src/help/help.html");
    for (const { doc, help } of pages) {
      const entry = FUNCTIONS.find((f) => f.nom === `GEF.${doc.id}`);
      expect(entry?.exemple).toBe(`${help.example.main.formula} → ${help.example.main.resultText}`);
      expect(html).toContain(`<code>${help.example.main.formula}</code>`);
    }
  });
});

/** Every formula shown: in <code> of the help page, the pane's examples, README's backticks. */
function formulas(): string[] {
  const decode = (s: string): string =>
    s
      .replace(/&nbsp;/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const html = [...read("src/help/help.html").matchAll(/<code>(=[^<]*)<\/code>/g)].map((m) => decode(m[1] ?? ""));
  const pane = FUNCTIONS.map((f) => f.exemple.split(" → ")[0] ?? "");
  const table = /<!-- gef-genere:tableau-fonctions [^]*?\/gef-genere/.exec(read("README.md"))?.[0] ?? "";
  const readme = [...table.matchAll(/`(=[^`]*)`/g)].map((m) => m[1] ?? "");
  return [...html, ...pane, ...readme];
}

describe("exemples écrits comme dans un Excel français", () => {
  const all = formulas();
  const outsideQuotes = (f: string): string => f.replace(/"[^"]*"/g, '""');

  it("il y a des formules à vérifier dans l'aide, le volet et le README", () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(["ROUND", "ROUNDDOWN", "ROUNDUP", "SUM", "SUMIF", "IF", "IFERROR", "AVERAGE"])(
    "aucune formule n'emploie %s (nom anglais)",
    (name) => {
      expect(all.filter((f) => new RegExp(`\\b${name}\\(`).test(outsideQuotes(f)))).toEqual([]);
    },
  );

  it("les arguments sont séparés par « ; », jamais par une virgule", () => {
    // A comma is only a decimal comma, between two digits.
    expect(all.filter((f) => /,(?!\d)|(?<!\d),/.test(outsideQuotes(f)))).toEqual([]);
  });

  it("les décimales prennent une virgule, pas un point", () => {
    expect(all.filter((f) => /\d\.\d/.test(outsideQuotes(f)))).toEqual([]);
  });
});
