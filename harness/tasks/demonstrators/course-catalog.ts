/**
 * course-catalog: "Enrol me in the beginner Italian course.", "Join the
 * evening Spanish class.", "Open Languages, then Romance, and start the
 * Portuguese course." — a person closes the promotional toast whenever it
 * is in the way, opens the category menu, opens the subject's category (and
 * its sub-group, which a person knows: Italian is a Romance language), picks
 * the subject, reads the tiles (opening a title shows its schedule when the
 * tile does not), and presses the enrol button of the course asked for.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, nameOf, perform, type DemonstratorContext, type Demonstrator } from './demonstrator.js';
import { childrenOf, pause } from './second-suite.js';

/** What a person knows about where subjects live. */
const GROUPS: Record<string, string[]> = {
  Languages: ['Italian', 'Spanish', 'Portuguese', 'French', 'German', 'Dutch', 'Swedish', 'Japanese', 'Korean', 'Mandarin'],
  Romance: ['Italian', 'Spanish', 'Portuguese', 'French'],
  Germanic: ['German', 'Dutch', 'Swedish'],
  Asian: ['Japanese', 'Korean', 'Mandarin'],
  Programming: ['Python', 'JavaScript', 'SQL', 'CSS'],
  Web: ['JavaScript', 'CSS'],
  Data: ['Python', 'SQL'],
  Music: ['Guitar', 'Piano', 'Singing'],
  Instruments: ['Guitar', 'Piano'],
  Voice: ['Singing'],
};
const LEVELS = ['beginner', 'intermediate', 'advanced'];
const SCHEDULES: Record<string, RegExp> = { evening: /evening/i, morning: /morning/i, weekend: /weekend/i, 'self-paced': /self-paced/i };

const clean = (text: string): string => text.replace(/[›▸▾☰]/g, '').trim();

function toastClose(observation: Observation): UIElement | undefined {
  return observation.elements.find((element) => element.text.trim() === '×' || /^close$/i.test(element.label ?? ''));
}

function centre(element: UIElement): { x: number; y: number } {
  return { x: element.box.x + element.box.width / 2, y: element.box.y + element.box.height / 2 };
}

/** Is the point under the toast whose × is `close`? (The toast spans the page's width below its ×.) */
function covered(close: UIElement, point: { x: number; y: number }): boolean {
  return point.y >= close.box.y - 4 && point.y <= close.box.y + 34;
}

/**
 * Click what `find` picks, closing the toast first if it shows; when the toast
 * appeared just then over the target, close it and click again.
 */
async function clickSafely(context: DemonstratorContext, find: (observation: Observation) => UIElement | undefined, what: string): Promise<Observation> {
  for (let attempt = 0; attempt < 4; attempt++) {
    let observation = await context.observe();
    const close = toastClose(observation);
    if (close) {
      await perform(context, { type: 'click', target: { elementId: close.id } });
      observation = await context.observe();
    }
    const target = find(observation);
    if (!target) {
      // Something may be passing over it (the toast arriving): look again.
      await pause(context, 200);
      continue;
    }
    const point = centre(target);
    try {
      await perform(context, { type: 'click', target: { elementId: target.id } });
    } catch (error) {
      if (error instanceof DemonstrationError && /covered|misdirected/.test(error.message)) continue;
      throw error;
    }
    const after = await context.observe();
    const late = toastClose(after);
    if (late && covered(late, point)) continue;
    return after;
  }
  throw new DemonstrationError(`could not find or click the ${what}`);
}

/** Observe, closing the toast first if it shows. */
async function look(context: DemonstratorContext): Promise<Observation> {
  const observation = await context.observe();
  const close = toastClose(observation);
  if (!close) return observation;
  await perform(context, { type: 'click', target: { elementId: close.id } });
  return context.observe();
}

/** A visible menu row (a category) by name. */
function row(observation: Observation, name: string): UIElement | undefined {
  return observation.elements.find((element) => element.box.width >= 80 && element.box.height <= 12 && clean(nameOf(element)) === name);
}

