// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isDialString, toDialString } from './dial-string';
import { InvalidNumberError, type InvalidNumberReason } from './errors';

function refusal(input: string): InvalidNumberReason | 'accepted' {
  try {
    toDialString(input);
    return 'accepted';
  } catch (error) {
    if (error instanceof InvalidNumberError) return error.reason;
    throw error;
  }
}

describe('toDialString', () => {
  it.each([
    ['0701740623', '0701740623'],
    ['070-174 06 23', '0701740623'],
    ['+46 70 174 06 23', '0046701740623'],
    ['+46 (70) 174.06/23', '0046701740623'],
    ['+47 22 86 54 10', '004722865410'],
    ['+1 (212) 555-0142', '0012125550142'],
    ['070\u00A0174\u200906\u202F23', '0701740623'],
    ['\u202A+46 70 174 06 23\u202C', '0046701740623'],
    ['\u200E070-174\u200F 06 23', '0701740623'],
    ['\uFEFF0701740623\u2060', '0701740623'],
    ['１２３４５６７', '1234567'],
    ['＋４６７０１７４０６２３', '0046701740623'],
    ['٠٧٠١٧٤٠٦٢٣', '0701740623'],
    ['۰۷۰۱۷۴۰۶۲۳', '0701740623'],
    ['112', '112'],
    ['12345678901234567', '12345678901234567'],
  ])('turns %j into %j', (input, expected) => {
    expect(toDialString(input)).toBe(expected);
  });

  it.each([
    ['../hangup', 'forbidden-character'],
    ['0701740623/../../hangup', 'forbidden-character'],
    ['070..174', 'forbidden-character'],
    ['070/../174', 'forbidden-character'],
    ['%2F', 'forbidden-character'],
    ['070%2F174', 'forbidden-character'],
    ['?x=1', 'forbidden-character'],
    ['070?x=1', 'forbidden-character'],
    ['070#1', 'forbidden-character'],
    ['*21#', 'forbidden-character'],
    ['070,174', 'forbidden-character'],
    ['070;174', 'forbidden-character'],
    ['070\\174', 'forbidden-character'],
    ['070\u0000174', 'forbidden-character'],
    ['\u0000', 'forbidden-character'],
    ['070\t1740623', 'forbidden-character'],
    ['070\n1740623', 'forbidden-character'],
    ['1-800-FLOWERS', 'forbidden-character'],
    ['0701740623 ankn. 12', 'forbidden-character'],
    ['46+701740623', 'forbidden-character'],
    ['++46701740623', 'forbidden-character'],
    ['070\u2007174', 'forbidden-character'],
    ['٠٧٠١٧x', 'forbidden-character'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['()-./', 'empty'],
    ['12', 'wrong-length'],
    ['+', 'wrong-length'],
    ['123456789012345678', 'wrong-length'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(refusal(input)).toBe(reason);
  });

  it('refuses very long input before looking at it', () => {
    expect(refusal('1'.repeat(65))).toBe('too-long');
    expect(refusal('0'.repeat(100_000))).toBe('too-long');
    expect(refusal(`${'\u200B'.repeat(60)}0701740623`)).toBe('too-long');
  });

  it('treats zero-width characters between digits as invisible, not as separators to refuse', () => {
    expect(toDialString('070\u200B174')).toBe('070174');
  });

  it('never lets a refused number through as a plain error', () => {
    expect(() => toDialString('../hangup')).toThrow(InvalidNumberError);
  });

  it('keeps the raw text out of the error message', () => {
    const secret = '070-SECRET-1234';
    try {
      toDialString(secret);
      expect.unreachable('the text has letters');
    } catch (error) {
      expect(String(error)).not.toContain('SECRET');
    }
  });
});

describe('isDialString', () => {
  it('accepts only 3 to 17 ASCII digits', () => {
    expect(isDialString('0046701740623')).toBe(true);
    expect(isDialString('12')).toBe(false);
    expect(isDialString('+46701740623')).toBe(false);
    expect(isDialString('070/174')).toBe(false);
    expect(isDialString('١٢٣')).toBe(false);
  });
});
