import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../core/observation.js';
import { findSecrets, luhn } from './secret-patterns.js';
import { SecretVault } from './secret-vault.js';

/** A browser observation holding these elements. */
function pageOf(elements: UIElement[]): Observation {
  return { sequence: 1, environment: 'browser', viewport: { width: 800, height: 600, deviceScaleFactor: 1 }, page: {}, capturedAt: 0, elements };
}

describe('findSecrets', () => {
  it('finds credentials, keys, e-mails, phones and cards, and leaves ordinary text alone', () => {
    const text = [
      'api key sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12',
      'password: hunter2!x',
      'mail ada@example.org',
      'call +44 20 7946 0958',
      'card 4111 1111 1111 1111',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'on 2024-05-01 order 12345 costs 19.99',
    ].join('\n');
    const found = findSecrets(text);
    expect(found.map((match) => [match.kind, match.value])).toEqual([
      ['api-key', 'sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12'],
      ['password', 'hunter2!x'],
      ['email', 'ada@example.org'],
      ['phone', '+44 20 7946 0958'],
      ['card', '4111 1111 1111 1111'],
      ['api-key', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ]);
  });

  it('checks card numbers with Luhn', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(findSecrets('ref 4111 1111 1111 1112').filter((match) => match.kind === 'card')).toEqual([]);
  });
});

describe('SecretVault', () => {
  it('gives each value one stable placeholder and resolves it back', () => {
    const vault = new SecretVault(['Project Nightingale']);
    const first = vault.redact('write to ada@example.org about Project Nightingale');
    const second = vault.redact('again: ada@example.org, bob@example.org');
    expect(first).toBe('write to <secret:email-1> about <secret:user-listed-1>');
    expect(second).toBe('again: <secret:email-1>, <secret:email-2>');
    expect(vault.resolve('type <secret:email-2> and <secret:user-listed-1>')).toEqual({
      text: 'type bob@example.org and Project Nightingale',
      unknown: [],
    });
    expect(vault.resolve('<secret:card-9>').unknown).toEqual(['<secret:card-9>']);
  });

  it('learns password field values from observations, even when they look ordinary', () => {
    const observation = pageOf([
      { id: 1, role: 'textbox', text: '', value: 'letmein', inputType: 'password', states: {}, box: { x: 0, y: 0, width: 1, height: 1 }, source: 'dom', interactive: true },
    ]);
    const vault = new SecretVault();
    vault.learnObservation(observation);
    expect(vault.redact('[1] textbox value="letmein"')).toBe('[1] textbox value="<secret:password-1>"');
  });

  it('learns the values of fields the one secret-field rule names, not only type=password', () => {
    const field = (id: number, label: string, value: string): UIElement =>
      ({ id, role: 'textbox', text: '', label, value, inputType: 'text', states: {}, box: { x: 0, y: id * 20, width: 1, height: 1 }, source: 'dom', interactive: true });
    const observation = pageOf([field(1, 'PIN', '4711'), field(2, 'Nickname', 'ziggy')]);
    const vault = new SecretVault();
    vault.learnObservation(observation);
    expect(vault.redact('pin 4711, nickname ziggy')).toBe('pin <secret:password-1>, nickname ziggy');
  });

  it('redacts the JSON-escaped form of a value too', () => {
    const vault = new SecretVault(['pa"ss\\word']);
    expect(vault.redact(JSON.stringify({ value: 'pa"ss\\word' }))).toBe('{"value":"<secret:user-listed-1>"}');
  });
});

describe('SecretVault and its own placeholders', () => {
  it('never mistakes a placeholder for a secret, nor rewrites inside one', () => {
    const vault = new SecretVault(['Zelda Fitzgerald', 'secret']);
    const first = vault.redact('Sign up as Zelda Fitzgerald');
    expect(first).toBe('Sign up as <secret:user-listed-1>');
    // The history repeats the placeholder next to the real value: both come out as the placeholder.
    const again = vault.redact(`1. type "${'<secret:user-listed-1>'}" into [12]\n[22] textbox "Name" value="Zelda Fitzgerald" (secret: 42)`);
    expect(again).toBe('1. type "<secret:user-listed-1>" into [12]\n[22] textbox "Name" value="<secret:user-listed-1>" (<secret:user-listed-2>: 42)');
    expect(vault.size).toBe(2);
  });
});
