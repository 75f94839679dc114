/**
 * notice-centre: read the app; when the notifications are grouped, press that
 * group's Clear button; otherwise dismiss each notification whose app name is
 * the app (not the ones whose text only mentions it) with the control inside
 * it, scrolling the pane until the control is in view and waiting for each
 * dismissed notification to leave.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, parseUtterance, type DemonstratorContext, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';
import { EPISODE_OVER } from '../../miniwob/episode-watch-operator.js';

/** The outermost element around `element` (the notification pane), whose bottom is where the pane's view ends. */
function outermost(observation: Observation, element: UIElement): UIElement {
  const byId = new Map(observation.elements.map((candidate) => [candidate.id, candidate]));
  let top = element;
  for (let parent = byId.get(element.parentId ?? -1); parent; parent = byId.get(parent.parentId ?? -1)) top = parent;
  return top;
}

/** The control to press next: the group's Clear, or the dismiss control of the app's first notification; undefined when none is left. */
function nextControl(observation: Observation, app: string): UIElement | undefined {
  const group = findAll(observation, { role: 'button', label: `Clear ${app} notifications` })[0];
  if (group) return group;
  const name = observation.elements.find((element) => element.text.trim() === app && element.parentId !== undefined && observation.elements.find((parent) => parent.id === element.parentId)?.role === 'listitem');
  if (!name) return undefined;
  const item = observation.elements.find((element) => element.id === name.parentId)!;
  const control = findAll(observation, { role: 'button', within: item })[0];
  if (!control) throw new DemonstrationError(`no dismiss control on the ${app} notification`);
  return control;
}

/** The pane: the outermost element around the notifications (under the header). */
function pane(observation: Observation): UIElement | undefined {
  const item = findAll(observation, { role: 'listitem' })[0];
  return item ? outermost(observation, item) : undefined;
}

/**
 * Look for the next control, scrolling the pane down (then up, once at the
 * bottom) until it is wholly in view; undefined once the whole pane has been
 * looked through in both directions without finding one.
 */
async function inView(context: DemonstratorContext, app: string): Promise<UIElement | undefined> {
  let direction = 1;
  let turns = 0;
  let last = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    const observation = await context.observe();
    // Once the last one is dismissed the page ends its task and shows its START cover over everything.
    if (observation.elements.some((element) => element.text.trim() === 'START' && element.box.width >= 150)) return undefined;
    const box = pane(observation);
    const control = nextControl(observation, app);
    if (!box) return undefined;
    const bottom = Math.min(box.box.y + box.box.height, 210);
    if (control && control.box.y >= box.box.y && control.box.y + control.box.height <= bottom) return control;
    let step = 40 * direction;
    if (control) step = control.box.y < box.box.y ? -30 : 30;
    else {
      const signature = findAll(observation, { role: 'listitem' }).map((item) => `${item.text}@${item.box.y}`).join('|');
      if (signature === last) {
        direction = -direction;
        if (++turns > 2) return undefined;
        step = 40 * direction;
      }
      last = signature;
    }
    // Looking on after the last one was dismissed: the page has ended its task, and the scroll is refused for it.
    const result = await context.act({ type: 'scroll', deltaX: 0, deltaY: step, target: { elementId: box.id } });
    if (!result.ok && (result.error ?? '').includes(EPISODE_OVER)) return undefined;
    if (!result.ok) throw new DemonstrationError(`scrolling the pane failed: ${result.code}: ${result.error}`);
  }
  throw new DemonstrationError(`the ${app} notifications never came into view`);
}

export const noticeCentre: Demonstrator = async (context) => {
  const [app = ''] = parseUtterance(context.utterance, /(?:from|every|everything|the) ([A-Z]\w+)\b/, 'the app');
  for (let round = 0; round < 6; round++) {
    const control = await inView(context, app);
    if (!control) return;
    await clickElement(context, control);
    // Wait for the notification (or the group) to leave before looking for the next one.
    const same = (element: UIElement) => element.role === 'button' && element.label === control.label && element.text === control.text && element.box.y === control.box.y;
    await waitForElement(context, (seen) => (seen.elements.some(same) ? undefined : seen.elements[0]), 20);
  }
  throw new DemonstrationError(`${app} notifications remain after six dismissals`);
};
