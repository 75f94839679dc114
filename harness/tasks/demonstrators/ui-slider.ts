/**
 * ui-slider: press the slider's handle and drag it along the track to where
 * the wanted value lies (the track's left end is its minimum, the right end
 * its maximum), as a person aims, nudge it with the arrow keys when it shows
 * a neighbouring value, then confirm.
 */
import { DemonstrationError, parseUtterance, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const uiSlider: Demonstrator = async (context) => {
  const [value = ''] = parseUtterance(context.utterance, /\bto (-?\d+)\b/, 'the value');
  const wanted = Number(value);
  const observation = await context.observe();
  const handle = requireOne(observation, { role: 'slider' });
  const track = observation.elements.find((element) => element.id === handle.parentId);
  const min = Number(handle.attributes?.['aria-valuemin']);
  const max = Number(handle.attributes?.['aria-valuemax']);
  if (!track || track.box.width <= handle.box.width || !Number.isFinite(min) || !(max > min)) {
    throw new DemonstrationError('cannot read the slider\'s track or range');
  }
  const x = track.box.x + ((wanted - min) / (max - min)) * track.box.width;
  await perform(context, { type: 'drag', from: { elementId: handle.id }, to: { x: Math.round(x * 10) / 10, y: handle.box.y + handle.box.height / 2 } });
  // A pixel can fall between two values: the person reads the value shown and nudges it with the arrow keys.
  for (let nudge = 0; nudge < 5; nudge++) {
    const shown = Number(requireOne(await context.observe(), { role: 'slider' }).value);
    if (!Number.isFinite(shown) || shown === wanted) break;
    await perform(context, { type: 'press', keys: shown < wanted ? 'ArrowRight' : 'ArrowLeft' });
  }
  await clickFinalButton(context);
};
