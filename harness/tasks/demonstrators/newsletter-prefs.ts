/**
 * newsletter-prefs: "Subscribe me to Surveys and Gift ideas, turn off Weekly
 * deals and email me once a week.", 'From your manager: "stop sending me
 * Company blog."', "Newsletters: on: Surveys; off: Product news; monthly" — a
 * person finds each topic the request names (the switches' names) and the
 * verb said before it (subscribe / sign me up / turn on / enable / switch on
 * / "on:" against unsubscribe / turn off / disable / switch off / stop
 * sending me / "off:"), flips the switches that are not yet as wanted,
 * picks the frequency radio the words mean ("once a week" → Weekly, "right
 * away" → As it happens) when one is said, and presses the save button
 * (never "Unsubscribe from all").
 */
import { DemonstrationError, clickElement, findAll, nameOf, type Demonstrator } from './demonstrator.js';

const ON = /subscribe me to|sign me up for|turn on|enable|switch on|\bon:/gi;
const OFF = /unsubscribe me from|turn off|disable|switch off|stop sending me|\boff:/gi;
const FREQUENCY: [RegExp, string][] = [
  [/as it happens|right away|immediately/, 'As it happens'],
  [/daily|once a day|every day/, 'Daily'],
  [/weekly|once a week|every week/, 'Weekly'],
  [/monthly|once a month|every month/, 'Monthly'],
];

/** Each named topic's wanted state (true = subscribed), and the frequency asked for, if any. */
export function readPreferences(utterance: string, topics: readonly string[]): { want: Map<string, boolean>; frequency?: string } {
  const markers = [
    ...[...utterance.matchAll(ON)].map((match) => ({ at: match.index ?? 0, on: true })),
    ...[...utterance.matchAll(OFF)].map((match) => ({ at: match.index ?? 0, on: false })),
  ].sort((a, b) => a.at - b.at);
  const want = new Map<string, boolean>();
  let rest = utterance;
  for (const topic of topics) {
    const at = utterance.indexOf(topic);
    if (at < 0) continue;
    const before = markers.filter((marker) => marker.at < at).pop();
    if (!before) throw new DemonstrationError(`no verb before "${topic}" in "${utterance}"`);
    want.set(topic, before.on);
    rest = rest.split(topic).join(' | ');
  }
  const frequency = FREQUENCY.find(([pattern]) => pattern.test(rest.toLowerCase()))?.[1];
  return { want, frequency };
}

export const newsletterPrefs: Demonstrator = async (context) => {
  const start = await context.observe();
  const switches = findAll(start, { role: 'switch' });
  const { want, frequency } = readPreferences(context.utterance, switches.map(nameOf));
  if (want.size === 0) throw new DemonstrationError(`no topic named in "${context.utterance}"`);
  for (const control of switches) {
    const wanted = want.get(nameOf(control));
    if (wanted !== undefined && Boolean(control.states.checked) !== wanted) await clickElement(context, control);
  }
  if (frequency) {
    const radio = findAll(await context.observe(), { role: 'radio' }).find((candidate) => nameOf(candidate) === frequency);
    if (!radio) throw new DemonstrationError(`no "${frequency}" radio`);
    if (!radio.states.checked) await clickElement(context, radio);
  }
  const save = findAll(await context.observe(), { role: 'button' }).filter((button) => nameOf(button) !== 'Unsubscribe from all');
  if (save.length !== 1) throw new DemonstrationError(`expected one save button, found ${save.map(nameOf).join(', ')}`);
  await clickElement(context, save[0]!);
};
