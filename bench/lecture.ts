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
  const r = spawnSync(
    process.execPath,
    [path.join(root, "scripts", "bench-cli.mjs"), "--lecture-seule", "--sans-exceljs", "--passes", String(passes)],
    {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = (r.stdout ?? "").split("\n");
  for (const line of lines) if (line !== "" && !line.startsWith("RESULTAT ")) console.log(`  ${line}`);
  const result = lines.find((l) => l.startsWith("RESULTAT "));
  if (r.status !== 0 || result === undefined)
    throw new Error(`npm run bench:cli -- --lecture-seule : code ${r.status ?? "?"}`);
  return JSON.parse(result.slice("RESULTAT ".length)) as XlsxRead;
}

export interface VerifierRead {
  readonly floorMs: number;
  readonly verifierMs: number;
  readonly modeleSeulMs: number;
}

/**
 * `gef verifier` on a template beside a 300 000-row dwelling sheet, against the floor of that file
 * (inflating and scanning all of it) and against the template alone (`--verifier-seul`).
 */
export function measureVerifier(root: string, passes = 3): VerifierRead {
  const r = spawnSync(
    process.execPath,
    [path.join(root, "scripts", "bench-cli.mjs"), "--verifier-seul", "--passes", String(passes)],
    {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = (r.stdout ?? "").split("\n");
  for (const line of lines) if (line !== "" && !line.startsWith("RESULTAT ")) console.log(`  ${line}`);
  const result = lines.find((l) => l.startsWith("RESULTAT "));
  if (r.status !== 0 || result === undefined)
    throw new Error(`npm run bench:cli -- --verifier-seul : code ${r.status ?? "?"}`);
  return JSON.parse(result.slice("RESULTAT ".length)) as VerifierRead;
}
