/**
 * price-watch: a price ticks; the task says to buy once it is below (or
 * above) a number. A person watches the price and clicks the buy button as
 * soon as it has crossed.
 */
import { clickElement, parseUtterance, requireOne, type Demonstrator } from './demonstrator.js';
import { finalCaption } from './second-suite.js';
import { watchUntil } from './late-button.js';

/** How far past the limit (in dollars) the person waits before buying. */
const CLEAR_MARGIN = 1;

export const priceWatch: Demonstrator = async (context) => {
  const [direction, limit] = parseUtterance(context.utterance, /\b(below|less than|above|more than) \$(\d+(?:\.\d+)?)/, 'the price limit');
  const threshold = Number(limit);
  const falling = direction === 'below' || direction === 'less than';
  // "Click Buy when the price …" or "…, then press Buy."
  const caption = /^Click (\S+) when\b/.exec(context.utterance)?.[1] ?? finalCaption(context.utterance);
  const crossed = await watchUntil(
    context,
    (observation) => {
      const price = observation.elements.map((element) => /\bprice:\s*\$(\d+(?:\.\d+)?)/i.exec(element.text)).find((match) => match !== null);
      if (!price) return undefined;
      // The price steps back now and then (up to $0.40 a tick): a careful person waits until it is clearly past,
      // so that the click, landing a tick or two later on a loaded machine, still finds it past.
      const value = Number(price[1]);
      return (falling ? value < threshold - CLEAR_MARGIN : value > threshold + CLEAR_MARGIN) ? observation : undefined;
    },
    `a price ${direction} $${threshold}`,
  );
  await clickElement(context, requireOne(crossed, { role: 'button', text: caption }));
};
