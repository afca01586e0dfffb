/**
 * Reading a 1 000 000-row .xlsx against its floor, for npm run bench: runs npm run bench:cli's
 * floor and GEF's reader in alternation (`--lecture-seule`, each measure in its own process) and
 * returns their medians.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export interface XlsxRead {
  readonly passes: number;
  readonly floorMs: number;
  readonly readMs: number;
  readonly readRssMb: number;
}

export function measureXlsxRead(root: string, passes = 3): XlsxRead {
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "bench-cli.mjs"), "--lecture-seule", "--sans-exceljs", "--passes", String(passes)], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = (r.stdout ?? "").split("\n");
  for (const line of lines) if (line !== "" && !line.startsWith("RESULTAT ")) console.log(`  ${line}`);
  const result = lines.find((l) => l.startsWith("RESULTAT "));
  if (r.status !== 0 || result === undefined) throw new Error(`npm run bench:cli -- --lecture-seule : code ${r.status ?? "?"}`);
  return JSON.parse(result.slice("RESULTAT ".length)) as XlsxRead;
}
