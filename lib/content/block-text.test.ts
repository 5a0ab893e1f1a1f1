import { beforeEach, describe, expect, it } from 'vitest';
import {
  blockContainerOf,
  headerLabelOf,
  isInsideSkipped,
  MAX_TEXT_NODE_LENGTH,
  nodesBetween,
  pointAt,
  type TextBlock,
  walkBlocks,
} from './block-text';

function blockTexts(root: Element | ShadowRoot, ownHost: Element | null = null): string[] {
  return [...walkBlocks(root, { ownHost })].map((block) => block.text);
}

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('walkBlocks', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins a number split over inline elements into one string', () => {
    const body = html('<p>Ring <span>+46</span> <b>8</b> 618 24 <i>90</i> nu</p>');
    expect(blockTexts(body)).toEqual(['Ring +46 8 618 24 90 nu']);
  });

  it('ends a block at <br>, at block elements and at the end of a nested block', () => {
    const body = html('<div>08-618<br>24 90<p>inner</p>after</div><div>next</div>');
    expect(blockTexts(body)).toEqual(['08-618', '24 90', 'inner', 'after', 'next']);
  });

  it('keeps table cells and list items apart', () => {
    const body = html(
      '<table><tr><td>08-618</td><td>24 90</td></tr></table><ul><li>070-174</li><li>06 23</li></ul>',
    );
    expect(blockTexts(body)).toEqual(['08-618', '24 90', '070-174', '06 23']);
  });

  it.each([
    ['an input', '<input value="08-618 24 90">'],
    ['a textarea', '<textarea>08-618 24 90</textarea>'],
    ['a select', '<select><option>08-618 24 90</option></select>'],
    ['code', '<code>08-618 24 90</code>'],
    ['pre', '<pre>08-618 24 90</pre>'],
    ['kbd', '<kbd>08-618 24 90</kbd>'],
    ['samp', '<samp>08-618 24 90</samp>'],
    ['a script', '<script>var n = "08-618 24 90"</script>'],
    ['a style', '<style>/* 08-618 24 90 */</style>'],
    ['noscript', '<noscript>08-618 24 90</noscript>'],
    ['a template', '<template>08-618 24 90</template>'],
    ['contenteditable', '<div contenteditable="true"><span>08-618 24 90</span></div>'],
    ['contenteditable (empty value)', '<div contenteditable><span>08-618 24 90</span></div>'],
    ['role=textbox', '<div role="textbox">08-618 24 90</div>'],
    ['[hidden]', '<div hidden>08-618 24 90</div>'],
    ['aria-hidden', '<span aria-hidden="true">08-618 24 90</span>'],
    ['a CodeMirror editor', '<div class="cm-editor"><div>08-618 24 90</div></div>'],
    ['a Monaco editor', '<div class="x monaco-editor"><span>08-618 24 90</span></div>'],
    ['an ordinary link', '<a href="https://example.se/">08-618 24 90</a>'],
    ['a tel: link (handled as a link)', '<a href="tel:+4686182490">08-618 24 90</a>'],
    ['a button', '<button>08-618 24 90</button>'],
    ['svg', '<svg><text>08-618 24 90</text></svg>'],
  ])('skips text inside %s', (_name, markup) => {
    const body = html(`<p>before ${markup} after</p>`);
    const joined = blockTexts(body).join('|');
    expect(joined).not.toContain('618');
    expect(joined).toContain('before');
    expect(joined).toContain('after');
  });

  it('does not join text across a skipped element', () => {
    const body = html('<p>08-618 <code>x</code>24 90</p>');
    expect(blockTexts(body)).toEqual(['08-618 ', '24 90']);
  });

  it('keeps text of an anchor without href and of contenteditable="false"', () => {
    const body = html('<p><a name="x">08-618</a> 24 90 <span contenteditable="false">ok</span></p>');
    expect(blockTexts(body)).toEqual(['08-618 24 90 ok']);
  });

  it('skips the extension’s own host', () => {
    const body = html('<p>one</p><div id="own">secret 08-618 24 90</div>');
    const own = body.querySelector('#own');
    expect(blockTexts(body, own)).toEqual(['one']);
  });

  it('reports open shadow roots and custom elements without one, and scans a shadow root on its own', () => {
    const body = html('<p>light</p><x-card></x-card><x-later></x-later>');
    const host = body.querySelector('x-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div>Tel <b>+46</b> 8 618 24 90</div>';
    const roots: ShadowRoot[] = [];
    const waiting: string[] = [];
    const texts = [
      ...walkBlocks(body, {
        ownHost: null,
        onShadowRoot: (root) => roots.push(root),
        onCustomElement: (element) => waiting.push(element.localName),
      }),
    ].map((block) => block.text);
    expect(texts).toEqual(['light']);
    expect(roots).toEqual([shadow]);
    expect(waiting).toEqual(['x-later']);
    expect(blockTexts(shadow)).toEqual(['Tel +46 8 618 24 90']);
  });

  it('skips a single oversized text node and ends the block around it', () => {
    const body = html('<p>a<span></span>b</p>');
    body.querySelector('span')!.textContent = '1'.repeat(MAX_TEXT_NODE_LENGTH + 1);
    expect(blockTexts(body)).toEqual(['a', 'b']);
  });
});

