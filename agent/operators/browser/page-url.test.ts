import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../core/errors.js';
import { navigationFailure, toPageUrl } from './page-url.js';

const dir = mkdtempSync(join(tmpdir(), 'understudy-page-url-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refusal(input: string): UserFacingError {
  try {
    toPageUrl(input);
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error(`${input} was accepted`);
}

describe('toPageUrl', () => {
  it('passes URLs through', () => {
    expect(toPageUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(toPageUrl(' about:blank ')).toBe('about:blank');
    expect(toPageUrl('file:///tmp/x.html')).toBe('file:///tmp/x.html');
    expect(toPageUrl('http://localhost:9')).toBe('http://localhost:9');
  });

  it('turns an existing file into a file:// URL', () => {
    const file = join(dir, 'form page.html');
    writeFileSync(file, '<p>hi</p>');
    expect(toPageUrl(file)).toBe(pathToFileURL(file).href);
  });

  it('refuses a missing file, naming it', () => {
    const missing = refusal(join(dir, 'nowhere.html'));
    expect(missing.message).toBe(`no such page: ${join(dir, 'nowhere.html')}`);
  });

  it('suggests a scheme for a host name given without one', () => {
    expect(refusal('localhost:9').hint).toBe('add one: http://localhost:9');
    expect(refusal('localhost:3000/app').hint).toBe('add one: http://localhost:3000/app');
    expect(refusal('example.com').hint).toBe('add one: https://example.com');
    expect(refusal('www.example.org/sign-up').message).toMatch(/has no URL scheme/);
  });

  it('refuses an empty input', () => {
    expect(refusal('  ').message).toMatch(/empty/);
  });
});

describe('navigationFailure', () => {
  it('keeps the first line of the message, without the call log', () => {
    const error = new Error('page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:9/\nCall log:\n  - navigating to "http://localhost:9/", waiting until "load"\n');
    const failure = navigationFailure('http://localhost:9', error);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect(failure.message).toBe('could not open http://localhost:9: net::ERR_CONNECTION_REFUSED at http://localhost:9/');
  });
});
