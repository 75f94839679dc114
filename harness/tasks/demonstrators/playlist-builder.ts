/**
 * playlist-builder: "Add Slow Tide and Golden Hour to the playlist, then save
 * it.", 'Playlist: add "Lemon Sky", "Copper Rain"', "Find City of Glass by
 * Nils Okafor in the library and add it to the playlist." — a person reads
 * the library's titles, sees which of them the request names (the longest
 * title first, so "Golden Hour (Live)" is not also read as "Golden Hour"),
 * and for each one not yet in the playlist searches for it and presses the
 * add control on the row with exactly that title; then presses the save
 * button at the bottom right (never Discard).
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findAll, nameOf, perform, type Demonstrator } from './demonstrator.js';

interface Row { title: string; row: UIElement; toggle: UIElement }

function rowsOf(observation: Observation): Row[] {
  return findAll(observation, { role: 'listitem' }).flatMap((row) => {
    const inside = observation.elements.filter((element) => element.parentId === row.id);
    const title = inside.find((element) => element.role === 'text');
    const toggle = inside.find((element) => element.role === 'button');
    return title && toggle ? [{ title: title.text.trim(), row, toggle }] : [];
  });
}

/** The library titles a request names, the longest first so a title inside a longer one is not counted twice. */
export function namedTitles(utterance: string, titles: readonly string[]): string[] {
  let rest = utterance;
  const found: string[] = [];
  for (const title of [...titles].sort((a, b) => b.length - a.length)) {
    const at = rest.indexOf(title);
    if (at < 0) continue;
    found.push(title);
    rest = rest.slice(0, at) + ' | ' + rest.slice(at + title.length);
  }
  return found;
}

const inPlaylist = (toggle: UIElement): boolean => /^(✓|Added)$/.test(toggle.text.trim()) || /^(Remove |In playlist)/.test(toggle.label ?? '');

export const playlistBuilder: Demonstrator = async (context) => {
  const start = await context.observe();
  const wanted = namedTitles(context.utterance, rowsOf(start).map((row) => row.title));
  if (wanted.length === 0) throw new DemonstrationError(`no library song named in "${context.utterance}"`);
  const search = findAll(start, { role: ['textbox', 'searchbox'] })[0];
  if (!search) throw new DemonstrationError('no search field');
  for (const title of wanted) {
    await perform(context, { type: 'type', text: title, target: { elementId: search.id }, replace: true });
    const row = rowsOf(await context.observe()).find((candidate) => candidate.title === title && candidate.row.box.height > 0);
    if (!row) throw new DemonstrationError(`"${title}" is not in the filtered library`);
    if (!inPlaylist(row.toggle)) await clickElement(context, row.toggle);
  }
  const seen = await context.observe();
  const toggles = new Set(rowsOf(seen).map((row) => row.toggle.id));
  const save = findAll(seen, { role: 'button' }).filter((button) => !toggles.has(button.id) && !/^(Discard|×)$/.test(button.text.trim()));
  if (save.length !== 1) throw new DemonstrationError(`expected one save button, found ${save.map(nameOf).join(', ')}`);
  await clickElement(context, save[0]!);
};
