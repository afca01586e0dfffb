/**
 * The knowledge lives in the repository (docs/README.md): the code cites docs/ pages that exist, with headings
 * that exist, never a document a person who clones the project does not have; and the functions the README and
 * docs/produit/fonctions.md name are the functions Excel sees.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const root = path.resolve(__dirname, "..");
const CODE_DIRS = ["src", "sandbox", "excel-sim", "scripts", "bench", "test"];
const CODE_FILE = /\.(?:ts|tsx|js|mjs|cjs|html|css)$/;
const SELF = path.join("test", "docs.test.ts");

/** Every code file under `dir`, relative to the root. */
function files(dir: string): string[] {
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : files(rel);
    return CODE_FILE.test(e.name) && rel !== SELF ? [rel] : [];
  });
}

/** Every Markdown page under `dir`, relative to the root. */
function mdFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? mdFiles(rel) : e.name.endsWith(".md") ? [rel] : [];
  });
}

const code = CODE_DIRS.flatMap(files).map((f) => ({ f, text: readFileSync(path.join(root, f), "utf8") }));

/** Citations of documents outside the repository, as the code wrote them before docs/ existed. */
const OUTSIDE: readonly [string, RegExp][] = [
  ["[D]", /\[D[\],]/],
  ["SPEC §", /\bSPEC(?:\.md)? ?§/],
  ["DOMAIN.md", /\bDOMAIN(?:\.md)? ?§|\bDOMAIN\.md\b/],
  ["STACK.md, STYLE.md", /\b(?:STACK|STYLE)\.md\b/],
  // Nothing is read from beside the project any more: the manifest schemas live in scripts/manifest-xsd/.
  ["../shared", /\.\.\/shared\b/],
];

/** `text`'s comment lines joined, so that a citation cut by a line break reads whole. */
const joined = (text: string): string => text.replace(/\n\s*(?:\*(?!\/)|\/\/)?\s*/g, " ");

/** The docs/ pages a text cites, with the heading in « » that follows the path, if any. */
function citations(text: string): { page: string; heading: string | undefined }[] {
  const found = joined(text).matchAll(/(?<![\w/.-])(docs\/[\w/.-]+?\.md)(?:\s+«\s*([^»]+?)\s*»)?/g);
  return [...found].map((m) => ({ page: m[1] ?? "", heading: m[2] }));
}