function readRequest(utterance: string) {
  const lower = utterance.toLowerCase();
  const pathMatch = /(?:Open|go to|Browse) (.+?),? and (?:start|enrol|sign)/.exec(utterance);
  if (pathMatch && /,|›|>/.test(pathMatch[1]!) || /^Open /.test(utterance)) {
    const segments = pathMatch![1]!.split(/, then |\s*[›>]\s*/).map((part) => part.trim());
    const leaf = /start the (\w+) course/.exec(utterance)?.[1] ?? segments.pop()!;
    if (segments[segments.length - 1] === leaf) segments.pop();
    return { kind: 'path' as const, leaf, path: segments, level: '', schedule: '' };
  }
  const words = [...utterance.matchAll(/\b([A-Z][A-Za-z]+)\b/g)].filter((match) => match.index! > 0 && match[1] !== 'I').map((match) => match[1]!);
  const leaf = words.find((word) => Object.values(GROUPS).some((members) => members.includes(word)));
  if (!leaf) throw new DemonstrationError(`no subject in "${utterance}"`);
  const level = LEVELS.find((word) => lower.includes(word)) ?? '';
  const schedule = Object.keys(SCHEDULES).find((word) => lower.includes(word)) ?? '';
  if (!level && !schedule) throw new DemonstrationError(`no level or schedule in "${utterance}"`);
  return { kind: level ? ('level' as const) : ('schedule' as const), leaf, path: [] as string[], level, schedule };
}

export const courseCatalog: Demonstrator = async (context) => {
  const request = readRequest(context.utterance);
  // Open the menu.
  let observation = await clickSafely(context, (seen) => seen.elements.find((element) => /▾|☰/.test(nameOf(element))), 'category menu');
  // Walk to the subject.
  const route = request.kind === 'path' ? [...request.path, request.leaf] : [];
  if (request.kind !== 'path') {
    const top = ['Languages', 'Programming', 'Music'].find((name) => GROUPS[name]!.includes(request.leaf))!;
    route.push(top);
  }
  for (const name of route) {
    if (row(observation, request.leaf)) break;
    observation = await clickSafely(context, (seen) => row(seen, name), `menu row ${name}`);
  }
  if (!row(observation, request.leaf)) {
    observation = await look(context);
    const group = Object.keys(GROUPS).find((name) => GROUPS[name]!.includes(request.leaf) && row(observation, name) && !['Languages', 'Programming', 'Music'].includes(name));
    if (group) observation = await clickSafely(context, (seen) => row(seen, group), `menu row ${group}`);
  }
  observation = await clickSafely(context, (seen) => row(seen, request.leaf), `menu row ${request.leaf}`);
  // Read the tiles: each starts at its title link; its text and button lie below it, up to the next title.
  interface Tile { title: string; text: string; button?: UIElement }
  const tiles = (seen: Observation): Tile[] => {
    const close = toastClose(seen);
    const links = seen.elements.filter((element) => element.role === 'link').sort((a, b) => a.box.y - b.box.y);
    return links.map((link, index) => {
      const top = link.box.y - 6;
      const bottom = index + 1 < links.length ? links[index + 1]!.box.y - 6 : Infinity;
      const inside = seen.elements.filter((element) => element.box.y >= top && element.box.y < bottom && childrenOf(seen, element).length === 0 && element.box.height < 20);
      const free = (element: UIElement) => !close || !covered(close, centre(element));
      return {
        title: nameOf(link),
        text: inside.filter(free).map((element) => element.text).join(' '),
        button: inside.find((element) => element.role === 'button' && element.box.x > link.box.x && element !== close),
      };
    });
  };
  let chosen: string | undefined;
  observation = await look(context);
  const shown = tiles(observation);
  if (shown.length === 0) throw new DemonstrationError('no course tiles');
  if (request.kind === 'path') {
    chosen = (shown.find((tile) => tile.title.includes(request.leaf)) ?? shown[0]!).title;
  } else if (request.kind === 'level') {
    chosen = shown.find((candidate) => new RegExp(`\\b${request.level}\\b`, 'i').test(candidate.text))?.title;
  } else {
    const pattern = SCHEDULES[request.schedule]!;
    let tile = shown.find((candidate) => pattern.test(candidate.text));
    if (!tile) {
      for (const title of shown.map((candidate) => candidate.title)) {
        observation = await clickSafely(context, (seen) => seen.elements.find((element) => element.role === 'link' && nameOf(element) === title), `title ${title}`);
        await pause(context, 50);
        observation = await context.observe();
        tile = tiles(observation).find((candidate) => pattern.test(candidate.text));
        if (tile) break;
      }
    }
    chosen = tile?.title;
  }
  if (!chosen) throw new DemonstrationError(`no course for "${context.utterance}"`);
  const title = chosen;
  await clickSafely(context, (seen) => tiles(seen).find((candidate) => candidate.title === title)?.button, `enrol button of ${title}`);
};
