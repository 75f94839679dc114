/**
 * slider-combo: "Select the values [16,5,15] on the sliders and hit Submit."
 * — one value per slider, in the sliders' page order: drag each handle to
 * where its value lies on the track, nudge it with the arrow keys until it
 * shows the value, then confirm.
 */
import { DemonstrationError, parseUtterance, perform, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const sliderCombo: Demonstrator = async (context) => {
  const [list = ''] = parseUtterance(context.utterance, /\[([^\]]+)\]/, 'the values');
  const values = list.split(',').map((value) => Number(value.trim()));
  const sliders = () => context.observe().then((observation) => ({ observation, handles: observation.elements.filter((element) => element.role === 'slider').sort((a, b) => a.box.y - b.box.y) }));
  const first = await sliders();
  if (first.handles.length !== values.length) throw new DemonstrationError(`${values.length} values for ${first.handles.length} sliders`);
  for (const [index, wanted] of values.entries()) {
    const { observation, handles } = await sliders();
    const handle = handles[index]!;
    const track = observation.elements.find((element) => element.id === handle.parentId);
    const min = Number(handle.attributes?.['aria-valuemin']);
    const max = Number(handle.attributes?.['aria-valuemax']);
    if (!track || track.box.width <= handle.box.width || !Number.isFinite(min) || !(max > min)) throw new DemonstrationError('cannot read a slider\'s track or range');
    const x = track.box.x + ((wanted - min) / (max - min)) * track.box.width;
    await perform(context, { type: 'drag', from: { elementId: handle.id }, to: { x: Math.round(x * 10) / 10, y: handle.box.y + handle.box.height / 2 } });
    for (let nudge = 0; nudge < 5; nudge++) {
      const shown = Number((await sliders()).handles[index]!.value);
      if (!Number.isFinite(shown) || shown === wanted) break;
      await perform(context, { type: 'press', keys: shown < wanted ? 'ArrowRight' : 'ArrowLeft' });
    }
  }
  await clickFinalButton(context);
};
