// @vitest-environment node
import { Window } from 'happy-dom';
import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from './data';
import { createRandom, generateNumber, renderLargePage } from './pages/large';
import { useSandbox } from './test-support';

const sandbox = useSandbox();

/** The sandbox's pages run only their own fixed scripts, so evaluating them in happy-dom is safe. */
async function load(path: string): Promise<Window> {
  const url = `${sandbox().url}${path}`;
  const markup = await (await fetch(url)).text();
  const window = new Window({
    url,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  window.document.write(markup);
  await window.happyDOM.waitUntilComplete();
  return window;
}

/** Just enough of number-detection.md §2 to read the fixtures with libphonenumber-js. */
function normalise(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\uff0b/g, '+')
    .replace(/[\u2010-\u2015\u2212\uff0d]/g, '-')
    .replace(/[\u00a0\u2007\u2009\u202f\u3000]/g, ' ')
    .replace(/[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s*(?:ankn\.?|anknytning|ext\.?|extension|x)\s*\d+$/i, '')
    .trim();
}

function expectPhonesMatchTheirText(root: { querySelectorAll(selector: string): Iterable<Element> }): number {
  let count = 0;
  for (const element of root.querySelectorAll('[data-expect="phone"]')) {
    if (element.tagName === 'A') continue;
    const e164 = element.getAttribute('data-e164') ?? '';
    const parsed = parsePhoneNumberFromString(normalise(element.textContent ?? ''), 'SE');
    expect({ text: element.textContent, number: parsed?.number }).toEqual({
      text: element.textContent,
      number: e164,
    });
    expect(isValidPhoneNumber(e164)).toBe(true);
    count += 1;
  }
  return count;
}

describe('/demo', () => {
  it('labels every phone with an E.164 value its text really has', async () => {
    const window = await load('/demo');
    expect(expectPhonesMatchTheirText(window.document)).toBeGreaterThanOrEqual(50);
    const extensions = [...window.document.querySelectorAll('[data-ext]')].map((el) =>
      el.getAttribute('data-ext'),
    );
    expect(extensions).toEqual(expect.arrayContaining(['123', '27', '3301', '204', '305']));
    await window.happyDOM.close();
  });

  it('has many look-alikes, every data-expect value is known, and no look-alike sits inside a phone', async () => {
    const window = await load('/demo');
    const { document } = window;
    expect(document.querySelectorAll('[data-expect="none"]').length).toBeGreaterThanOrEqual(60);
    const values = new Set(
      [...document.querySelectorAll('[data-expect]')].map((el) => el.getAttribute('data-expect')),
    );
    expect(values).toEqual(new Set(['phone', 'none', 'ignored']));
    expect(document.querySelectorAll('[data-expect="phone"] [data-expect]').length).toBe(0);
    await window.happyDOM.close();
  });

  it('names colleagues from the directory, including 070-174 06 23', async () => {
    const window = await load('/demo');
    const onPage = new Set(
      [...window.document.querySelectorAll('[data-e164]')].map((el) => el.getAttribute('data-e164')),
    );
    const directoryNumbers = buildDirectory(new Date())
      .flatMap((entry) => [entry.extension, entry.mobile])
      .filter((number) => number !== '')
      .map((number) => `+46${number.slice(1)}`);
    expect(directoryNumbers.filter((number) => onPage.has(number)).length).toBeGreaterThanOrEqual(8);
    const sara = [...window.document.querySelectorAll('[data-e164="+46701740623"]')].map(
      (el) => el.textContent,
    );
    expect(sara).toContain('070-174 06 23');
    await window.happyDOM.close();
  });

  it('has tel:, callto: and sip: links, hostile links and areas the detector must skip', async () => {
    const window = await load('/demo');
    const { document } = window;
    const hrefs = [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'tel:+4686182490',
        'callto:+46701740612',
        'sip:+46701740612@sip.example.se;user=phone',
        'tel:../../hangup',
        'tel:%E0%A4%A',
      ]),
    );
    for (const link of document.querySelectorAll('a[data-expect="phone"]')) {
      expect(isValidPhoneNumber(link.getAttribute('data-e164') ?? '')).toBe(true);
    }
    expect(document.querySelector('[contenteditable="true"][data-expect="ignored"]')?.textContent).toMatch(
      /\d{3}/,
    );
    expect(document.querySelector('textarea[data-expect="ignored"]')?.textContent).toMatch(/\d{3}/);
    expect(document.querySelector('iframe')?.getAttribute('src')).toBe('/demo/frame');
    await window.happyDOM.close();
  });

  it('attaches an open shadow root with a number, and adds a number on click', async () => {
    const window = await load('/demo');
    const { document } = window;
    const shadowNumber = document
      .querySelector('contact-card')
      ?.shadowRoot?.querySelector('[data-expect="phone"]');
    expect(shadowNumber?.getAttribute('data-e164')).toBe('+46701740655');
    expect(shadowNumber?.textContent).toBe('070-174 06 55');

    const list = document.getElementById('added-numbers');
    expect(list?.children.length).toBe(0);
    const button = document.getElementById('add-number') as unknown as { click(): void };
    button.click();
    button.click();
    expect(list?.children.length).toBe(2);
    expect(list === null ? 0 : expectPhonesMatchTheirText(list)).toBe(2);
    await window.happyDOM.close();
  });

  it('serves the frame and the no-detect page with labelled numbers', async () => {
    const frame = await load('/demo/frame');
    expect(expectPhonesMatchTheirText(frame.document)).toBe(1);
    await frame.happyDOM.close();

    const noDetect = await load('/demo/no-detect');
    expect(noDetect.document.querySelector('meta[name="format-detection"]')?.getAttribute('content')).toBe(
      'telephone=no',
    );
    expect(expectPhonesMatchTheirText(noDetect.document)).toBe(2);
    await noDetect.happyDOM.close();
  });

  it('sets no Content-Security-Policy', async () => {
    const response = await fetch(`${sandbox().url}/demo`);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('/demo/large', () => {
  it('is about the requested size and the same for the same seed', async () => {
    const url = `${sandbox().url}/demo/large?kb=64&density=0.01&seed=7`;
    const first = await (await fetch(url)).text();
    const second = await (await fetch(url)).text();
    const other = await (await fetch(`${sandbox().url}/demo/large?kb=64&density=0.01&seed=8`)).text();
    expect(first).toBe(second);
    expect(first).not.toBe(other);
    const bytes = Buffer.byteLength(first);
    expect(bytes).toBeGreaterThanOrEqual(64 * 1024);
    expect(bytes).toBeLessThan(66 * 1024);
  });

  it('contains no digits at all in its text at density 0', () => {
    const { html, numbers } = renderLargePage({ kb: 32, density: 0, seed: 3 });
    const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
    const text = main.replace(/<[^>]*>/g, ' ');
    expect(numbers).toBe(0);
    expect(text.length).toBeGreaterThan(20_000);
    expect(text.match(/\d/g)).toBeNull();
  });

  it('has numbers near the requested density, each labelled with its real E.164 value', async () => {
    const window = await load('/demo/large?kb=48&density=0.02&seed=11');
    const { document } = window;
    const count = expectPhonesMatchTheirText(document);
    expect(document.body.getAttribute('data-phone-count')).toBe(String(count));
    const words = (document.body.textContent ?? '').split(/\s+/).filter(Boolean).length;
    expect(count / words).toBeGreaterThan(0.008);
    expect(count / words).toBeLessThan(0.02);
    await window.happyDOM.close();
  });

  it('only generates valid numbers', () => {
    const random = createRandom(42);
    for (let i = 0; i < 2000; i += 1) {
      const { e164 } = generateNumber(random);
      expect(isValidPhoneNumber(e164), e164).toBe(true);
    }
  });

  it('refuses out-of-range options', async () => {
    for (const query of ['kb=0', 'kb=99999', 'density=2', 'seed=-1', 'kb=abc']) {
      expect((await fetch(`${sandbox().url}/demo/large?${query}`)).status, query).toBe(400);
    }
  });
});
