/** Check-digit algorithms used to recognise identifiers that look like phone numbers (§5). */

/**
 * Luhn (mod 10) over a string of ASCII digits, check digit last. Used by payment cards, Swedish
 * personnummer, organisationsnummer, Bankgiro and Plusgiro.
 * https://www4.skatteverket.se/rattsligvagledning/edition/2020.9/330245.html
 */
export function isLuhnValid(digits: string): boolean {
  if (digits.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let value = digits.charCodeAt(i) - 0x30;
    if (value < 0 || value > 9) return false;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISBN-10: weights 10…1, mod 11, `X` stands for 10 in the last place. */
export function isIsbn10Valid(chars: string): boolean {
  if (chars.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const char = chars[i];
    const value = char === 'X' || char === 'x' ? (i === 9 ? 10 : -1) : (char?.charCodeAt(0) ?? 0) - 0x30;
    if (value < 0 || value > 10) return false;
    sum += value * (10 - i);
  }
  return sum % 11 === 0;
}

/** ISBN-13 / EAN-13: weights 1,3,1,3…, mod 10. */
export function isEan13Valid(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (digits.charCodeAt(i) - 0x30) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** ISSN: weights 8…2 over seven digits, mod 11, check `X` for 10. */
export function isIssnValid(chars: string): boolean {
  if (!/^\d{7}[\dXx]$/.test(chars)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (chars.charCodeAt(i) - 0x30) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  const last = chars[7] === 'X' || chars[7] === 'x' ? 10 : chars.charCodeAt(7) - 0x30;
  return check === last;
}

/** IBAN mod-97 (ISO 13616): move the first four characters to the end, letters become 10–35. */
export function isIbanValid(iban: string): boolean {
  const compact = iban.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 0x41 ? String(code - 0x41 + 10) : char;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 0x30)) % 97;
  }
  return remainder === 1;
}
