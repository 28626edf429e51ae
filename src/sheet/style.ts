/**
 * The sheet's stylesheet: readable on a phone and a laptop, dark when the reader's system
 * is dark, and printable (A4 or Letter) with headings kept with what follows them. Every
 * formula and wide table sits in a box that scrolls sideways instead of being cut off.
 *
 * @module
 */

/** The page's own CSS (KaTeX's stylesheet is inlined before it). */
export const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #57606a; --line: #d0d7de; --card: #f6f8fa; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --link: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9da7b3; --line: #30363d; --card: #161b22; --ok: #3fb950; --bad: #f85149; --warn: #d29922; --link: #58a6ff; }
  .plot svg { filter: invert(0.88) hue-rotate(180deg); }
}
html { background: var(--bg); color: var(--fg); }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 62rem; margin: 0 auto; padding: 1rem; line-height: 1.5; font-size: 1rem; }
a { color: var(--link); }
h1 { font-size: 1.7rem; margin: .5rem 0 .2rem; }
h2 { font-size: 1.35rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2.4rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .3rem; }
h4 { font-size: 1rem; margin: 1rem 0 .2rem; }
.stamp, .muted, small { color: var(--muted); }
code { font-size: .9em; overflow-wrap: anywhere; }
nav.toc ol { padding-left: 1.4rem; } nav.toc li { margin: .1rem 0; } nav.toc ol ol { font-size: .92rem; }
.formula { overflow-x: auto; overflow-y: hidden; max-width: 100%; -webkit-overflow-scrolling: touch; }
.formula .katex-display { margin: .35em 0; }
.table-wrap { overflow-x: auto; max-width: 100%; margin: .5rem 0; }
table { border-collapse: collapse; font-size: .92rem; }
td, th { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--card); }
td .katex { white-space: nowrap; }
section.activation, article.erratum, section.derivation { border: 1px solid var(--line); border-radius: 6px; padding: .2rem 1rem .8rem; margin: 1rem 0; }
.badge { font-weight: 600; } .ok { color: var(--ok); } .bad { color: var(--bad); } .warn { color: var(--warn); }
.check { font-size: .88rem; color: var(--muted); margin: 0 0 .4rem; }
.plot svg { max-width: 100%; height: auto; }
ol.steps { padding-left: 1.4rem; } ol.steps > li { margin: .6rem 0; } .rule { font-weight: 600; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 27rem), 1fr)); gap: .7rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .3rem .7rem .5rem; background: var(--bg); }
.card h3 { margin: .2rem 0; font-size: 1rem; }
.card .formula .katex-display { margin: .15em 0; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: .05rem .6rem; margin: .2rem 0; font-size: .9rem; }
.card dt { color: var(--muted); } .card dd { margin: 0; min-width: 0; overflow-x: auto; }
dl.erratum { display: grid; grid-template-columns: max-content 1fr; gap: .3rem .8rem; } dl.erratum dt { font-weight: 600; } dl.erratum dd { margin: 0; min-width: 0; overflow-x: auto; }
.knock { color: var(--warn); font-weight: 600; }
.sources { font-size: .85rem; color: var(--muted); }
@page { margin: 14mm 12mm 16mm; }
@media print {
  :root { color-scheme: light; --fg: #000; --bg: #fff; --muted: #444; --line: #999; --card: #eee; --link: #000; }
  .plot svg { filter: none; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  a { text-decoration: none; }
  h2, h3, h4 { break-after: avoid-page; page-break-after: avoid; }
  .keep, section.activation, article.erratum, li.step, .card, tr, .plot { break-inside: avoid; page-break-inside: avoid; }
  .formula, .table-wrap { overflow: visible; }
  section.activation, article.erratum, section.derivation { border: none; border-top: 1px solid var(--line); border-radius: 0; padding: 0; }
  nav.toc { break-after: page; }
}
`;

/** The summary page printed on its own: two columns on A4 or Letter. */
export const SUMMARY_CSS = `
@page { margin: 8mm 8mm 11mm; }
body.summary-page { max-width: none; font-size: 8.6pt; line-height: 1.25; padding: 0 .2rem; }
body.summary-page h1 { font-size: 13pt; margin: 0 0 .1rem; }
body.summary-page .summary { display: block; column-count: 2; column-gap: 5mm; }
body.summary-page .card { break-inside: avoid; page-break-inside: avoid; margin: 0 0 2.2mm; padding: .5mm 2mm 1mm; display: inline-block; width: 100%; box-sizing: border-box; }
body.summary-page .card h3 { font-size: 9.5pt; margin: .3mm 0; }
body.summary-page .card dl { font-size: 8pt; }
body.summary-page .legend { font-size: 7.6pt; }
@media screen { body.summary-page { max-width: 62rem; margin: 0 auto; font-size: 1rem; line-height: 1.45; } body.summary-page .summary { column-count: auto; display: grid; } }
@media screen and (min-width: 50rem) { body.summary-page .summary { grid-template-columns: 1fr 1fr; } }
`;
