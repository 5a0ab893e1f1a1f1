/** The demo pages' look: a plain, modern Swedish company site. */
import { inlineStyle } from '../html';

export const DEMO_STYLE = inlineStyle(`
  :root { color-scheme: light; --brand: #0d5c63; --brand-soft: #e3f1f2; --ink: #1f2933; --muted: #616e7c;
    --line: #e4e7eb; --bg: #f7f9fa; --accent: #f4a259; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
    background: var(--bg); }
  header.site { background: var(--brand); color: #fff; }
  header.site .bar { max-width: 1100px; margin: 0 auto; padding: 14px 24px; display: flex; align-items: center;
    justify-content: space-between; gap: 16px; flex-wrap: wrap; }
  .logo { font-weight: 800; font-size: 1.25rem; letter-spacing: .02em; }
  .logo span { color: var(--accent); }
  nav a { color: #d9f0f1; text-decoration: none; margin-left: 18px; font-size: .95rem; }
  .hero { background: linear-gradient(120deg, var(--brand) 0%, #197278 100%); color: #fff; }
  .hero .inner { max-width: 1100px; margin: 0 auto; padding: 48px 24px 56px; }
  .hero h1 { margin: 0 0 8px; font-size: 2.2rem; }
  .hero p { margin: 0; max-width: 640px; color: #e3f1f2; }
  main { max-width: 1100px; margin: 0 auto; padding: 32px 24px 64px; }
  section { margin-top: 40px; }
  h2 { font-size: 1.35rem; margin: 0 0 16px; border-bottom: 2px solid var(--brand-soft); padding-bottom: 6px; }
  h3 { margin: 0 0 4px; font-size: 1.05rem; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 16px; }
  .card { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 18px;
    box-shadow: 0 1px 2px rgba(0, 0, 0, .04); }
  .card .role { color: var(--muted); font-size: .9rem; margin: 0 0 10px; }
  .card p { margin: 4px 0; }
  .avatar { width: 44px; height: 44px; border-radius: 50%; background: var(--brand-soft); color: var(--brand);
    display: grid; place-items: center; font-weight: 700; margin-bottom: 10px; }
  .label { color: var(--muted); font-size: .85rem; }
  table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); border-radius: 12px;
    overflow: hidden; font-size: .95rem; }
  th, td { text-align: left; padding: 10px 12px; border-bottom: 1px solid var(--line); vertical-align: top; }
  th { background: var(--brand-soft); color: var(--brand); font-weight: 600; font-size: .85rem;
    text-transform: uppercase; letter-spacing: .03em; }
  tr:last-child td { border-bottom: 0; }
  .pill { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: .8rem; background: #eef2f5; }
  .pill.hot { background: #fde8d7; color: #8a4b12; }
  ul.plain { list-style: none; padding: 0; margin: 0; }
  ul.plain li { padding: 6px 0; border-bottom: 1px dashed var(--line); }
  ul.columns { columns: 3 260px; column-gap: 32px; }
  ul.columns li { break-inside: avoid; }
  .links a { display: inline-block; margin: 4px 10px 4px 0; color: var(--brand); }
  textarea, [contenteditable] { width: 100%; min-height: 70px; font: inherit; padding: 10px; border: 1px solid var(--line);
    border-radius: 8px; background: #fff; }
  iframe { width: 100%; height: 150px; border: 1px solid var(--line); border-radius: 12px; background: #fff; }
  button { font: inherit; padding: 8px 16px; border-radius: 8px; border: 0; background: var(--brand); color: #fff;
    cursor: pointer; }
  footer.site { background: #1f2933; color: #cbd2d9; font-size: .9rem; }
  footer.site .inner { max-width: 1100px; margin: 0 auto; padding: 32px 24px; display: grid;
    grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 24px; }
  footer.site h3 { color: #fff; }
  code { background: #eef2f5; padding: 1px 5px; border-radius: 4px; }
  .note { color: var(--muted); font-size: .9rem; }
`);
