/**
 * The breakdowns as a printable HTML report with SVG charts, for when no Excel chart can be written
 * (exceljs writes tables but not charts). Same layout as the pane's native charts.
 */
import type { RepartitionLayout, FigureTable } from "../jobs";

const COLORS = ["#0f6c5c", "#2b88d8", "#c239b3", "#ca5010", "#8764b8", "#498205", "#a4262c", "#605e5c", "#038387"];
const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const pct = (x: number | undefined): string =>
  x === undefined ? "—" : `${(x * 100).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} %`;
const n = (x: number): string => x.toLocaleString("fr-FR");

/** A 100 % stacked column per financement, one colour per category, percent labels. */
function stackedSvg(f: FigureTable): string {
  const cols = f.header.slice(1);
  const W = 520;
  const H = 300;
  const colW = 90;
  const parts: string[] = [];
  cols.forEach((name, j) => {
    const total = f.rows.reduce((s, r) => s + (r.counts[j] ?? 0), 0);
    let y = H - 30;
    const x = 40 + j * (colW + 30);
    f.rows.forEach((r, i) => {
      const v = r.counts[j] ?? 0;
      if (total === 0 || v === 0) return;
      const h = (v / total) * (H - 60);
      y -= h;
      parts.push(
        `<rect x="${x}" y="${y.toFixed(1)}" width="${colW}" height="${h.toFixed(1)}" fill="${COLORS[i % COLORS.length]}"><title>${esc(r.label)} : ${n(v)}</title></rect>`,
      );
      if (h > 12)
        parts.push(
          `<text x="${x + colW / 2}" y="${(y + h / 2 + 4).toFixed(1)}" text-anchor="middle" fill="#fff" font-size="11">${esc(pct(r.percents[j]))}</text>`,
        );
    });
    parts.push(`<text x="${x + colW / 2}" y="${H - 12}" text-anchor="middle" font-size="12">${esc(name)}</text>`);
  });
  const legend = f.rows
    .map(
      (r, i) =>
        `<rect x="420" y="${20 + i * 18}" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/><text x="436" y="${29 + i * 18}" font-size="10">${esc(r.label)}</text>`,
    )
    .join("");
  return `<svg viewBox="0 0 ${W + 120} ${H}" width="${W + 120}" height="${H}" role="img" aria-label="${esc(f.title)}">${parts.join("")}${legend}</svg>`;
}

/** A pie with count and percent labels. */
function pieSvg(f: FigureTable): string {
  const values = f.rows.map((r) => r.counts[0] ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  const cx = 140;
  const cy = 140;
  const R = 110;
  let angle = -Math.PI / 2;
  const parts: string[] = [];
  values.forEach((v, i) => {
    if (total === 0 || v === 0) return;
    const a0 = angle;
    angle += (2 * Math.PI * v) / total;
    const p = (a: number, r = R): string => `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
    const large = angle - a0 > Math.PI ? 1 : 0;
    const path =
      v === total
        ? `M${cx - R},${cy} a${R},${R} 0 1 0 ${2 * R},0 a${R},${R} 0 1 0 ${-2 * R},0`
        : `M${cx},${cy} L${p(a0)} A${R},${R} 0 ${large} 1 ${p(angle)} Z`;
    parts.push(
      `<path d="${path}" fill="${COLORS[i % COLORS.length]}"><title>${esc(f.rows[i]?.label ?? "")}</title></path>`,
    );
  });
  const legend = f.rows
    .map(
      (r, i) =>
        `<rect x="300" y="${30 + i * 20}" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/><text x="318" y="${41 + i * 20}" font-size="12">${esc(`${r.label} : ${n(r.counts[0] ?? 0)} (${pct(r.percents[0])})`)}</text>`,
    )
    .join("");
  return `<svg viewBox="0 0 520 290" width="520" height="290" role="img" aria-label="${esc(f.title)}">${parts.join("")}${legend}</svg>`;
}

function tableHtml(f: FigureTable): string {
  const pie = f.header.length === 3;
  const head = f.header;
  const rows = f.rows
    .map((r) =>
      pie
        ? `<tr><th scope="row">${esc(r.label)}</th><td>${n(r.counts[0] ?? 0)}</td><td>${pct(r.percents[0])}</td></tr>`
        : `<tr><th scope="row">${esc(r.label)}</th>${r.counts.map((c, i) => `<td>${n(c)} (${pct(r.percents[i])})</td>`).join("")}</tr>`,
    )
    .join("");
  const caption = pie ? f.title : `${f.title} (logements et % de chaque colonne)`;
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h || "Libellé")}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The « Hors des graphiques » block, as in the .xlsx: every dwelling read is in a chart or here. */
function horsHtml(layout: RepartitionLayout): string {
  const rows = layout.horsGraphiques
    .map(
      (l) =>
        `<tr><th scope="row"${l.detail === true ? ' style="padding-left:2em"' : ""}>${esc(l.label)}</th><td>${n(l.count)}</td></tr>`,
    )
    .join("");
  const notes = layout.explications.map((e) => `<p>${esc(e)}</p>`).join("");
  return `<section><h2>Hors des graphiques</h2><table><caption>Logements comptés à côté des graphiques</caption><tbody>${rows}</tbody></table>${notes}</section>`;
}

/** The whole report: title, the three charts and their tables, then the dwellings beside them. */
export function repartitionHtml(layout: RepartitionLayout, title: string, subtitle: string): string {
  const [financement, plafond, typologie] = layout.figures;
  const section = (f: FigureTable | undefined, svg: (f: FigureTable) => string): string =>
    f ? `<section><h2>${esc(f.title)}</h2>${svg(f)}${tableHtml(f)}</section>` : "";
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;margin:2em;color:#222}h1{font-size:1.4em}h2{font-size:1.1em}
section{page-break-inside:avoid;margin-bottom:2em}table{border-collapse:collapse;margin-top:.5em}
th,td{border:1px solid #bbb;padding:2px 8px;text-align:right}th[scope=row]{text-align:left}caption{text-align:left;font-weight:600}
svg{max-width:100%;height:auto}@media print{body{margin:1cm}}
</style></head><body>
<h1>${esc(title)}</h1><p>${esc(subtitle)}</p>
${section(financement, stackedSvg)}${section(plafond, pieSvg)}${section(typologie, pieSvg)}${horsHtml(layout)}
<p>Rapport produit par GEF (gef repartitions) ; les pourcentages des tableaux sont arrondis au plus fort reste et totalisent 100 % par colonne.</p>
</body></html>
`;
}
