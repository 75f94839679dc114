import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../core/observation.js';
import type { TargetDescriptor } from '../../core/trajectory.js';
import { groundDescriptor, regroundAction } from './reground.js';

function element(id: number, role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id, role, text, states: {}, box: { x: 10, y, width: 60, height: 20 }, source: 'dom', interactive: true, ...extra };
}
function observation(elements: UIElement[]): Observation {
  return { sequence: 1, environment: 'browser', elements, viewport: { width: 160, height: 210, deviceScaleFactor: 1 }, page: {}, capturedAt: 0 };
}
function descriptor(role: string, text: string, y: number, extra: Partial<TargetDescriptor> = {}): TargetDescriptor {
  return { role, text, box: { x: 10, y, width: 60, height: 20 }, ...extra };
}

describe('re-grounding stored targets onto a fresh observation', () => {
  it("never takes OCR's guess in an application's window whose tree was not read for a stored target", () => {
    // The GTK form starved: OCR reads the plan radio "Pro" (radio by its round outline) where the tree's radio was recorded.
    const guess = (application: string) => element(30, 'radio', 'Pro', 60, { source: 'ocr', attributes: { unreadTreeOf: application } });
    const pro = descriptor('radio', 'Pro', 60, { attributes: { path: 'window[Understudy GTK Sign-up] / radio[Pro]' } });
    expect(groundDescriptor(pro, observation([guess('signup-app.py')]))).toBeUndefined();
    // The tree's own radio is taken, the guess beside it left.
    expect(groundDescriptor(pro, observation([guess('signup-app.py'), element(3, 'radio', 'Pro', 62, { source: 'a11y' })]))?.element.id).toBe(3);
    // A guess in no known window (the read failed; a Tk form's reading) is matched as before.
    expect(groundDescriptor(pro, observation([guess('')]))?.element.id).toBe(30);
  });

  const fresh = observation([
    element(101, 'text', 'Click on the "Next" button.', 5, { interactive: false }),
    element(102, 'button', 'Okay', 60),
    element(103, 'button', 'Next', 90),
    element(104, 'textbox', '', 120, { label: 'Username', attributes: { id: 'username' } }),
    element(105, 'textbox', '', 150, { label: 'Password', attributes: { id: 'password' }, inputType: 'password' }),
  ]);

  it('finds the element by role and text, whatever its new id', () => {
    expect(groundDescriptor(descriptor('button', 'Next', 60), fresh)?.element.id).toBe(103);
  });

  it('tells look-alike fields apart by label and DOM id', () => {
    expect(groundDescriptor(descriptor('textbox', '', 120, { label: 'Password', attributes: { id: 'password' } }), fresh)?.element.id).toBe(105);
    expect(groundDescriptor(descriptor('textbox', '', 150, { label: 'Username', attributes: { id: 'username' } }), fresh)?.element.id).toBe(104);
  });

  it('tells wordless icons side by side apart by their class words, not by an ordinal counted under a hover-only wrapper', () => {
    const icon = (id: number, x: number, className: string, ordinal: number) => element(id, 'button', '', 150, { tag: 'span', ordinal, box: { x, y: 150, width: 12, height: 12 }, attributes: { class: className } });
    const post = observation([icon(15, 16, 'heart', 0), icon(16, 40, 'dots', 1)]);
    // Recorded while hovered: the "⋯" sat alone in a wrapper that looked clickable, so its ordinal was 0.
    const dots = { role: 'button', tag: 'span', text: '', ordinal: 0, box: { x: 40, y: 150, width: 12, height: 12 }, attributes: { class: 'dots' } };
    expect(groundDescriptor(dots, post)?.element.id).toBe(16);
    expect(groundDescriptor({ ...dots, attributes: { class: 'heart' }, box: { ...dots.box, x: 16 } }, post)?.element.id).toBe(15);
  });

  it('never takes an element whose words share none with the target\'s (a sub-menu item not open yet), however alike otherwise', () => {
    const item = (id: number, text: string, y: number, className: string) => element(id, 'menuitem', text, y, { tag: 'div', ordinal: 0, attributes: { id: `ui-id-${id}`, class: className } });
    // After clicking "Lara" its sub-menu is still opening: only the top level shows, "Lara" active as "Vortex" was.
    const opening = observation([item(4, 'Sequoia', 53, 'ui-menu-item-wrapper'), item(5, 'Lara', 79, 'ui-menu-item-wrapper ui-state-active')]);
    const vortex = descriptor('menuitem', 'Vortex', 103, { tag: 'div', ordinal: 0, box: { x: 33, y: 103, width: 76, height: 15 }, attributes: { id: 'ui-id-7', class: 'ui-menu-item-wrapper ui-state-active' } });
    expect(groundDescriptor(vortex, opening)).toBeUndefined();
    // Once open, "Vortex" is found.
    expect(groundDescriptor(vortex, observation([...opening.elements, item(7, 'Vortex', 104, 'ui-menu-item-wrapper')]))?.element.id).toBe(7);
  });

  it('never takes another wordless icon for one not drawn yet (its image still loading), however close', () => {
    const icon = (id: number, x: number, className: string) => element(id, 'button', '', 150, { tag: 'span', ordinal: 0, box: { x, y: 150, width: 12, height: 12 }, attributes: { class: className } });
    const dots = { role: 'button', tag: 'span', text: '', ordinal: 0, box: { x: 40, y: 150, width: 12, height: 12 }, attributes: { class: 'dots' } };
    // Only the heart beside it is on the page: role, tag, ordinal and place would pass it.
    expect(groundDescriptor(dots, observation([icon(15, 16, 'heart')]))).toBeUndefined();
    expect(regroundAction({ type: 'click', target: { elementId: 16 } }, [dots], observation([icon(15, 16, 'heart')]))).toEqual({
      ok: false,
      reason: 'no element like button "" (class "dots") on the page',
    });
    // A class word shared (a state class added) is the same icon; so is one once drawn.
    expect(groundDescriptor(dots, observation([icon(15, 16, 'heart'), icon(17, 40, 'dots active')]))?.element.id).toBe(17);
    // A target with words is known by them, not by its classes.
    expect(groundDescriptor(descriptor('button', 'Next', 90, { attributes: { class: 'primary' } }), fresh)?.element.id).toBe(103);
  });

  it('refuses when nothing on the page looks like the target', () => {
    expect(groundDescriptor(descriptor('checkbox', 'Subscribe', 60), fresh)).toBeUndefined();
  });

  it('rewrites every element target of an action in order, and reports what it cannot ground', () => {
    const drag = regroundAction(
      { type: 'drag', from: { elementId: 2 }, to: { elementId: 3 } },
      [descriptor('button', 'Okay', 60), descriptor('button', 'Next', 90)],
      fresh,
    );
    expect(drag).toEqual({ ok: true, action: { type: 'drag', from: { elementId: 102 }, to: { elementId: 103 } } });
    const typed = regroundAction({ type: 'type', text: 'bob', target: { elementId: 9 } }, [descriptor('textbox', '', 120, { label: 'Username' })], fresh);
    expect(typed).toEqual({ ok: true, action: { type: 'type', text: 'bob', target: { elementId: 104 } } });
    const point = regroundAction({ type: 'click', target: { x: 3, y: 4 } }, [], fresh);
    expect(point).toEqual({ ok: true, action: { type: 'click', target: { x: 3, y: 4 } } });
    const missing = regroundAction({ type: 'click', target: { elementId: 1 } }, [descriptor('link', 'Home', 10)], fresh);
    expect(missing).toEqual({ ok: false, reason: 'no element like link "Home" on the page' });
    const undescribed = regroundAction({ type: 'click', target: { elementId: 1 } }, [], fresh);
    expect(undescribed.ok).toBe(false);
  });
});
