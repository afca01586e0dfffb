/** Writing outputs (issue 13, Low findings): never half a file, system errors and internal errors in French. */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { cellText, EXCEL_MAX_CHARS } from "../../src/xlsx/cell-text";
import { XlsxError, problemOf, systemDetail } from "../../src/cli/errors";
import { terminalSafe } from "../../src/cli/io";
import { writeAtomically } from "../../src/xlsx/node-files";
import { tempDir } from "../support/cli";

describe("écriture des résultats", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("ne laisse ni fichier vide ni fichier temporaire quand le disque est plein, et le dit en français", async () => {
    const out = t.file("bilan.xlsx");
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    const attempt = writeAtomically(out, (tmp) => {
      writeFileSync(tmp, "");
      return Promise.reject(full);
    });
    await expect(attempt).rejects.toThrow(XlsxError);
    await expect(attempt).rejects.toThrow("disque plein");
    await expect(attempt).rejects.not.toThrow("no space left");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it("décrit en français une erreur interne, sans le texte anglais de Node", () => {
    const e = problemOf(new TypeError("Cannot read properties of undefined (reading 'sheets')"), "a.xlsx");
    expect(e.message).toContain("erreur interne de GEF (TypeError)");
    expect(e.message).not.toContain("Cannot read");
    expect(systemDetail(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }))).toBe(
      "accès refusé : vérifiez les droits sur le dossier",
    );
  });

  it("coupe un texte au-delà de 32 767 caractères", () => {
    const long = cellText("é".repeat(40_000));
    expect(long.truncated).toBe(true);
    expect(long.text).toHaveLength(EXCEL_MAX_CHARS);
    expect(long.text.endsWith("…")).toBe(true);
    expect(cellText("court")).toEqual({ text: "court", truncated: false });
  });

  it("montre les caractères de contrôle au lieu de les envoyer au terminal", () => {
    expect(terminalSafe("a\u001b[2Jb\u0007\n\tc\u009b\u202e")).toBe("a\u241b[2Jb\u2407\n\tc\ufffd\ufffd");
  });
});
