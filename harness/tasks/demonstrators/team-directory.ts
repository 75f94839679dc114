/**
 * team-directory: "Give the analyst in Dijon a ring.", "Write a message to
 * Sara (Finance).", "Star Priya Shah.", "Add our Lisbon designer to
 * favourites." — a person reads the action (message / call / favourite, in
 * whatever words) and who is meant (a role and a city, a first name and a
 * team, or a full name), then looks through the directory's cards, scrolling
 * its grid, for the one card that fits, and presses that card's glyph button
 * whose name (aria-label or title, words vary) means the action.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, perform, type Demonstrator } from './demonstrator.js';
import { childrenOf } from './second-suite.js';
import { whollyInside } from './list-pages.js';

type Act = 'message' | 'call' | 'fav';

/** What each glyph button may be called. */
const CALLED: Record<Act, RegExp> = {
  message: /message|chat/i,
  call: /call|phone/i,
  fav: /favourite|\bstar\b/i,
};

interface Person { role?: string; city?: string; given?: string; team?: string; family?: string }

export function readDirectoryTask(utterance: string): { act: Act; who: Person } {
  const forms: [RegExp, Act][] = [
    [/^Message (.+)\.$/, 'message'], [/^Send (.+) a message\.$/, 'message'], [/^Write a message to (.+)\.$/, 'message'],
    [/^Call (.+)\.$/, 'call'], [/^Give (.+) a ring\.$/, 'call'], [/^Phone (.+)\.$/, 'call'],
    [/^Star (.+)\.$/, 'fav'], [/^Add (.+) to favourites\.$/, 'fav'], [/^Mark (.+) as a favourite\.$/, 'fav'],
  ];
  for (const [form, act] of forms) {
    const said = form.exec(utterance.trim())?.[1];
    if (!said) continue;
    let match = /^the (?:only )?(.+) in (\S+)$/.exec(said);
    if (match) return { act, who: { role: match[1], city: match[2] } };
    match = /^our (\S+) (.+)$/.exec(said);
    if (match) return { act, who: { city: match[1], role: match[2] } };
    match = /^(\S+) (?:from (\S+)|in the (\S+) team|\((\S+)\))$/.exec(said);
    if (match) return { act, who: { given: match[1], team: match[2] ?? match[3] ?? match[4] } };
    match = /^(\S+) (\S+)$/.exec(said);
    if (match) return { act, who: { given: match[1], family: match[2] } };
    throw new DemonstrationError(`cannot tell who is meant by "${said}"`);
  }
  throw new DemonstrationError(`no action in "${utterance}"`);
}

/** Whether a card's lines (name, then role / team / city, joined by "·" in some lines) fit the person. */
function fits(observation: Observation, card: UIElement, who: Person): boolean {
  const lines = childrenOf(observation, card).filter((child) => child.role === 'text').map((child) => child.text.trim());
  const name = lines[0] ?? '';
  const facts = lines.slice(1).flatMap((line) => line.split('·')).map((part) => part.trim().toLowerCase());
  if (who.given && !name.startsWith(`${who.given} `)) return false;
  if (who.family && name !== `${who.given} ${who.family}`) return false;
  if (who.role && !facts.includes(who.role.toLowerCase())) return false;
  if (who.city && !facts.includes(who.city.toLowerCase())) return false;
  if (who.team && !facts.includes(who.team.toLowerCase())) return false;
  return true;
}

export const teamDirectory: Demonstrator = async (context) => {
  const { act, who } = readDirectoryTask(context.utterance);
  let direction = 1;
  let last = '';
  for (let look = 0; look < 40; look++) {
    const seen = await context.observe();
    const grid = findAll(seen, { role: 'list' })[0];
    if (!grid) throw new DemonstrationError('no directory grid');
    const card = findAll(seen, { role: 'listitem' }).find((candidate) => fits(seen, candidate, who));
    const button = card && findAll(seen, { role: 'button', within: card }).find((candidate) => CALLED[act].test(candidate.label ?? ''));
    if (button && whollyInside(button, grid)) return clickElement(context, button);
    // Small steps (a card is nearly half the grid's height); turn round when nothing moved.
    const signature = findAll(seen, { role: 'listitem' }).map((item) => `${item.text}@${item.box.y}`).join('|');
    if (signature === last) direction = -direction;
    last = signature;
    await perform(context, { type: 'scroll', deltaX: 0, deltaY: 30 * direction, target: { elementId: grid.id } });
  }
  throw new DemonstrationError(`no card fits ${JSON.stringify(who)}`);
};
