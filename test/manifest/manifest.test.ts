/**
 * Structure du manifeste (manifest.xml et, après une compilation, dist/manifest.xml), sans réseau ni
 * dépendance : ce que le schéma XSD ne vérifie pas (scripts/check-manifest.mjs s'en charge) mais que
 * Office et le centre d'administration exigent : chaque resid défini une fois, identifiants courts,
 * adresses HTTPS vers des fichiers que la compilation produit, icônes aux bonnes tailles, runtime
 * partagé cohérent, textes français.
 *
 * Le XML est lu avec quelques expressions régulières : le manifeste est écrit à la main, sans CDATA,
 * et ce test échoue bruyamment si un élément attendu est introuvable.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "manifest.xml");
const DIST_DIR = path.join(ROOT, "dist");
const BUILT = path.join(DIST_DIR, "manifest.xml");

/** Préfixe de toutes les adresses du manifeste source ; la compilation de production le remplace. */
const DEV_BASE = "https://localhost:3000/";
/** Ce que la compilation (webpack) produit et que le manifeste peut désigner. */
const EMITTED = [/^taskpane\.html$/, /^functions\.js$/, /^functions\.json$/, /^help\.html$/, /^assets\/icon-\d+\.png$/];
const ICON_SIZES = [16, 32, 64, 80, 128];
const MAX_ID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;

type Section = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const SECTIONS: readonly Section[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

interface Resource {
  id: string;
  section: Section;
  value: string;
}

/** Un élément porteur d'un resid : son nom local (sans préfixe) et la ressource visée. */
interface ResidUse {
  element: string;
  resid: string;
  attributes: Map<string, string>;
}

/** Section de Resources attendue pour chaque élément qui porte un resid. */
const EXPECTED_SECTION: Record<string, Section> = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

function decodeXml(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}

function stripComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, "");
}

function group(match: RegExpMatchArray | RegExpExecArray | null, index: number, what: string): string {
  const value = match?.[index];
  if (value === undefined) throw new Error(`Introuvable dans le manifeste : ${what}`);
  return value;
}

/** Attributs d'une balise ouvrante (`<x a="1" b='2'>`), valeurs décodées. */
function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = group(m, 1, "nom d'attribut");
    out.set(name, decodeXml(m[2] ?? m[3] ?? ""));
  }
  return out;
}

/** Contenu (texte brut) du premier élément `name`, balises comprises à l'intérieur. */
function inner(xml: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`<${escaped}(?:\\s[^>]*)?>([\\s\\S]*?)</${escaped}>`).exec(xml);
  return group(m, 1, `<${name}>`);
}

/** Contenu du premier élément `name` dont la balise ouvrante porte xsi:type="type". */
function innerOfType(xml: string, name: string, type: string): string {
  const m = new RegExp(`<${name}\\s[^>]*xsi:type="${type}"[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
  return group(m, 1, `<${name} xsi:type="${type}">`);
}

/** Valeur de l'attribut DefaultValue de l'élément `name` (IconUrl, SupportUrl, DisplayName...). */
function defaultValue(xml: string, name: string): string {
  const m = new RegExp(`<${name}\\s[^>]*DefaultValue="([^"]*)"`).exec(xml);
  return decodeXml(group(m, 1, `<${name} DefaultValue>`));
}

function text(xml: string, name: string): string {
  return decodeXml(inner(xml, name)).trim();
}

function residOf(xml: string, what: string): string {
  return group(/\bresid="([^"]*)"/.exec(xml), 1, `resid de ${what}`);
}

class Manifest {
  readonly xml: string;
  readonly resources: Resource[];
  readonly uses: ResidUse[];

  constructor(readonly file: string) {
    this.xml = stripComments(fs.readFileSync(file, "utf8"));
    const resourcesXml = inner(this.xml, "Resources");
    this.resources = [];
    for (const section of SECTIONS) {
      const block = new RegExp(`<bt:${section}>([\\s\\S]*?)</bt:${section}>`).exec(resourcesXml)?.[1] ?? "";
      for (const m of block.matchAll(/<bt:(?:Image|Url|String)\s[^>]*>/g)) {
        const attrs = attributesOf(m[0]);
        this.resources.push({ id: attrs.get("id") ?? "", section, value: attrs.get("DefaultValue") ?? "" });
      }
    }
    this.uses = [];
    for (const m of this.xml.matchAll(/<(?:[\w]+:)?(\w+)\s[^>]*\bresid="[^"]*"[^>]*>/g)) {
      const attributes = attributesOf(m[0]);
      this.uses.push({ element: group(m, 1, "élément"), resid: attributes.get("resid") ?? "", attributes });
    }
  }

