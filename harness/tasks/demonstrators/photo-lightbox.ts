/**
 * photo-lightbox: read the photos the task describes (a colour and a thing)
 * and whether it wants the cover or favourites; for each, click the thumbnail
 * whose description (the image's alt text) names that colour and thing, wait
 * for the lightbox, check its description, press "Set as cover" / "★ Cover"
 * or the heart (unless it is already pressed, reported as checked), close the lightbox; press the
 * button the task ends with.
 */
import { clickElement, DemonstrationError, findAll, nameOf, type Demonstrator } from './demonstrator.js';
import { finalCaption, waitForElement } from './second-suite.js';

const COLOURS = ['red', 'blue', 'green', 'yellow', 'orange', 'purple', 'white', 'black'];

export function readPhotos(utterance: string): { photos: string[]; cover: boolean } {
  const photos = [...utterance.matchAll(new RegExp(`\\b(?:${COLOURS.join('|')}) [a-z]+`, 'g'))].map((match) => match[0]);
  if (photos.length === 0) throw new DemonstrationError(`no photo described in "${utterance}"`);
  return { photos, cover: /\bcover\b/i.test(utterance) };
}

export const photoLightbox: Demonstrator = async (context) => {
  const { photos, cover } = readPhotos(context.utterance);
  for (const photo of photos) {
    const described = new RegExp(`\\b${photo}\\b`, 'i');
    const thumbs = findAll(await context.observe(), { role: 'button' }).filter((button) => described.test(nameOf(button)));
    if (thumbs.length !== 1) throw new DemonstrationError(`${thumbs.length} thumbnails show a ${photo}`);
    await clickElement(context, thumbs[0]!);
    const dialog = await waitForElement(context, (seen) => findAll(seen, { role: 'dialog' })[0]);
    if (!dialog) throw new DemonstrationError('the lightbox did not open');
    const seen = await context.observe();
    if (!findAll(seen, { within: dialog }).some((element) => element.role === 'text' && described.test(element.text))) {
      throw new DemonstrationError(`the lightbox does not describe the ${photo}`);
    }
    const buttons = findAll(seen, { role: 'button', within: dialog });
    if (cover) {
      const set = buttons.find((button) => /cover/i.test(nameOf(button)));
      if (!set) throw new DemonstrationError('no cover button in the lightbox');
      await clickElement(context, set);
    } else {
      const heart = buttons.find((button) => button.label === 'Favourite');
      if (!heart) throw new DemonstrationError('no heart in the lightbox');
      if (heart.states.checked !== true) await clickElement(context, heart);
    }
    const close = findAll(await context.observe(), { role: 'button', label: 'Close' })[0];
    if (!close) throw new DemonstrationError('no close button');
    await clickElement(context, close);
    const gone = await waitForElement(context, (after) => (findAll(after, { role: 'dialog' }).length === 0 ? after.elements[0] : undefined));
    if (!gone) throw new DemonstrationError('the lightbox did not close');
  }
  const save = findAll(await context.observe(), { role: 'button', text: finalCaption(context.utterance) })[0];
  if (!save) throw new DemonstrationError('no save button');
  await clickElement(context, save);
};
