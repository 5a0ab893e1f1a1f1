// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  ForbiddenError,
  InvalidNumberError,
  NotFoundError,
  OfflineError,
  RateLimitedError,
  ServerError,
  SignedOutError,
  TelavoxError,
  TelavoxRejectedError,
  TelavoxTimeoutError,
  TokenRejectedError,
  telavoxFailureSchema,
  toTelavoxMessage,
  UnexpectedResponseError,
} from './errors';

describe('describeFailure', () => {
  it.each([
    [new SignedOutError(), { kind: 'signed-out' }],
    [new TokenRejectedError(), { kind: 'token-invalid' }],
    [new ForbiddenError('No access'), { kind: 'forbidden', status: 403, message: 'No access' }],
    [new NotFoundError(410), { kind: 'not-found', status: 410 }],
    [new TelavoxRejectedError(409, 'Busy'), { kind: 'rejected', status: 409, message: 'Busy' }],
    [new RateLimitedError(1_700_000_000_000), { kind: 'rate-limited', retryAt: 1_700_000_000_000 }],
    [new ServerError(502), { kind: 'server-error', status: 502 }],
    [new TelavoxTimeoutError(), { kind: 'timeout' }],
    [new OfflineError(), { kind: 'offline' }],
    [new UnexpectedResponseError('array(0)'), { kind: 'unexpected' }],
    [new InvalidNumberError('forbidden-character'), { kind: 'invalid-number' }],
  ])('describes %s', (error, expected) => {
    expect(error).toBeInstanceOf(TelavoxError);
    expect(describeFailure(error)).toEqual(expected);
  });

  it('describes anything else as unknown, without its message', () => {
    expect(describeFailure(new Error('secret detail'))).toEqual({ kind: 'unknown' });
    expect(describeFailure('a string')).toEqual({ kind: 'unknown' });
    expect(describeFailure(undefined)).toEqual({ kind: 'unknown' });
  });

  it('produces values the message schema accepts, surviving a structured clone', () => {
    const failure = describeFailure(new TelavoxRejectedError(400, 'x'.repeat(500)));
    const cloned = structuredClone(failure);
    expect(telavoxFailureSchema.parse(cloned)).toEqual(failure);
  });

  it('never carries the diagnostic shape of an unexpected answer', () => {
    const failure = describeFailure(new UnexpectedResponseError('object{token:string}'));
    expect(JSON.stringify(failure)).not.toContain('token');
  });
});

describe('telavoxFailureSchema', () => {
  it('refuses an unknown kind and an over-long message', () => {
    expect(telavoxFailureSchema.safeParse({ kind: 'exploded' }).success).toBe(false);
    expect(telavoxFailureSchema.safeParse({ kind: 'rejected', message: 'x'.repeat(201) }).success).toBe(
      false,
    );
  });
});

describe('toTelavoxMessage', () => {
  it('caps the text at 200 characters', () => {
    const message = toTelavoxMessage('a'.repeat(300));
    expect(message).toHaveLength(200);
    expect(message?.endsWith('…')).toBe(true);
  });

  it('keeps a short message as it is', () => {
    expect(toTelavoxMessage('this user does not have access to this feature')).toBe(
      'this user does not have access to this feature',
    );
  });

  it('does not split a surrogate pair at the cap', () => {
    const message = toTelavoxMessage('😀'.repeat(300)) ?? '';
    expect(Array.from(message)).toHaveLength(200);
    expect(message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('removes control, zero-width and bidi characters and collapses whitespace', () => {
    expect(toTelavoxMessage('Bad\u0000 request\n\n\t\u202Etxt.exe\u200B')).toBe('Bad request txt.exe');
  });

  it('gives nothing for a non-string or blank message', () => {
    expect(toTelavoxMessage(42)).toBeUndefined();
    expect(toTelavoxMessage(null)).toBeUndefined();
    expect(toTelavoxMessage({ text: 'x' })).toBeUndefined();
    expect(toTelavoxMessage(' \u200B ')).toBeUndefined();
  });
});
