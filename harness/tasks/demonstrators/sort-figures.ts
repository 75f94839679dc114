/**
 * sort-figures: drag every figure the instruction names (a kind, or a
 * colour) into the outlined box, side by side, then Submit. The scripted
 * person sees figures as the observation gives them (`figure` words: "red
 * circle"), and the box as the one wordless outline larger than a figure.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { clickWhere, DemonstrationError, perform, type Demonstrator } from './demonstrator.js';

const KINDS = ['circle', 'square', 'triangle'];

export const sortFigures: Demonstrator = async (context) => {
  const moved = /^Drag (?:all|every) (.+?) into /.exec(context.utterance)?.[1]?.split(' ') ?? [];
  const kind = KINDS.find((candidate) => moved[0] === `${candidate}s`);
  const colour = kind ? undefined : moved[0];
  if (!kind && !colour) throw new DemonstrationError(`no kind or colour in "${context.utterance}"`);
  const observation = await context.observe();
  const box = observation.elements.find((element) => !element.interactive && element.attributes?.['figure'] === 'rectangle' && element.box.width > 40);
  if (!box) throw new DemonstrationError('no box on the board');
  const fits = (element: UIElement) => {
    const [figureColour, figureKind] = (element.attributes?.['figure'] ?? '').split(' ');
    return kind ? figureKind === kind : figureColour === colour;
  };
  const figures = observation.elements.filter((element) => element.interactive && element.attributes?.['figure'] && fits(element));
  if (figures.length === 0) throw new DemonstrationError(`no figure fits "${context.utterance}"`);
  const columns = Math.max(1, Math.floor((box.box.width - 4) / 20));
  for (const [index, figure] of figures.entries()) {
    const x = box.box.x + 12 + (index % columns) * 20;
    const y = box.box.y + 12 + Math.floor(index / columns) * 20;
    await perform(context, { type: 'drag', from: { elementId: figure.id }, to: { x, y } });
  }
  await clickWhere(context, { role: 'button', text: 'Submit' });
};
