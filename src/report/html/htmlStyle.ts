/** The report's whole stylesheet, inlined so the page needs nothing from the network. */
export const htmlStyle = `
:root { --passed:#2e7d32; --failed:#c62828; --crashed:#6a1b9a; --hung:#e65100; --error:#ad1457; --raced:#4e342e;
  --inconclusive:#616161; --known:#1565c0; --acceptable:#43a047; --interesting:#f9a825; --forbidden:#d32f2f; --undecided:#616161; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:#212121; margin:0; background:#fafafa; }
main { max-width: 1200px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 8px 0 2px; } h2 { font-size: 17px; margin: 28px 0 10px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h4 { font-size: 13px; margin: 14px 0 6px; text-transform: uppercase; letter-spacing: .04em; color:#555; }
.meta { color:#666; font-size: 12.5px; }
code, pre { font: 12.5px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.verdict { display:inline-block; margin: 10px 0 4px; padding: 6px 12px; border-radius: 4px; color:#fff; font-weight: 600; }
.v-pass { background: var(--passed); } .v-fail { background: var(--failed); } .v-inconclusive, .v-empty { background: var(--inconclusive); }
.banner { margin: 12px 0; padding: 10px 14px; border-radius: 4px; font-weight: 600; }
.banner.interrupted { background:#fff3e0; border: 2px solid var(--hung); color:#8a3b00; }
table { border-collapse: collapse; }
table.timeline th, table.timeline td { border: 1px solid #ddd; padding: 4px 8px; min-width: 5em; font-size: 90%; }
table.timeline td.ran { background: #e3f2fd; }
table.grid th, table.grid td { border: 1px solid #ddd; padding: 6px 10px; text-align: left; vertical-align: top; background:#fff; }
table.grid thead th { background:#f0f0f0; font-weight: 600; }
table.grid small { display:block; font-weight: normal; color:#666; }
td.cell { border-left-width: 5px !important; min-width: 180px; }
td.cell.empty { color:#999; }
.chip { display:inline-block; margin: 1px 3px 1px 0; padding: 1px 7px; border-radius: 10px; color:#fff; font-size: 12px; white-space: nowrap; }
.badge { display:inline-block; min-width: 92px; text-align:center; padding: 1px 6px; border-radius: 3px; color:#fff; font-size: 12px; font-weight: 600; }
.st-passed { --c: var(--passed); } .st-failed { --c: var(--failed); } .st-crashed { --c: var(--crashed); }
.st-hung { --c: var(--hung); } .st-error { --c: var(--error); } .st-raced { --c: var(--raced); } .st-inconclusive { --c: var(--inconclusive); } .st-known { --c: var(--known); }
.chip, .badge { background: var(--c); } td.cell { border-left-color: var(--c) !important; }
details.case { background:#fff; border: 1px solid #ddd; border-left: 5px solid var(--c); border-radius: 4px; margin: 8px 0; }
details.case > summary { cursor: pointer; padding: 8px 12px; list-style-position: outside; }
details.case > summary .cname { font-weight: 600; margin: 0 6px; }
details.case .body { padding: 2px 16px 14px; border-top: 1px solid #eee; }
.msg { font-weight: 500; }
pre.replay { background:#263238; color:#eceff1; padding: 8px 12px; border-radius: 4px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; }
dl.facts dt { color:#666; } dl.facts dd { margin: 0; }
table.scenario th, table.scenario td { border: 1px solid #ccc; padding: 3px 10px; font: 12.5px ui-monospace, Menlo, Consolas, monospace; text-align: left; }
table.scenario th { background:#f0f0f0; }
table.hist { width: 100%; }
table.hist th { text-align: left; font-size: 12px; color:#555; border-bottom: 1px solid #ccc; padding: 3px 8px; }
table.hist td { padding: 3px 8px; border-bottom: 1px solid #f0f0f0; vertical-align: middle; }
table.hist td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.hist td.outcome { font: 12.5px ui-monospace, Menlo, Consolas, monospace; }
td.barcell { width: 18%; min-width: 120px; }
.bar { background:#eee; height: 14px; border-radius: 2px; overflow: hidden; }
.fill { height: 100%; min-width: 2px; }
.g-acceptable { background: var(--acceptable); } .g-acceptable_interesting { background: var(--interesting); } .g-forbidden { background: var(--forbidden); } .g-undecided { background: var(--undecided); }
.grade { font-size: 11.5px; font-weight: 600; white-space: nowrap; }
tr.forbidden td { background:#ffebee; }
pre.traceback { background:#f5f5f5; border: 1px solid #ddd; padding: 8px 12px; max-height: 480px; overflow: auto; }
.legend { margin-top: 8px; }
div.race { border: 1px solid #ddd; border-left: 4px solid var(--raced); padding: 6px 10px; margin: 6px 0; background:#fff; }
pre.frames { margin: 2px 0 6px; padding: 4px 8px; background:#f5f5f5; }
`;
