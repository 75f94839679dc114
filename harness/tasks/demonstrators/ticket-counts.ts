/**
 * ticket-counts: "Buy tickets for the Evening show: 2 adults and 0 children,
 * seated in the Stalls, then press OK." — a person changes only the parts not
 * already right (stay-listing.ts setFieldIfNeeded), then presses the button.
 */
import { parseUtterance, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';
import { setFieldIfNeeded } from './stay-listing.js';

export const ticketCounts: Demonstrator = async (context) => {
  const [show, adults, children, seats] = parseUtterance(context.utterance, /for the (\w+) show: (\d+) adults and (\d+) children, seated in the (\w+),/, 'the tickets');
  await setFieldIfNeeded(context, 'Show', show!);
  await setFieldIfNeeded(context, 'Adults', adults!);
  await setFieldIfNeeded(context, 'Children', children!);
  await setFieldIfNeeded(context, 'Seats', seats!);
  await clickFinalButton(context);
};
