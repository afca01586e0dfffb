import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");

/** Every folder under src/, as `src/a/b/`. */
function folders(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [`${dir}/${e.name}/`, ...folders(`${dir}/${e.name}`)]);
}

describe("README : organisation du code", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Organisation du code"));
  const map = /```\n([^]*?)```/.exec(section)?.[1] ?? "";
  const lines = map.split("\n").filter((l) => l.startsWith("src/"));

  it("montre chaque dossier de src/, sur une ligne à lui qui dit ce qu'il contient", () => {
    const listed = new Map(lines.map((l) => [l.split(/\s+/)[0] ?? "", l]));
    const missing = folders("src").filter((f) => !listed.has(f));
    expect(missing).toEqual([]);
    for (const f of folders("src")) expect((listed.get(f) ?? "").slice(f.length).trim().length).toBeGreaterThan(20);
  });

  it("ne liste chaque dossier qu'une fois", () => {
    const names = lines.map((l) => l.split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});
