// The standalone HTML report's stylesheet: inline (the CSP allows nothing else), system fonts, print-ready.

import { PALETTE } from './labels';

/** Why: one stylesheet string, inlined by toHtml; colours come from the shared highlight palette. */
export const REPORT_CSS = `
:root {
  --ink: #1d232b; --muted: #5b6572; --line: #dde2e8; --paper: #ffffff; --wash: #f4f6f8;
  --unsupported: ${PALETTE.unsupported}; --cited: ${PALETTE['cited-unlinked']};
  --linked: ${PALETTE.linked}; --linkproblem: ${PALETTE.linkProblem};
  --bad: #D55E00;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--wash); color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
}
.report { max-width: 920px; margin: 32px auto; padding: 40px 48px; background: var(--paper);
  border: 1px solid var(--line); border-radius: 10px; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 28px; font-weight: 700; margin: 4px 0 20px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 26px 0 10px; display: flex; align-items: center; gap: 8px; }
.eyebrow { margin: 0; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
a { color: #0b5cad; overflow-wrap: anywhere; }
code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  background: var(--wash); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; overflow-wrap: anywhere; }
.meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px 24px; margin: 0; }
.meta div { min-width: 0; }
.meta .source { grid-column: 1 / -1; }
.meta dt { font-size: 12px; color: var(--muted); }
.meta dd { margin: 2px 0 0; overflow-wrap: anywhere; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 10px; }
.tile { border: 1px solid var(--line); border-top: 4px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.tile .num { display: block; font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; }
.tile .label { font-size: 13px; color: var(--muted); }
.tile.s-unsupported { border-top-color: var(--unsupported); }
.tile.s-cited-unlinked { border-top-color: var(--cited); }
.tile.s-linked { border-top-color: var(--linked); }
.tile.s-link-problem { border-top-color: var(--linkproblem); }
.tile.s-bad { border-top-color: var(--bad); }
.legend { display: flex; flex-wrap: wrap; gap: 8px 18px; margin: 14px 0 0; padding: 0; list-style: none; font-size: 13px; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; line-height: 1.6; padding: 0 8px;
  border-radius: 999px; color: #000; white-space: nowrap; border: 1px solid transparent; }
.b-unsupported, .swatch.b-unsupported { background: var(--unsupported); }
.b-cited-unlinked, .swatch.b-cited-unlinked { background: var(--cited); }
.b-linked, .swatch.b-linked { background: var(--linked); }
.b-link-problem, .swatch.b-link-problem { background: var(--linkproblem); }
.b-neutral { background: var(--wash); border-color: var(--line); color: var(--ink); }
.b-bad { background: #fff; border-color: var(--bad); color: #8a3300; }
.sev { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; padding: 1px 8px; border-radius: 4px; border: 1px solid; }
.sev-high { color: #8a3300; border-color: var(--bad); }
.sev-medium { color: #6b4a00; border-color: var(--unsupported); }
.sev-low, .sev-other { color: var(--muted); border-color: var(--line); }
.count { color: var(--muted); font-weight: 400; }
.card { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 0 0 12px; }
.card.s-unsupported { border-left-color: var(--unsupported); }
.card.s-cited-unlinked { border-left-color: var(--cited); }
.card.s-linked { border-left-color: var(--linked); }
.card.s-link-problem { border-left-color: var(--linkproblem); }
.card.s-bad { border-left-color: var(--bad); }
.card-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.card-title { font-weight: 650; overflow-wrap: anywhere; }
.card .rule { margin-left: auto; color: var(--muted); }
.card p { margin: 8px 0 0; overflow-wrap: anywhere; }
.card blockquote { margin: 10px 0 0; padding: 6px 12px; border-left: 3px solid var(--line); color: #333b45; background: var(--wash); border-radius: 0 6px 6px 0; overflow-wrap: anywhere; }
.card .detail { font-size: 13.5px; color: var(--muted); }
.card .detail strong { color: var(--ink); font-weight: 600; }
mark { color: inherit; padding: 0 2px; border-radius: 3px; border-bottom: 2px solid; }
mark.m-unsupported { background: rgba(230, 159, 0, .22); border-color: var(--unsupported); }
mark.m-cited-unlinked { background: rgba(86, 180, 233, .22); border-color: var(--cited); }
mark.m-linked { background: rgba(0, 158, 115, .16); border-color: var(--linked); }
mark.m-link-problem { background: rgba(204, 121, 167, .22); border-color: var(--linkproblem); }
.empty { color: var(--muted); font-style: italic; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; overflow-wrap: normal; width: 1%; }
footer { margin-top: 40px; padding-top: 14px; border-top: 1px solid var(--line); font-size: 12.5px; color: var(--muted); }
@media (max-width: 640px) { .report { margin: 0; padding: 24px 18px; border: 0; border-radius: 0; } }
@media print {
  @page { margin: 16mm 14mm; }
  body { background: #fff; color: #000; font-size: 11pt; }
  .report { max-width: none; margin: 0; padding: 0; border: 0; }
  .badge, .swatch, mark, .tile, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .card, .tile, tr, blockquote { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .card blockquote, code { background: #fff; }
  a { color: #000; }
  .evidence a[href]::after, .source a[href]::after { content: " <" attr(href) ">"; font-size: 9pt; color: #444; }
}
`;
