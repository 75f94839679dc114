import { describe, expect, it } from 'vitest';
import { unresolvedPlaceholder } from './secret-placeholder.js';

describe('a stored placeholder is never typed', () => {
  it('names the placeholder and what would help', () => {
    const reason = unresolvedPlaceholder({ type: 'type', text: '<secret:password-1>', target: { elementId: 3 } });
    expect(reason).toMatch(/<secret:password-1>.*placeholder.*task.*--allow-secrets/);
  });

  it('lets real text and other actions through', () => {
    expect(unresolvedPlaceholder({ type: 'type', text: 'x7Q', target: { elementId: 3 } })).toBeUndefined();
    expect(unresolvedPlaceholder({ type: 'type', text: 'a <secret> of sorts' })).toBeUndefined();
    expect(unresolvedPlaceholder({ type: 'click', target: { elementId: 1 } })).toBeUndefined();
  });
});
