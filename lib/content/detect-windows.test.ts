import { describe, expect, it } from 'vitest';
import { type DetectedNumber, detectInWindows, hasEnoughDigits, WINDOW_SIZE } from './detect-windows';

/** A stand-in detector: every run of exactly ten digits is a "number". Records what it was given. */
function recordingDetector() {
  const inputs: string[] = [];
  const detect = (text: string): DetectedNumber[] => {
    inputs.push(text);
    return [...text.matchAll(/(?<!\d)\d{10}(?!\d)/g)].map((match) => ({
      start: match.index,
      end: match.index + 10,
      number: `+46${match[0].slice(1)}`,
    }));
  };
  return { detect, inputs };
}

function allMatches(text: string, detect: (text: string) => DetectedNumber[]): DetectedNumber[] {
  return [...detectInWindows(text, detect)].flat();
}

describe('hasEnoughDigits', () => {
  it('counts ASCII, full-width and Arabic-Indic digits', () => {
    expect(hasEnoughDigits('08-618 24')).toBe(true);
    expect(hasEnoughDigits('08-618 2')).toBe(false);
    expect(hasEnoughDigits('０８６１８２４')).toBe(true);
    expect(hasEnoughDigits('٠٨٦١٨٢٤')).toBe(true);
    expect(hasEnoughDigits('۰۷۰۱۷۴۰')).toBe(true);
    expect(hasEnoughDigits('')).toBe(false);
  });
});

describe('detectInWindows', () => {
  it('never calls the detector for text with fewer than 7 digits', () => {
    const { detect, inputs } = recordingDetector();
    expect(allMatches('Öppet mån–fre 8–17, lör 10', detect)).toEqual([]);
    expect(inputs).toEqual([]);
  });

  it('passes short text through in one call with unchanged offsets', () => {
    const { detect, inputs } = recordingDetector();
    const text = 'Ring 0701740623 nu';
    expect(allMatches(text, detect)).toEqual([{ start: 5, end: 15, number: '+46701740623' }]);
    expect(inputs).toEqual([text]);
  });

  it('cuts long text into windows of at most 10 kB and finds each number once, also at the seams', () => {
    const { detect, inputs } = recordingDetector();
    const filler = 'ord '.repeat(600);
    const parts: string[] = [];
    const expected: number[] = [];
    let text = '';
    for (let index = 0; index < 40; index++) {
      parts.push(filler);
      text += filler;
      expected.push(text.length);
      text += '0701740623 ';
    }
    // Put one number exactly across a window seam as well.
    const core = WINDOW_SIZE - 2 * 250;
    const seam = core - 4;
    const withSeam = `${text.slice(0, seam)}0812345678 ${text.slice(seam)}`;
    const shifted = expected.map((start) => (start >= seam ? start + 11 : start));
    const matches = allMatches(withSeam, detect);
    expect(matches.map((match) => match.start)).toEqual([...shifted, seam].sort((a, b) => a - b));
    for (const match of matches) expect(withSeam.slice(match.start, match.end)).toMatch(/^\d{10}$/);
    expect(inputs.length).toBeGreaterThan(1);
    for (const input of inputs) expect(input.length).toBeLessThanOrEqual(WINDOW_SIZE);
  });

  it('skips windows without enough digits', () => {
    const { detect, inputs } = recordingDetector();
    const text = `${'a'.repeat(30_000)}0701740623`;
    expect(allMatches(text, detect).map((match) => match.start)).toEqual([30_000]);
    expect(inputs.length).toBe(1);
  });
});
