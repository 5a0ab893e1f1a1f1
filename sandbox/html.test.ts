// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, inlineScript, page, trusted } from './html';

describe('html', () => {
  it('escapes interpolated text, including attribute quotes', () => {
    const hostile = `"><img src=x onerror='alert(1)'>&`;
    expect(html`<p title="${hostile}">${hostile}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;">&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;</p>',
    );
  });

  it('keeps nested fragments and arrays as markup, and drops null, undefined and false', () => {
    const items = ['a<b', 'c'].map((text) => html`<li>${text}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul>0',
    );
    expect(html`${trusted('<hr>')}`.value).toBe('<hr>');
  });

  it('refuses an inline script that would close its element early', () => {
    expect(() => inlineScript('const s = "</script><b>";')).toThrow();
    expect(inlineScript('run();').value).toBe('<script>run();</script>');
  });

  it('builds a UTF-8 document with an escaped title', () => {
    const document = page({ title: 'A & B', body: html`<p>x</p>` });
    expect(document).toMatch(/^<!doctype html>/);
    expect(document).toContain('<meta charset="utf-8">');
    expect(document).toContain('<title>A &amp; B</title>');
    expect(escapeHtml("'")).toBe('&#39;');
  });
});