describe('offset map', () => {
  function firstBlock(markup: string): TextBlock {
    const body = html(markup);
    const block = walkBlocks(body, { ownHost: null }).next().value;
    if (!block) throw new Error('no block');
    return block;
  }

  it('maps block offsets back to text nodes, with exclusive ends in the node of the last character', () => {
    const block = firstBlock('<p>Tel <span>+46</span> <b>8</b> 618 24 90</p>');
    expect(block.text).toBe('Tel +46 8 618 24 90');
    const start = pointAt(block, 4, false)!;
    expect(start.node.data).toBe('+46');
    expect(start.offset).toBe(0);
    const end = pointAt(block, block.text.length, true)!;
    expect(end.node.data).toBe(' 618 24 90');
    expect(end.offset).toBe(' 618 24 90'.length);
    // An end exactly at a node boundary stays in the node before it.
    const endOfPlus = pointAt(block, 7, true)!;
    expect(endOfPlus.node.data).toBe('+46');
    expect(endOfPlus.offset).toBe(3);
    expect(nodesBetween(block, 4, block.text.length).map((node) => node.data)).toEqual([
      '+46',
      ' ',
      '8',
      ' 618 24 90',
    ]);
  });

  it('returns null outside the text', () => {
    const block = firstBlock('<p>abc</p>');
    expect(pointAt(block, 5, false)).toBeNull();
    expect(pointAt(block, 0, true)).toBeNull();
  });
});

describe('containers', () => {
  it('finds the nearest block around a node, or the root', () => {
    const body = html('<div id="d"><span><b id="b">x</b></span></div><span id="loose">y</span>');
    const text = body.querySelector('#b')!.firstChild!;
    expect(blockContainerOf(text, body)).toBe(body.querySelector('#d'));
    expect(blockContainerOf(body.querySelector('#loose')!.firstChild!, body)).toBe(body);
  });

  it('tells whether a node lies in a skipped subtree', () => {
    const body = html('<pre><span id="in">x</span></pre><p id="out">y</p>');
    expect(isInsideSkipped(body.querySelector('#in')!, body, null)).toBe(true);
    expect(isInsideSkipped(body.querySelector('#out')!, body, null)).toBe(false);
  });
});

describe('header labels', () => {
  it('reads the column header of a table cell and the term of a description', () => {
    document.body.replaceChildren();
    const element = (tag: string, ...children: (Node | string)[]) => {
      const node = document.createElement(tag);
      node.append(...children);
      return node;
    };
    const orderCell = element('td', '0855012347');
    const table = element(
      'table',
      element('thead', element('tr', element('th', ' Namn '), element('th', 'Ordernr'))),
      element('tbody', element('tr', element('td', 'Sara'), orderCell)),
    );
    const list = document.createElement('dl');
    const dt = document.createElement('dt');
    dt.textContent = 'Telefon';
    const dd = document.createElement('dd');
    dd.textContent = '08-618 24 90';
    list.append(dt, dd);
    document.body.append(table, list);

    expect(headerLabelOf(orderCell)).toBe('Ordernr');
    expect(headerLabelOf(dd)).toBe('Telefon');
    expect(headerLabelOf(document.body)).toBeNull();
    const blocks = [...walkBlocks(document.body, { ownHost: null })];
    expect(blocks.map((b) => [b.text, b.label])).toEqual([
      [' Namn ', undefined],
      ['Ordernr', undefined],
      ['Sara', 'Namn'],
      ['0855012347', 'Ordernr'],
      ['Telefon', undefined],
      ['08-618 24 90', 'Telefon'],
    ]);
  });
});
