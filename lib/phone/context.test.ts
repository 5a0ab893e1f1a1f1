import { describe, expect, it } from 'vitest';
import { labelVerdict } from './context';

describe('labelVerdict (§6)', () => {
  it.each([
    ['Tel: ', 'positive'],
    ['Tel.nr ', 'positive'],
    ['Växel ', 'positive'],
    ['Vaxel ', 'positive'],
    ['Tél. ', 'positive'],
    ['Ring oss på ', 'positive'],
    ['Puh. ', 'positive'],
    ['Org.nr ', 'negative'],
    ['Orgnr: ', 'negative'],
    ['OCR-nummer: ', 'negative'],
    ['Meddelande/OCR: ', 'negative'],
    ['Mötes-ID: ', 'negative'],
    ['Personal Meeting ID ', 'negative'],
    ['Order no. ', 'negative'],
    ['Ärende #', 'negative'],
    ['S/N ', 'negative'],
    ['kl. ', 'negative'],
    ['Ordernr 123, ring ', 'positive'],
    ['Ring kundtjänst om ordernr ', 'negative'],
    ['Dial-in ', 'none'],
    ['Organisation ', 'none'],
    ['Telefonist ', 'none'],
    ['', 'none'],
  ])('%j → %s', (before, verdict) => {
    expect(labelVerdict(before)).toBe(verdict);
  });

  it('ignores labels that belong to an earlier number', () => {
    expect(labelVerdict('OCR 1234 och sedan ')).toBe('none');
  });
});
