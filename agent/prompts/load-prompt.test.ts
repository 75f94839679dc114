import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PromptTemplateError, fillPrompt, loadPrompt } from './load-prompt.js';

describe('prompt templates', () => {
  it('every template loads, without its maintainer notes', () => {
    const names = readdirSync(dirname(fileURLToPath(import.meta.url))).filter((file) => file.endsWith('.md'));
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const file of names) {
      const text = loadPrompt(file.replace(/\.md$/, ''));
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toContain('<!--');
    }
  });

  it('fills slots in one pass: values cannot inject slots', () => {
    const filled = fillPrompt('repair', { error: 'bad {{attempt}} here', attempt: 2, maxAttempts: 3 });
    expect(filled).toContain('bad {{attempt}} here');
    expect(filled).toContain('Attempt 2 of 3');
  });

  it('refuses a missing or an unknown slot', () => {
    expect(() => fillPrompt('repair', { error: 'x', attempt: 1 })).toThrow(PromptTemplateError);
    expect(() => fillPrompt('repair', { error: 'x', attempt: 1, maxAttempts: 2, extra: 'y' })).toThrow(/no slot \{\{extra\}\}/);
    expect(() => loadPrompt('../secrets')).toThrow(/bad prompt name/);
  });
});
