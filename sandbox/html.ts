/**
 * HTML built with an escaping template tag: every interpolated value is escaped unless it is already
 * `SafeHtml` (produced by this module). Pages echo user input (the login name), so nothing reaches the
 * output unescaped by accident.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * Marks a fixed string written in this codebase (markup, styles) as HTML. Never pass text that came from a
 * request.
 */
export function trusted(source: string): SafeHtml {
  return new SafeHtml(source);
}

/** An inline script with a fixed body written in this codebase. */
export function inlineScript(source: string): SafeHtml {
  if (/<\/script/i.test(source)) throw new Error('An inline script must not contain "</script"');
  return new SafeHtml(`<script>${source}</script>`);
}

/** An inline style sheet with fixed content written in this codebase. */
export function inlineStyle(source: string): SafeHtml {
  if (/<\/style/i.test(source)) throw new Error('An inline style must not contain "</style"');
  return new SafeHtml(`<style>${source}</style>`);
}

export interface PageOptions {
  title: string;
  head?: SafeHtml;
  bodyAttributes?: SafeHtml;
  body: SafeHtml;
}

/** A complete UTF-8 HTML document. */
export function page(options: PageOptions): string {
  return html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
${options.head}
</head>
<body${options.bodyAttributes}>
${options.body}
</body>
</html>
`.value;
}