  /** Les ressources d'identifiant `id` (exactement une attendue). */
  find(id: string): Resource[] {
    return this.resources.filter((r) => r.id === id);
  }

  value(id: string): string {
    const found = this.find(id);
    if (found.length !== 1) throw new Error(`Ressource ${id} : ${found.length} définition(s) au lieu d'une`);
    return (found[0] as Resource).value;
  }

  /** Toutes les adresses : ressources bt:Urls / bt:Images et éléments à DefaultValue d'adresse. */
  urls(): { where: string; url: string }[] {
    const out = this.resources
      .filter((r) => r.section === "Urls" || r.section === "Images")
      .map((r) => ({ where: `bt:${r.section} ${r.id}`, url: r.value }));
    for (const m of this.xml.matchAll(
      /<(SourceLocation|IconUrl|HighResolutionIconUrl|SupportUrl)\s[^>]*DefaultValue="([^"]*)"/g,
    )) {
      out.push({ where: group(m, 1, "élément"), url: decodeXml(group(m, 2, "adresse")) });
    }
    return out;
  }

  runtimeResid(): string {
    return residOf(inner(this.xml, "Runtimes"), "Runtime");
  }

  customFunctions(): string {
    return innerOfType(this.xml, "ExtensionPoint", "CustomFunctions");
  }

  showTaskpane(): string {
    return innerOfType(this.xml, "Action", "ShowTaskpane");
  }

  /**
   * Squelette comparable de deux manifestes : balises, attributs et textes dans l'ordre, chaque
   * adresse réduite à son chemin relatif à `base`.
   */
  skeleton(base: string): string[] {
    const out: string[] = [];
    const relativise = (v: string): string => (v.startsWith(base) ? `<base>/${v.slice(base.length)}` : v);
    const body = this.xml.replace(/<\?[\s\S]*?\?>/g, "");
    for (const m of body.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
      if (m[5] !== undefined) {
        const t = m[5].trim();
        if (t) out.push(`texte ${relativise(decodeXml(t))}`);
        continue;
      }
      const attrs = [...attributesOf(m[3] ?? "")].map(([k, v]) => `${k}=${relativise(v)}`).join(" ");
      out.push(`${m[1] ?? ""}${m[2] ?? ""} ${attrs}${m[4] ?? ""}`.trim());
    }
    return out;
  }
}

/** Largeur et hauteur d'un PNG, lues dans l'en-tête IHDR. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error(`${file} n'est pas un PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Chemin relatif à la base de l'adresse, ou null si elle n'en part pas. */
function relativePath(url: string, base: string): string | null {
  return url.startsWith(base) ? url.slice(base.length) : null;
}

/** Taille attendue de chaque ressource image, d'après les <bt:Image size="N" resid="..."> qui l'utilisent. */
function imageSizes(manifest: Manifest): Map<string, Set<number>> {
  const sizes = new Map<string, Set<number>>();
  for (const use of manifest.uses.filter((u) => u.element === "Image")) {
    const size = Number(use.attributes.get("size"));
    const set = sizes.get(use.resid) ?? new Set<number>();
    set.add(size);
    sizes.set(use.resid, set);
  }
  return sizes;
}

