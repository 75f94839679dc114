import { describe, expect, it } from 'vitest';
import type { Action } from '../../agent/core/action.js';
import type { UIElement } from '../../agent/core/observation.js';
import { TRAJECTORY_FORMAT_VERSION, type Step, type TargetDescriptor, type Trajectory } from '../../agent/core/trajectory.js';
import { findTaskSlots, templateOf } from '../mcp/task-slots.js';
import { renderExportScript } from './export-script.js';
import type { ExportSource } from './export-source.js';
import { renderSkillFile } from './export-skill.js';

const box = { x: 5, y: 5, width: 10, height: 10 };

function checkbox(id: number, text: string, checked: boolean): UIElement {
  return { id, role: 'checkbox', text, states: { checked }, box, source: 'dom' } as UIElement;
}

function step(action: Action, target: Partial<TargetDescriptor> | undefined, elements: UIElement[] = []): Step {
  return { index: 0, observation: { text: '', elements, url: 'https://shop.example/basket' }, action, targets: target ? [{ role: 'button', text: '', box, ...target }] : [], timings: {} };
}

function trajectory(id: string, task: string, steps: Step[], environment: 'browser' | 'desktop' = 'browser'): Trajectory {
  return {
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id,
    task,
    environment,
    appKey: 'https://shop.example/basket',
    source: 'demonstration',
    outcome: { status: 'success', reason: 'ok' },
    createdAt: 1,
    steps: steps.map((item, index) => ({ ...item, index })),
    metadata: { taskName: 'pick' },
  };
}

function sourceOf(demonstration: Trajectory, others: Trajectory[] = []): ExportSource {
  const slots = findTaskSlots(demonstration, others);
  return { trajectory: demonstration, name: 'pick', slots, template: templateOf(demonstration.task, slots), verification: 'recorded-success' };
}

describe('export script', () => {
  const after = [checkbox(1, 'Apple', true), checkbox(2, 'Pear', true), checkbox(3, 'Fig', false)];
  const picked = trajectory('p1', 'Select Apple, Pear and click Submit.', [
    step({ type: 'click', target: { elementId: 1 } }, { role: 'checkbox', text: 'Apple' }),
    step({ type: 'click', target: { elementId: 2 } }, { role: 'checkbox', text: 'Pear' }),
    step({ type: 'click', target: { elementId: 4 } }, { role: 'button', text: 'Submit', attributes: { id: 'go' } }, after),
  ]);
  const other = trajectory('p2', 'Select Fig and click Submit.', [step({ type: 'click', target: { elementId: 3 } }, { role: 'checkbox', text: 'Fig' })]);

  it('loops over a list parameter, and unticks the rest when the demonstration left exactly the list ticked', () => {
    const script = renderExportScript(sourceOf(picked, [other]), { generatedAt: new Date(0) });
    expect(script).toContain('for (const item of params.items) {');
    expect(script).toContain('page.getByRole("checkbox", { name: item, exact: true })');
    expect(script).toContain('await target.check();');
    expect(script).toMatch(/untick any other[\s\S]*box\.uncheck\(\)/);
    expect(script).toContain('"type": "list"');
    // The named button is found by its name only: its id is not a fallback that could find something else.
    expect(script).toContain('page.getByRole("button", { name: "Submit", exact: true })');
    expect(script).not.toContain('[id=\\"go\\"]');
    expect(script).toContain('const DEFAULT_URL = "https://shop.example/basket";');
    expect(script).not.toMatch(/from ['"]\.\.?\//); // standalone: no relative (Understudy) imports
  });

  it('uses stored coordinates only where the demonstration had no element', () => {
    const script = renderExportScript(sourceOf(trajectory('c', 'Tap the map.', [step({ type: 'click', target: { x: 40, y: 60 } }, undefined)])));
    expect(script).toContain('await page.mouse.click(40, 60);');
  });

  it('refuses to make a browser script from a desktop trajectory', () => {
    expect(() => renderExportScript(sourceOf(trajectory('d', 'Save the file.', [], 'desktop')))).toThrow(/recorded on the desktop/);
  });

  it('writes the steps in words in the skill file, naming parameters', () => {
    const typed = trajectory('t', 'Search for "blue mugs".', [step({ type: 'type', text: 'blue mugs', target: { elementId: 1 } }, { role: 'searchbox', label: 'Search' }), step({ type: 'press', keys: 'Enter' }, undefined)]);
    const skill = renderSkillFile(sourceOf(typed), { scriptName: 'search.mjs' });
    expect(skill).toContain('**What it does:** Search for "{search}".');
    expect(skill).toContain('1. Type the search (`--search`) into the searchbox "Search".');
    expect(skill).toContain('2. Press Enter.');
    expect(skill).toContain('node search.mjs --search "blue mugs"');
  });
});
