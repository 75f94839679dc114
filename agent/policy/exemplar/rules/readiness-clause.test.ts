import { describe, expect, it } from 'vitest';
import { readinessRewrite, withoutReadiness } from './readiness-clause.js';

describe('readiness words', () => {
  it('reads when a control can be pressed away from the press', () => {
    expect(withoutReadiness('Click Submit once it becomes enabled.')).toBe('Click Submit.');
    expect(withoutReadiness('Click the OK button once it appears.')).toBe('Click the OK button.');
    expect(withoutReadiness('Click the Done button when it shows up!')).toBe('Click the Done button!');
    expect(withoutReadiness('Click OK once the OK button is enabled.')).toBe('Click OK.');
    expect(withoutReadiness('Click Submit when the button becomes clickable.')).toBe('Click Submit.');
    expect(withoutReadiness('Wait for the Apply button to show up, then click it.')).toBe('Click the Apply button.');
    expect(withoutReadiness('The Go button unlocks after a moment: click it then.')).toBe('Click the Go button.');
  });

  it('leaves a watched number, another subject, a pronoun alone and a text without readiness words', () => {
    expect(withoutReadiness('Press Buy once it is below 40.')).toBeUndefined();
    expect(withoutReadiness('Click Save once the form is saved.')).toBeUndefined();
    // Another thing coming is what the press reacts to, not when the control can be pressed.
    expect(withoutReadiness('Press the button when the target appears.')).toBeUndefined();
    expect(withoutReadiness('Click Stop as soon as the red light is visible.')).toBeUndefined();
    expect(withoutReadiness('Turn off Wi-Fi when the battery saver is enabled.')).toBeUndefined();
    expect(withoutReadiness('Click Cancel when the error message appears.')).toBeUndefined();
    expect(withoutReadiness('Wait for it to appear, then click it.')).toBeUndefined();
    expect(withoutReadiness('Click Submit.')).toBeUndefined();
    expect(withoutReadiness('Enable dark mode.')).toBeUndefined();
  });

  it('rewrites both texts when either says some, and says so', () => {
    const rewrite = readinessRewrite('Click Submit once it becomes enabled.', 'Wait for the Apply button to show up, then click it.');
    expect(rewrite).toMatchObject({ demoTask: 'Click Submit.', task: 'Click the Apply button.' });
    expect(readinessRewrite('Click Submit.', 'Click OK.')).toBeUndefined();
  });
});