/** Vérifications communes au manifeste source et au manifeste compilé. */
function checkStructure(manifest: Manifest, base: string, filesDir: string): void {
  it("résout chaque resid vers exactement une ressource de la bonne section", () => {
    expect(manifest.uses.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const use of manifest.uses) {
      const found = manifest.find(use.resid);
      if (found.length !== 1) {
        problems.push(`${use.element} resid="${use.resid}" : ${found.length} définition(s)`);
        continue;
      }
      const expected = EXPECTED_SECTION[use.element];
      const section = (found[0] as Resource).section;
      if (expected === undefined) problems.push(`${use.element} resid="${use.resid}" : élément imprévu`);
      else if (section !== expected)
        problems.push(`${use.element} resid="${use.resid}" : dans bt:${section}, attendu bt:${expected}`);
    }
    expect(problems).toEqual([]);
  });

  it("définit chaque ressource une seule fois et n'en laisse aucune inutilisée", () => {
    const ids = manifest.resources.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const used = new Set(manifest.uses.map((u) => u.resid));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  it(`limite les identifiants à ${MAX_ID} caractères`, () => {
    const ids = [
      ...manifest.resources.map((r) => r.id),
      ...manifest.uses.map((u) => u.resid),
      ...[...manifest.xml.matchAll(/\sid="([^"]*)"/g)].map((m) => group(m, 1, "id")),
      text(manifest.xml, "TaskpaneId"),
    ];
    expect(ids.every((id) => id.length > 0)).toBe(true);
    expect(ids.filter((id) => id.length > MAX_ID)).toEqual([]);
  });

  it(`limite les textes courts à ${MAX_SHORT} caractères et les longs à ${MAX_LONG}`, () => {
    const tooLong = manifest.resources
      .filter(
        (r) =>
          (r.section === "ShortStrings" && r.value.length > MAX_SHORT) ||
          (r.section === "LongStrings" && r.value.length > MAX_LONG),
      )
      .map((r) => `${r.id} (${r.value.length})`);
    expect(tooLong).toEqual([]);
    expect(manifest.resources.filter((r) => r.value.trim() === "").map((r) => r.id)).toEqual([]);
    expect(defaultValue(manifest.xml, "DisplayName").length).toBeLessThanOrEqual(MAX_SHORT);
    expect(defaultValue(manifest.xml, "Description").length).toBeLessThanOrEqual(MAX_LONG);
  });

  it("n'utilise que des adresses HTTPS, toutes sous la même base", () => {
    const urls = manifest.urls();
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((u) => !u.url.startsWith("https://"))).toEqual([]);
    expect(urls.filter((u) => relativePath(u.url, base) === null)).toEqual([]);
  });

  it("ne désigne que des fichiers produits par la compilation (taskpane.html, functions.js, functions.json, help.html, icônes)", () => {
    const outside = manifest.urls().filter((u) => {
      const rel = relativePath(u.url, base);
      return rel === null || !EMITTED.some((re) => re.test(rel));
    });
    expect(outside).toEqual([]);
    expect(relativePath(manifest.value("Functions.Metadata.Url"), base)).toBe("functions.json");
    expect(relativePath(defaultValue(manifest.xml, "SupportUrl"), base)).toBe("help.html");
    expect(relativePath(defaultValue(inner(manifest.xml, "DefaultSettings"), "SourceLocation"), base)).toBe(
      "taskpane.html",
    );
  });

  it("pointe vers des icônes PNG existantes, aux tailles annoncées", () => {
    const problems: string[] = [];
    const expectSize = (url: string, size: number, where: string): void => {
      const rel = relativePath(url, base);
      const file = rel === null ? null : path.join(filesDir, ...rel.split("/"));
      if (file === null || !fs.existsSync(file)) {
        problems.push(`${where} : ${url} ne correspond à aucun fichier de ${filesDir}`);
        return;
      }
      const { width, height } = pngSize(file);
      if (width !== size || height !== size)
        problems.push(`${where} : ${rel} fait ${width}×${height}, attendu ${size}×${size}`);
    };
    expectSize(defaultValue(manifest.xml, "IconUrl"), 32, "IconUrl");
    expectSize(defaultValue(manifest.xml, "HighResolutionIconUrl"), 64, "HighResolutionIconUrl");
    const sizes = imageSizes(manifest);
    for (const image of manifest.resources.filter((r) => r.section === "Images")) {
      const wanted = [...(sizes.get(image.id) ?? [])];
      if (wanted.length !== 1) problems.push(`bt:Image ${image.id} : tailles d'usage ${wanted.join(", ") || "aucune"}`);
      for (const size of wanted) expectSize(image.value, size, `bt:Image ${image.id}`);
    }
    expect(problems).toEqual([]);
    expect([...new Set([...sizes.values()].flatMap((s) => [...s]))].sort((a, b) => a - b)).toEqual([16, 32, 80]);
  });

  it("déclare les exigences SharedRuntime 1.1 et CustomFunctionsRuntime 1.1 et un runtime partagé unique, de longue durée", () => {
    const requirements = inner(manifest.xml, "Requirements");
    expect(requirements).toMatch(/<Set\s+Name="SharedRuntime"\s+MinVersion="1\.1"\s*\/>/);
    expect(requirements).toMatch(/<Set\s+Name="CustomFunctionsRuntime"\s+MinVersion="1\.1"\s*\/>/);
    const runtimes = inner(manifest.xml, "Runtimes");
    expect([...runtimes.matchAll(/<Runtime\s/g)]).toHaveLength(1);
    expect(runtimes).toMatch(/<Runtime\s[^>]*lifetime="long"/);
  });

  it("fait partager la même page au runtime, aux fonctions, au FunctionFile et au bouton du volet ; Script désigne functions.js", () => {
    const runtime = manifest.runtimeResid();
    const functions = manifest.customFunctions();
    expect(residOf(inner(functions, "Page"), "Page")).toBe(runtime);
    // Microsoft's shared-runtime guide: only <Page> moves to the task pane; <Script> stays on the functions' bundle.
    expect(relativePath(manifest.value(residOf(inner(functions, "Script"), "Script")), base)).toBe("functions.js");
    expect(residOf(manifest.showTaskpane(), "ShowTaskpane")).toBe(runtime);
    expect(group(/<FunctionFile\s+resid="([^"]*)"/.exec(manifest.xml), 1, "FunctionFile")).toBe(runtime);
    expect(relativePath(manifest.value(runtime), base)).toBe("taskpane.html");
    expect(text(manifest.showTaskpane(), "TaskpaneId")).toBe("ButtonId1");
  });

  it("publie les fonctions dans l'espace de noms GEF, avec leurs métadonnées", () => {
    const functions = manifest.customFunctions();
    expect(manifest.value(residOf(functions.match(/<Namespace\s[^>]*>/)?.[0] ?? "", "Namespace"))).toBe("GEF");
    expect(relativePath(manifest.value(residOf(inner(functions, "Metadata"), "Metadata")), base)).toBe(
      "functions.json",
    );
  });

  it("cible Excel (Workbook), en français, avec la permission ReadWriteDocument", () => {
    expect(text(manifest.xml, "DefaultLocale")).toBe("fr-FR");
    expect(text(manifest.xml, "Permissions")).toBe("ReadWriteDocument");
    expect(inner(manifest.xml, "Hosts")).toMatch(/<Host\s+Name="Workbook"\s*\/>/);
    expect(manifest.xml).toMatch(/<Host\s+xsi:type="Workbook"\s*>/);
    expect(manifest.xml).toMatch(/<OfficeApp\s[^>]*xsi:type="TaskPaneApp"/);
    expect(text(manifest.xml, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(manifest.xml, "Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(manifest.xml, "ProviderName")).toBe("GEF");
    expect(defaultValue(manifest.xml, "DisplayName")).toBe("GEF – Gestion en flux");
    expect(manifest.value("Group.Label")).toBe("Gestion en flux");
    expect(manifest.value("TaskpaneButton.Label")).toBe("Ouvrir GEF");
    // Des textes visibles en français : au moins un mot ou une lettre accentuée du français.
    const visible = [
      defaultValue(manifest.xml, "Description"),
      ...manifest.resources.filter((r) => r.section === "LongStrings").map((r) => r.value),
    ];
    expect(visible.filter((t) => !/[éèêàùçô]|\b(le|la|les|des|du|et|pour|dans)\b/i.test(t))).toEqual([]);
  });
}

describe("manifest.xml", () => {
  const manifest = new Manifest(SOURCE);

  checkStructure(manifest, DEV_BASE, path.join(ROOT));

  it(`fournit les icônes de ${ICON_SIZES.join(", ")} px dans assets/, à leur taille exacte`, () => {
    for (const size of ICON_SIZES) {
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    expect(fs.existsSync(path.join(ROOT, "assets", "icon.svg"))).toBe(true);
  });
});

// Après une compilation seulement (npm run build) : le manifeste produit dans dist/.
if (fs.existsSync(BUILT)) {
  describe("dist/manifest.xml (compilé)", () => {
    const built = new Manifest(BUILT);
    const taskpane = built.value(built.runtimeResid());
    const base = taskpane.endsWith("/taskpane.html") ? taskpane.slice(0, -"taskpane.html".length) : "";

    it("part d'une base HTTPS se terminant par « / »", () => {
      expect(base).toMatch(/^https:\/\/[^\s"<>]+\/$/);
    });

    it("a la même structure que manifest.xml, à la base des adresses près", () => {
      expect(built.skeleton(base)).toEqual(new Manifest(SOURCE).skeleton(DEV_BASE));
    });

    checkStructure(built, base, DIST_DIR);

    it("désigne des fichiers tous présents dans dist/", () => {
      const missing = built
        .urls()
        .map((u) => relativePath(u.url, base))
        .filter((rel): rel is string => rel !== null)
        .filter((rel) => !fs.existsSync(path.join(DIST_DIR, ...rel.split("/"))));
      expect([...new Set(missing)]).toEqual([]);
    });
  });
}
