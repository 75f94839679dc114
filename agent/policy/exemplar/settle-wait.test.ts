import { describe, expect, it } from 'vitest';
import type { Action } from '../../core/action.js';
import type { ActionResult } from '../../core/operator.js';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

/** A menu whose submenu shows only a moment after its parent was clicked (here: after the policy waits). */
class SlowMenu extends WidgetPageOperator {
  override async execute(action: Action): Promise<ActionResult> {
    // The widget page reveals "later" items on a scroll: a wait is the moment passing.
    if (action.type === 'wait') await super.execute({ type: 'scroll', deltaX: 0, deltaY: 0 });
    return super.execute(action);
  }
}

const menu = (top: string, sub: string, slow: boolean): WidgetSpec[] => [
  { key: top, role: 'menuitem', text: top },
  { key: 'other', role: 'menuitem', text: 'Hugo' },
  { key: sub, role: 'menuitem', text: sub, x: 120, ...(slow ? { afterScrolls: 1 } : {}) },
];
const task = (top: string, sub: string) => `From the menu, choose ${top} > ${sub}.`;

describe('ExemplarPolicy: a page that is still changing', () => {
  it('waits once for a step that does not ground right after its own action, then goes on', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(menu('Luca', 'Talia', false)), task('Luca', 'Talia'), (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: find(observation, 'menuitem', 'Luca').id } } : step === 1 ? { type: 'click', target: { elementId: find(observation, 'menuitem', 'Talia').id } } : undefined,
    );
    const operator = new SlowMenu(menu('Prism', 'Kwame', true));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task('Prism', 'Kwame'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['Prism', 'Kwame']);
    // (The kit's own scroll stands for the moment passing.)
    expect(operator.executed.map((action) => action.type).filter((type) => type !== 'scroll')).toEqual(['click', 'wait', 'click']);
  });

  it('refuses after one wait when the step still does not ground', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(menu('Luca', 'Talia', false)), task('Luca', 'Talia'), (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: find(observation, 'menuitem', 'Luca').id } } : step === 1 ? { type: 'click', target: { elementId: find(observation, 'menuitem', 'Talia').id } } : undefined,
    );
    const operator = new WidgetPageOperator(menu('Prism', 'Zed', false).filter((widget) => widget.key !== 'Zed'));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task('Prism', 'Kwame'));
    expect(result.outcome.status).not.toBe('success');
    expect(operator.executed.map((action) => action.type)).toEqual(['click', 'wait']);
  });
});