/** The headings of a Markdown page, without their « # » marks. */
const headings = (page: string): Set<string> =>
  new Set(
    readFileSync(path.join(root, page), "utf8")
      .split("\n")
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => l.replace(/^#+ /, "").trim()),
  );

describe("docs/ : la connaissance dans le dépôt", () => {
  it("trouve des fichiers de code à examiner, et des citations de docs/ dedans", () => {
    expect(code.length).toBeGreaterThan(300);
    expect(code.flatMap((c) => citations(c.text)).length).toBeGreaterThan(150);
  });

  it.each(OUTSIDE)(
    "aucun fichier de src/, sandbox/, excel-sim/, scripts/, bench/, test/ ne cite « %s »",
    (_name, pattern) => {
      const hits = code.flatMap(({ f, text }) =>
        text.split("\n").flatMap((l, i) => (pattern.test(l) ? [`${f}:${i + 1}: ${l.trim()}`] : [])),
      );
      expect(hits).toEqual([]);
    },
  );

  it("chaque page de docs/ citée dans le code existe, et chaque titre cité entre « » y est", () => {
    const missing = code.flatMap(({ f, text }) =>
      citations(text).flatMap(({ page, heading }) => {
        if (!existsSync(path.join(root, page))) return [`${f} : ${page} n'existe pas`];
        if (heading !== undefined && !headings(page).has(heading))
          return [`${f} : ${page} n'a pas de titre « ${heading} »`];
        return [];
      }),
    );
    expect(missing).toEqual([]);
  });

  it("le README et les pages de docs/ citent des pages et des titres qui existent", () => {
    const markdown = ["README.md", ...mdFiles("docs")];
    expect(markdown.length).toBeGreaterThan(10);
    const missing = markdown.flatMap((page) => {
      const text = readFileSync(path.join(root, page), "utf8");
      const links = [...text.matchAll(/\]\(([^)#]+\.md)\)/g)].map((m) => path.join(path.dirname(page), m[1] ?? ""));
      // Pages announced as coming (docs/README.md), and the citation form docs/contribuer.md teaches.
      const cited = citations(text).filter(
        (c) => !/vacances|programmes-neufs/.test(c.page) && !["Titre", "…"].includes(c.heading ?? ""),
      );
      return [
        ...links.filter((l) => !existsSync(path.join(root, l))).map((l) => `${page} : lien vers ${l}`),
        ...cited.flatMap(({ page: p, heading }) =>
          !existsSync(path.join(root, p))
            ? [`${page} : ${p} n'existe pas`]
            : heading !== undefined && !headings(p).has(heading)
              ? [`${page} : ${p} n'a pas de titre « ${heading} »`]
              : [],
        ),
      ];
    });
    expect(missing).toEqual([]);
  });

  it("les fichiers et dossiers du code que nomment le README et docs/ existent", () => {
    const missing = ["README.md", ...mdFiles("docs")].flatMap((page) =>
      [
        ...readFileSync(path.join(root, page), "utf8").matchAll(
          /`((?:src|test|sandbox|excel-sim|scripts|bench)\/[^`\s]*)`/g,
        ),
      ]
        .map((m) => m[1] ?? "")
        .filter((f) => !/[<*…]/.test(f) && !existsSync(path.join(root, f)))
        .map((f) => `${page} : ${f}`),
    );
    expect(missing).toEqual([]);
  });

  it("chaque exemple de docs/regles/ nomme un test qui existe, dans le fichier qu'il cite", () => {
    const pages = mdFiles(path.join("docs", "regles"));
    const cited = pages.flatMap((page) =>
      [
        ...readFileSync(path.join(root, page), "utf8").matchAll(/`(test\/[^`]+\.test\.tsx?)`\s*\(«\s*([^»]+?)\s*»\)/g),
      ].map((m) => ({ page, file: m[1] ?? "", name: (m[2] ?? "").replace(/…/g, "").trim() })),
    );
    expect(cited.length).toBeGreaterThan(20);
    const missing = cited.filter(
      ({ file, name }) =>
        !existsSync(path.join(root, file)) || !readFileSync(path.join(root, file), "utf8").includes(name),
    );
    expect(missing).toEqual([]);
  });

  it("docs/choix.md donne à chaque choix un titre « ## » qui n'est pas répété", () => {
    const titles = readFileSync(path.join(root, "docs/choix.md"), "utf8")
      .split("\n")
      .filter((l) => l.startsWith("## "));
    expect(titles.length).toBeGreaterThan(30);
    expect(titles.length).toBe(new Set(titles).size);
  });
});

describe("docs/ : les fonctions nommées sont celles qu'Excel voit", () => {
  let ids: string[] = [];
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(path.join(root, "src/functions/functions.ts"), false);
    ids = (JSON.parse(result.metadataJson) as { functions: { id: string }[] }).functions.map((f) => f.id);
  }, 60_000);

  /** The GEF.X names a page gives. */
  const named = (page: string): string[] => [
    ...new Set(
      [...readFileSync(path.join(root, page), "utf8").matchAll(/\bGEF\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1] ?? ""),
    ),
  ];

  it.each(["README.md", "docs/produit/fonctions.md"])("%s ne nomme que des fonctions qui existent", (page) => {
    expect(named(page).length).toBeGreaterThan(0);
    expect(named(page).filter((n) => !ids.includes(n))).toEqual([]);
  });

  it("docs/produit/fonctions.md a une section pour chaque fonction", () => {
    expect(ids.length).toBeGreaterThan(0);
    const sections = headings("docs/produit/fonctions.md");
    expect(ids.filter((id) => !sections.has(`GEF.${id}`))).toEqual([]);
  });
});

describe("docs/ : les noms de code cités existent", () => {
  // The code's words, outside the tests and the old-to-new tables of the one-off renaming script.
  const sources = code.filter(({ f }) => !f.startsWith("test") && !f.endsWith("rename-words.mjs")).map((c) => c.text);
  const corpus = new Set(
    [...sources, readFileSync(path.join(root, "package.json"), "utf8")].flatMap((t) => t.match(/\w+/g) ?? []),
  );

  it.each(["README.md", ...mdFiles("docs")])(
    "%s ne nomme que des identifiants du code (camelCase) qui existent",
    (page) => {
      const text = readFileSync(path.join(root, page), "utf8")
        // « Nommage » gives examples of names not to write (`lireFeuille`, `readDwellings`) and the glossary.
        .replace(/## Nommage[^]*?(?=\n## |$)/, "")
        .replace(/https?:\/\/\S+/g, "");
      const names = [...text.matchAll(/(?<![\w./-])([a-z]+(?:[A-Z][a-z0-9]*)+)(?![\w-])/g)].map((m) => m[1] ?? "");
      expect(names.filter((n) => !corpus.has(n))).toEqual([]);
    },
  );
});
