/**
 * room-grid: "Book the room on Tuesday at 10:00, then click Save." — find the
 * header showing the day and the one showing the hour, click the free cell
 * where their row and column cross, then the closing button.
 */
import { DemonstrationError, clickElement, parseUtterance, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const roomGrid: Demonstrator = async (context) => {
  const [day, hour] = parseUtterance(context.utterance, /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday) at (\d{2}:\d{2})\b/, 'the day and hour');
  const observation = await context.observe();
  const dayHeader = observation.elements.find((element) => element.text.trim() === day && !element.interactive);
  const hourHeader = observation.elements.find((element) => element.text.trim() === hour && !element.interactive);
  if (!dayHeader || !hourHeader) throw new DemonstrationError(`no header for ${day} or ${hour}`);
  // The cell lies under one header and beside the other, whichever axis each heads.
  const crossing = (above: typeof dayHeader, beside: typeof dayHeader) => {
    const x = above.box.x + above.box.width / 2;
    const y = beside.box.y + beside.box.height / 2;
    return observation.elements.find(
      (element) => element.role === 'button' && element.box.x <= x && x <= element.box.x + element.box.width && element.box.y <= y && y <= element.box.y + element.box.height,
    );
  };
  const cell = crossing(dayHeader, hourHeader) ?? crossing(hourHeader, dayHeader);
  if (!cell) throw new DemonstrationError(`no free cell at ${day} ${hour}`);
  await clickElement(context, cell);
  await clickFinalButton(context);
};
