import { describe, expect, it } from 'vitest';
import { rescanTargets } from './rescan-targets';

const record = (type: MutationRecordType, target: Node) => ({ type, target }) as unknown as MutationRecord;

describe('rescanTargets', () => {
  document.body.innerHTML =
    '<div id="outer"><p id="p"><span id="s">08-618 24 90</span></p><p id="q">x</p></div><p id="r"><a id="a" href="tel:1">y</a></p>';
  const body = document.body;
  const byId = (id: string) => body.querySelector(`#${id}`)!;

  it('rescans only the block around a text edit', () => {
    const text = byId('s').firstChild!;
    expect(rescanTargets(body, [record('characterData', text)])).toEqual([byId('p')]);
  });

  it('rescans the block of the parent for added or removed children and of a link for a new href', () => {
    expect(rescanTargets(body, [record('childList', byId('s')), record('attributes', byId('a'))])).toEqual([
      byId('p'),
      byId('r'),
    ]);
  });

  it('drops blocks nested in another block of the same batch', () => {
    const targets = rescanTargets(body, [
      record('characterData', byId('s').firstChild!),
      record('childList', byId('outer')),
      record('characterData', byId('q').firstChild!),
    ]);
    expect(targets).toEqual([byId('outer')]);
  });

  it('rescans the whole root for a storm, or when the root itself changed', () => {
    expect(rescanTargets(body, 'all')).toEqual([body]);
    expect(rescanTargets(body, [record('childList', body), record('childList', byId('s'))])).toEqual([body]);
  });

  it('ignores records about nodes outside the root', () => {
    const stray = document.createElement('p');
    expect(rescanTargets(body, [record('childList', stray)])).toEqual([]);
  });
});
