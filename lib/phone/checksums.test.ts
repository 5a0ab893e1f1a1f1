import { describe, expect, it } from 'vitest';
import { isEan13Valid, isIbanValid, isIsbn10Valid, isIssnValid, isLuhnValid } from './checksums';
import { isCalendarDate } from './dates';
import { isOrganisationsnummer, isPersonnummer } from './identifiers';

describe('check digits', () => {
  it('Luhn', () => {
    expect(isLuhnValid('4571293844106627')).toBe(true);
    expect(isLuhnValid('4571293844106628')).toBe(false);
    expect(isLuhnValid('7603124418')).toBe(true);
  });

  it('ISBN, EAN and ISSN', () => {
    expect(isIsbn10Valid('0226400719')).toBe(true);
    expect(isIsbn10Valid('0226400718')).toBe(false);
    expect(isEan13Valid('9789189460218')).toBe(true);
    expect(isEan13Valid('9789189460219')).toBe(false);
    expect(isIssnValid('03462250')).toBe(true);
    expect(isIssnValid('03462251')).toBe(false);
  });

  it('IBAN mod 97', () => {
    expect(isIbanValid('GB90 BARC 2065 8279 4316 27')).toBe(true);
    expect(isIbanValid('GB91 BARC 2065 8279 4316 27')).toBe(false);
  });
});

describe('Swedish identity numbers', () => {
  it('personnummer needs a real date and the check digit', () => {
    expect(isPersonnummer('760312-4418')).toBe(true);
    expect(isPersonnummer('760312-4417')).toBe(false);
    expect(isPersonnummer('760372-4415')).toBe(true); // samordningsnummer: day + 60
    expect(isPersonnummer('20040229-7527')).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
  });

  it('organisationsnummer needs a third digit ≥ 2 and never starts with 0', () => {
    expect(isOrganisationsnummer('556812-3946')).toBe(true);
    expect(isOrganisationsnummer('16556812-3946')).toBe(true);
    expect(isOrganisationsnummer('556812-3947')).toBe(false);
    expect(isOrganisationsnummer('0855012340')).toBe(false);
  });
});
