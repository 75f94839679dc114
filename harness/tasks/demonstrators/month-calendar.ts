/**
 * month-calendar: read the wanted date (written in any of the page's forms),
 * page the calendar with its ‹ › glyph buttons until its caption shows the
 * wanted month, click the day among the month's own (not greyed neighbour)
 * days, then press the button the instruction names.
 */
import type { Observation } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, requireOne, type Demonstrator } from './demonstrator.js';
import { clickFinalButton, MONTHS } from './second-suite.js';
import { readWrittenDate } from './written-date.js';

/** The caption's month as a month count (year × 12 + month index). */
function shownMonth(observation: Observation): number | undefined {
  for (const element of observation.elements) {
    const match = new RegExp(`^(${MONTHS.join('|')}) (\\d{4})$`).exec(element.text.trim());
    if (match) return Number(match[2]) * 12 + MONTHS.indexOf(match[1]!);
  }
  return undefined;
}

export const monthCalendar: Demonstrator = async (context) => {
  const date = readWrittenDate(context.utterance);
  const wanted = date.year * 12 + date.month - 1;
  for (let page = 0; page < 24; page++) {
    const observation = await context.observe();
    const shown = shownMonth(observation);
    if (shown === undefined) throw new DemonstrationError('no month caption on the calendar');
    if (shown === wanted) {
      // The month's own days, not the greyed ones of the months beside it.
      const day = findAll(observation, { text: String(date.day) }).find((element) => element.interactive && !/\bout\b/.test(element.attributes?.['class'] ?? ''));
      if (!day) throw new DemonstrationError(`no day ${date.day} in the calendar`);
      await clickElement(context, day);
      return clickFinalButton(context);
    }
    await clickElement(context, requireOne(observation, { role: 'button', text: shown < wanted ? '›' : '‹' }));
  }
  throw new DemonstrationError('the calendar never reached the wanted month');
};
