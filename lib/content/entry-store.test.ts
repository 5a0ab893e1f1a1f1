import { beforeEach, describe, expect, it } from 'vitest';
import { walkBlocks } from './block-text';
import { EntryStore, type NumberEntry } from './entry-store';
import { type CaretAdapter, entryAtPoint } from './hit-test';
import { entryFor } from './scanner';

function setUp(markup: string, spans: Array<[string, string]>) {
  document.body.innerHTML = markup;
  const body = document.body;
  const added: NumberEntry[] = [];
  const removed: NumberEntry[] = [];
  const store = new EntryStore({ added: (e) => added.push(e), removed: (e) => removed.push(e) });
  for (const block of walkBlocks(body, { ownHost: null })) {
    for (const [needle, number] of spans) {
      const start = block.text.indexOf(needle);
      if (start < 0) continue;
      const entry = entryFor(block, { start, end: start + needle.length, number }, body);
      if (entry) store.add(entry);
    }
  }
  return { body, store, added, removed };
}

describe('EntryStore', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds a number from any of its text nodes, including the caret position right after it', () => {
    const { body, store } = setUp('<p>Tel <span>+46</span> <b>8</b> 618 24 90.</p>', [
      ['+46 8 618 24 90', '+4686182490'],
    ]);
    const plus = body.querySelector('span')!.firstChild!;
    const eight = body.querySelector('b')!.firstChild!;
    const tail = body.querySelector('b')!.nextSibling!;
    expect(store.at(plus, 0)?.number).toBe('+4686182490');
    expect(store.at(eight, 1)?.raw).toBe('+46 8 618 24 90');
    expect(store.at(tail, ' 618 24 90'.length)?.number).toBe('+4686182490');
    expect(store.at(tail, ' 618 24 90.'.length)).toBeNull();
    expect(store.at(body.querySelector('p')!.firstChild!, 1)).toBeNull();
    expect(store.mayHoldNumber(body.querySelector('b')!)).toBe(true);
    expect(store.mayHoldNumber(body)).toBe(false);
  });

  it('drops a multi-node number from every node when one of them is cleared', () => {
    const { body, store, removed } = setUp('<p><span>08-618</span> 24 90 och 070-174 06 23</p>', [
      ['08-618 24 90', '+4686182490'],
      ['070-174 06 23', '+46701740623'],
    ]);
    expect(store.size).toBe(2);
    store.clearNode(body.querySelector('span')!.firstChild as Text);
    expect(removed.map((entry) => entry.number)).toEqual(['+4686182490']);
    const rest = body.querySelector('span')!.nextSibling!;
    expect(store.at(rest, 2)).toBeNull();
    expect(store.at(rest, rest.textContent!.length)?.number).toBe('+46701740623');
  });

  it('purges numbers whose text left the document or was shortened', () => {
    const { body, store } = setUp(
      '<p id="a">08-618 24 90</p><p id="b">070-174 06 23</p><p id="c">031-712 40 56</p>',
      [
        ['08-618 24 90', '+4686182490'],
        ['070-174 06 23', '+46701740623'],
        ['031-712 40 56', '+46317124056'],
      ],
    );
    body.querySelector('#a')!.remove();
    (body.querySelector('#b')!.firstChild as Text).data = '070';
    expect(store.purgeStale()).toBe(2);
    expect([...store.values()].map((entry) => entry.number)).toEqual(['+46317124056']);
  });
});

describe('entryAtPoint', () => {
  const box = (left: number, top: number, right: number, bottom: number) =>
    ({
      left,
      top,
      right,
      bottom,
      x: left,
      y: top,
      width: right - left,
      height: bottom - top,
    }) as DOMRectReadOnly;

  it('hit-tests only over elements holding numbers and confirms with the number’s boxes', () => {
    const { body, store } = setUp('<p>Tel <b>070-174 06 23</b></p><p>other text</p>', [
      ['070-174 06 23', '+46701740623'],
    ]);
    const numberText = body.querySelector('b')!.firstChild!;
    let caretCalls = 0;
    const caret: CaretAdapter = {
      caretAt: () => {
        caretCalls++;
        return { node: numberText, offset: 3 };
      },
      boxesOf: () => [box(100, 10, 200, 30)],
    };
    const bold = body.querySelector('b')!;
    expect(entryAtPoint(150, 20, bold, store, caret, [])?.number).toBe('+46701740623');
    // Beside the end of the line the caret still snaps to the number, but the boxes say no.
    expect(entryAtPoint(400, 20, bold, store, caret, [])).toBeNull();
    const callsBefore = caretCalls;
    expect(entryAtPoint(150, 60, body.querySelectorAll('p')[1]!, store, caret, [])).toBeNull();
    expect(caretCalls).toBe(callsBefore);
  });
});
