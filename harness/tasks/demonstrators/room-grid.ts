/**
 * room-grid: "Book the room on Tuesday at 10:00, then click Save." — find the
 * column headed by the day and the row headed by the hour, click the free
 * cell where they cross, then the closing button.
 */
import { DemonstrationError, clickElement, parseUtterance, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const roomGrid: Demonstrator = async (context) => {
  const [day, hour] = parseUtterance(context.utterance, /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday) at (\d{2}:\d{2})\b/, 'the day and hour');
  const observation = await context.observe();
  const header = observation.elements.find((element) => element.text.trim() === day && !element.interactive);
  const rowHeader = observation.elements.find((element) => element.text.trim() === hour && !element.interactive);
  if (!header || !rowHeader) throw new DemonstrationError(`no header for ${day} or ${hour}`);
  const x = header.box.x + header.box.width / 2;
  const y = rowHeader.box.y + rowHeader.box.height / 2;
  const cell = observation.elements.find(
    (element) => element.role === 'button' && element.box.x <= x && x <= element.box.x + element.box.width && element.box.y <= y && y <= element.box.y + element.box.height,
  );
  if (!cell) throw new DemonstrationError(`no free cell at ${day} ${hour}`);
  await clickElement(context, cell);
  await clickFinalButton(context);
};
