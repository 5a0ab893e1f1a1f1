import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compareWithMarkers, e164OfText, type MarkedElement } from './highlights';
import { decodePng, findColour } from './png';

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typeAndBody = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndBody));
  return Buffer.concat([length, typeAndBody, crc]);
}

/** An RGB PNG whose rows use the given filter types (the decoder must undo each of them). */
function encodeRgb(width: number, pixels: [number, number, number][][], filters: number[]): Buffer {
  const height = pixels.length;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const stride = width * 3;
  const plain = pixels.map((row) => Buffer.from(row.flat()));
  const raw: number[] = [];
  plain.forEach((row, y) => {
    const filter = filters[y] ?? 0;
    raw.push(filter);
    for (let x = 0; x < stride; x += 1) {
      const left = x >= 3 ? (row[x - 3] ?? 0) : 0;
      const up = y > 0 ? (plain[y - 1]?.[x] ?? 0) : 0;
      const predictor = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : 0;
      raw.push(((row[x] ?? 0) - predictor) & 0xff);
    }
  });
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(raw))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodePng and findColour', () => {
  const blue: [number, number, number] = [10, 102, 194];
  const white: [number, number, number] = [255, 255, 255];
  const rows = [
    [white, white, white, white],
    [white, blue, blue, white],
    [white, blue, blue, white],
    [white, white, white, white],
  ];

  it('reads every filter type back to the original pixels', () => {
    const image = decodePng(encodeRgb(4, rows, [0, 1, 2, 3]));
    expect(image.width).toBe(4);
    expect(image.height).toBe(4);
    expect(Array.from(image.data.subarray(0, 8))).toEqual([255, 255, 255, 255, 255, 255, 255, 255]);
    expect(Array.from(image.data.subarray(20, 24))).toEqual([10, 102, 194, 255]);
  });

  it('finds the box of a colour and nothing when it is absent or too small', () => {
    const image = decodePng(encodeRgb(4, rows, [1, 2, 3, 0]));
    expect(findColour(image, blue, { minPixels: 4 })).toEqual({
      left: 1,
      top: 1,
      right: 2,
      bottom: 2,
      pixels: 4,
    });
    expect(findColour(image, blue, { minPixels: 5 })).toBeNull();
    expect(findColour(image, [0, 102, 204], { minPixels: 1 })).toBeNull();
  });

  it('refuses data that is not a PNG', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow('Not a PNG');
  });
});

describe('e164OfText', () => {
  it.each([
    ['070-174 06 23', null, '+46701740623'],
    ['+46 (0)70-174 06 41', null, '+46701740641'],
    ['0046 31 712 40 56', null, '+46317124056'],
    ['０８－６１８ ２４ ９０', null, '+4686182490'],
    ['08-618 24 90 ankn. 123', '123', '+4686182490'],
    ['+1 212 555 0142 x305', '305', '+12125550142'],
  ])('%s → %s', (text, extension, e164) => {
    expect(e164OfText(text, extension)).toBe(e164);
  });

  it('gives null for text without a country or trunk prefix, or without the expected extension', () => {
    expect(e164OfText('6182490', null)).toBeNull();
    expect(e164OfText('08-618 24 90', '123')).toBeNull();
  });
});

describe('compareWithMarkers', () => {
  const marked = (overrides: Partial<MarkedElement>): MarkedElement => ({
    expect: 'phone',
    e164: '+46701740623',
    ext: null,
    tag: 'span',
    text: '070-174 06 23',
    visible: true,
    inShadow: false,
    hits: [],
    columnHeader: null,
    ...overrides,
  });

  it('counts a number as found only when a touching range reads as its E.164', () => {
    const right = marked({ hits: ['070-174 06 23'] });
    const wrong = marked({ hits: ['174 06 23'] });
    const lookalike = marked({ expect: 'none', e164: null, text: '2024-03-15', hits: ['2024-03-15'] });
    const link = marked({ tag: 'a' });
    const result = compareWithMarkers(
      { names: [], rangeTexts: [], marked: [right, wrong, lookalike, link] },
      { inShadow: false },
    );
    expect(result.found).toEqual([right]);
    expect(result.missed).toEqual([wrong]);
    expect(result.falseHits).toEqual([lookalike]);
  });
});
