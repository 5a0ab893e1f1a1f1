/** The Home web app's pages: sign-in and the signed-in start page. */

import { USERS } from '../data';
import { html, inlineStyle, page } from '../html';
import type { Extension, SandboxUser } from '../types';

const HOME_STYLE = inlineStyle(`
  :root { color-scheme: light; --brand: #5b2a86; --ink: #1d1b26; --muted: #5f5b6b; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
    background: linear-gradient(160deg, #f3eefa 0%, #e9f1fb 100%); min-height: 100vh; display: grid; place-items: center; }
  main { width: min(420px, 92vw); background: #fff; border-radius: 14px; padding: 32px;
    box-shadow: 0 10px 40px rgba(40, 20, 80, .12); }
  h1 { margin: 0 0 4px; font-size: 1.5rem; color: var(--brand); }
  .sub { margin: 0 0 24px; color: var(--muted); font-size: .9rem; }
  label { display: block; font-weight: 600; margin: 16px 0 6px; }
  input { width: 100%; font: inherit; padding: 10px 12px; border: 1px solid #cfc8dc; border-radius: 8px; }
  button { margin-top: 20px; width: 100%; font: inherit; font-weight: 600; padding: 11px; border: 0; border-radius: 8px;
    background: var(--brand); color: #fff; cursor: pointer; }
  button:hover { filter: brightness(1.1); }
  .error { margin: 16px 0 0; padding: 10px 12px; border-radius: 8px; background: #fdecec; color: #9b1c1c; }
  .hint { margin-top: 24px; padding: 12px; border-radius: 8px; background: #f6f4fa; font-size: .85rem; color: var(--muted); }
  .hint code { color: var(--ink); }
  .status { margin: 16px 0; padding: 12px; border-radius: 8px; background: #f6f4fa; }
  a { color: var(--brand); }
`);

export interface LoginPageOptions {
  error?: string;
  username?: string;
}

export function renderLoginPage(options: LoginPageOptions = {}): string {
  const credentials = USERS.map(
    (user) => html`<li><code>${user.username}</code> / <code>${user.password}</code></li>`,
  );
  return page({
    title: 'Logga in – Telavox Home (sandbox)',
    head: HOME_STYLE,
    body: html`<main>
<h1>Telavox Home</h1>
<p class="sub">Local sandbox, not the real Telavox.</p>
<form method="post" action="/login">
<label for="username">Användarnamn</label>
<input id="username" name="username" autocomplete="username" required value="${options.username ?? ''}">
<label for="password">Lösenord</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
${options.error === undefined ? '' : html`<p class="error" role="alert">${options.error}</p>`}
<button type="submit">Logga in</button>
</form>
<div class="hint">Sandbox accounts:<ul>${credentials}</ul>API tokens: <code>sandbox-token-anna</code>, <code>sandbox-token-erik</code></div>
</main>`,
  });
}

export function renderHomePage(user: SandboxUser, entry: Extension | undefined): string {
  const name = entry?.name ?? user.username;
  const call = entry?.calls[0];
  return page({
    title: 'Telavox Home (sandbox)',
    head: HOME_STYLE,
    body: html`<main>
<h1>Telavox Home</h1>
<p class="sub">Local sandbox, not the real Telavox.</p>
<p id="signed-in">Signed in as ${name} (${user.extension})</p>
<p class="status">${entry?.profile?.name ?? 'Ingen status'}${call === undefined ? '' : html` · Pågående samtal: ${call.callerid}`}</p>
<p><a href="/demo">Open the demo page with phone numbers</a></p>
<form method="post" action="/logout"><button type="submit">Logga ut</button></form>
</main>`,
  });
}
