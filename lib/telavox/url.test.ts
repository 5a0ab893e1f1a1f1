// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildTelavoxUrl, type PathParameter, parseTelavoxBase } from './url';

const digits = (value: string): PathParameter => ({
  value,
  pattern: /^[0-9]{3,17}$/,
  invalid: () => new RangeError('not digits'),
});

const loose = (value: string): PathParameter => ({
  value,
  pattern: /^[\s\S]*$/,
  invalid: () => new RangeError('never'),
});

describe('parseTelavoxBase', () => {
  it('keeps the origin and a base path without its trailing slash', () => {
    expect(parseTelavoxBase('https://api.telavox.se')).toEqual({
      origin: 'https://api.telavox.se',
      pathname: '',
    });
    expect(parseTelavoxBase('http://127.0.0.1:8787/v1/')).toEqual({
      origin: 'http://127.0.0.1:8787',
      pathname: '/v1',
    });
  });

  it('refuses credentials, a query, a fragment and other schemes', () => {
    expect(() => parseTelavoxBase('https://user:pw@api.telavox.se')).toThrow();
    expect(() => parseTelavoxBase('https://api.telavox.se/?x=1')).toThrow();
    expect(() => parseTelavoxBase('https://api.telavox.se/#x')).toThrow();
    expect(() => parseTelavoxBase('ftp://api.telavox.se')).toThrow();
  });
});

describe('buildTelavoxUrl', () => {
  const base = parseTelavoxBase('https://api.telavox.se');

  it('builds a path from literals and validated parameters, with a query', () => {
    const url = buildTelavoxUrl(base, ['dial', digits('0046701740623')], { query: { autoanswer: 'false' } });
    expect(url.href).toBe('https://api.telavox.se/dial/0046701740623?autoanswer=false');
  });

  it('keeps a documented trailing slash', () => {
    expect(buildTelavoxUrl(base, ['extensions'], { trailingSlash: true }).href).toBe(
      'https://api.telavox.se/extensions/',
    );
  });

  it('stays under a base path', () => {
    const sandbox = parseTelavoxBase('http://127.0.0.1:8787/telavox');
    expect(buildTelavoxUrl(sandbox, ['hangup']).href).toBe('http://127.0.0.1:8787/telavox/hangup');
  });

  it('encodes query values so they cannot add parameters', () => {
    const url = buildTelavoxUrl(base, ['sms', digits('0701740623')], {
      query: { message: 'Hej & välkommen=1#x' },
    });
    expect(url.searchParams.get('message')).toBe('Hej & välkommen=1#x');
    expect([...url.searchParams.keys()]).toEqual(['message']);
    expect(url.hash).toBe('');
  });

  it('throws the parameter’s own error when the value does not match', () => {
    expect(() => buildTelavoxUrl(base, ['dial', digits('../hangup')])).toThrow(RangeError);
    expect(() => buildTelavoxUrl(base, ['dial', digits('070/174')])).toThrow('not digits');
  });

  it('encodes a parameter so that it stays one segment, and refuses dot segments', () => {
    expect(buildTelavoxUrl(base, ['recordings', loose('a/b?c#d')]).pathname).toBe(
      '/recordings/a%2Fb%3Fc%23d',
    );
    expect(() => buildTelavoxUrl(base, ['recordings', loose('..')])).toThrow(/differs from its template/);
    expect(() => buildTelavoxUrl(base, ['recordings', loose('.')])).toThrow(/differs from its template/);
  });

  it('refuses literal segments that are not plain words', () => {
    expect(() => buildTelavoxUrl(base, ['..'])).toThrow();
    expect(() => buildTelavoxUrl(base, ['//evil.example'])).toThrow();
  });
});
