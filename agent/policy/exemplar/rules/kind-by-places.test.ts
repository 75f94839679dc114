import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { Action } from '../../../core/action.js';
import { alignByPlaces } from './kind-by-places.js';
import { verbGap, verbKeys } from './verb-gap.js';
import { planDemonstration } from '../plan-demonstration.js';
import { explainNoPlan } from '../retrieve-plans.js';
import { substitute } from '../text-match.js';
import { applyPlanRules } from './plan-rules.js';

type Step = Trajectory['steps'][number];

let nextId = 1;
const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
  id: nextId++,
  role,
  tag: role === 'textbox' ? 'input' : role === 'combobox' ? 'select' : 'button',
  text,
  states: {},
  box: { x: 0, y: 0, width: 10, height: 10 },
  source: 'dom',
  interactive: true,
  ...extra,
});
const card = (text: string) => element('button', text, { attributes: { class: 'card' } });
const column = (text: string) => element('button', text, { attributes: { class: 'col-head' } });
const step = (elements: UIElement[], action: Action): Step => ({ index: 0, observation: { text: '', elements }, action, targets: [] }) as unknown as Step;
const click = (elements: UIElement[], target: UIElement) => step(elements, { type: 'click', target: { elementId: target.id } });

// A board as the demonstration saw it: cards, column headings, a closing button.
const demoPage = [column('Backlog'), card('Book venue'), column('Review'), card('Hire band'), column('Closed'), element('button', 'Apply')];
const [, bookVenue, , , closed, apply] = demoPage as [UIElement, UIElement, UIElement, UIElement, UIElement, UIElement];
const boardSteps = [click(demoPage, bookVenue), click(demoPage, closed), click(demoPage, apply)];
const BOARD_DEMO = 'The card "Book venue" belongs in Closed now; press Apply when the board is right.';
// The page the task runs on: other cards, other column names, another caption.
const page = [column('Planned'), card('Fix lights'), column('Active'), card('Rent tent'), column('Finished'), element('button', 'Update')];

describe('alignByPlaces: one kind of task worded another way on the same page', () => {
  it('reads "then press Save." and "then save." as one request: the caption that is the other text\'s verb is no value', () => {
    const nick = element('textbox', '', { label: 'Nickname' });
    const team = element('combobox', 'Choose…', { label: 'Team', options: ['Otters', 'Wolves', 'Comets'] });
    const save = element('button', 'Save');
    const form = [nick, team, save];
    const steps = [step(form, { type: 'type', text: 'Moss', target: { elementId: nick.id } }), step(form, { type: 'select', option: 'Otters', target: { elementId: team.id } }), click(form, save)];
    const demo = 'Type "Moss" into the nickname box and pick Otters as the team, then press Save.';
    const placed = alignByPlaces(demo, 'I\'d like the nickname "Pike" and the team Wolves, then save.', steps, form);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Moss', 'Pike'],
      ['Otters', 'Wolves'],
    ]);
    // A caption that is no verb of the other text stays a value, and then has no counterpart.
    expect('gap' in alignByPlaces(demo, 'I\'d like the nickname "Pike" and the team Wolves, then submit.', steps, form)).toBe(true);
  });

  it('pairs a card with a card and a column with a column by where the page shows them, whatever the wording', () => {
    const placed = alignByPlaces(BOARD_DEMO, 'Move "Fix lights" to Finished and click Update.', boardSteps, page);
    expect('alignment' in placed).toBe(true);
    if (!('alignment' in placed)) return;
    expect(placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Book venue', 'Fix lights'],
      ['Closed', 'Finished'],
      ['Apply', 'Update'],
    ]);
    expect(placed.alignment.score).toBeGreaterThanOrEqual(0.5);
  });

  it('pairs two names of one type by their places, not by their order in the sentence', () => {
    // The button named first, the column last: order alone would swap them.
    const placed = alignByPlaces(BOARD_DEMO, 'Press Update once "Fix lights" sits in Finished.', boardSteps, page);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Book venue', 'Fix lights'],
      ['Closed', 'Finished'],
      ['Apply', 'Update'],
    ]);
  });

  it('pairs typed values by type and the words before them (a form worded another way)', () => {
    const title = element('textbox', '', { label: 'Title' });
    const starts = element('textbox', '', { label: 'Starts' });
    const ends = element('textbox', '', { label: 'Ends' });
    const save = element('button', 'Apply');
    const form = [title, starts, ends, save];
    const steps = [
      step(form, { type: 'type', text: 'Parent evening', target: { elementId: title.id } }),
      step(form, { type: 'type', text: '09:00', target: { elementId: starts.id } }),
      step(form, { type: 'type', text: '09:30', target: { elementId: ends.id } }),
      click(form, save),
    ];
    const here = [element('textbox', '', { label: 'Title' }), element('textbox', '', { label: 'Starts' }), element('textbox', '', { label: 'Ends' }), element('button', 'Confirm')];
    const placed = alignByPlaces('Schedule "Parent evening" starting at 09:00 and ending at 09:30. Save with Apply.', 'New event "Dentist": 10:00 until 11:30. Click Confirm.', steps, here);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Parent evening', 'Dentist'],
      ['09:00', '10:00'],
      ['09:30', '11:30'],
      ['Apply', 'Confirm'],
    ]);
  });

  it('pairs a quoted text the page shows (the message replied to) with the one shown here, whatever the sentence order', () => {
    const from = (text: string) => element('button', text, { attributes: { class: 'from' } });
    const snippet = (text: string) => element('text', text, { tag: 'span', interactive: false, attributes: { class: 'snippet' } });
    const inbox = (a: string, b: string, c: string, d: string) => [from(a), snippet(b), from(c), snippet(d), element('textbox', '', { tag: 'textarea', label: 'Reply' }), element('button', 'Send')];
    const demoInbox = inbox('Nadia', 'Lunch tomorrow?', 'Quinn', 'Thanks for yesterday!');
    const steps = [click(demoInbox, demoInbox[0]!), step(demoInbox, { type: 'type', text: 'Sure.', target: { elementId: demoInbox[4]!.id } }), click(demoInbox, demoInbox[5]!)];
    const demo = 'Could you respond to "Lunch tomorrow?" from Nadia by saying "Sure."? Thanks!';
    const here = inbox('Wade', 'Is the meeting moved to 3 pm?', 'Tara', 'Did the parcel arrive');
    // The reply comes first here, the message second; in order they would type the message as the reply.
    const placed = alignByPlaces(demo, 'Send Wade the reply "Done, check your inbox." to their message "Is the meeting moved to 3 pm?".', steps, here);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]]).sort()).toEqual([
      ['Lunch tomorrow?', 'Is the meeting moved to 3 pm?'],
      ['Nadia', 'Wade'],
      ['Sure.', 'Done, check your inbox.'],
    ]);
    // "you" of the demonstration's wording stands in its typed reply "See you then!" only: that value's word, not one acted on apart from it.
    const youSteps = [steps[0]!, step(demoInbox, { type: 'type', text: 'See you then!', target: { elementId: demoInbox[4]!.id } }), steps[2]!];
    const isData = (word: string) => ['see', 'you', 'then', 'nadia', 'send', 'reply'].includes(word);
    const worded = alignByPlaces('When you get a moment, answer Nadia - the message "Lunch tomorrow?" - with "See you then!", then send.', 'Please write back "Sure." to Wade, who asked "Is the meeting moved to 3 pm?".', youSteps, here, isData);
    expect('alignment' in worded && worded.alignment.slots.map((slot) => [slot.old[0], slot.new[0]]).sort()).toEqual([
      ['Lunch tomorrow?', 'Is the meeting moved to 3 pm?'],
      ['Nadia', 'Wade'],
      ['See you then!', 'Sure.'],
    ]);
    // A word the steps acted on apart from the values (the Reply box's label here) must stand in the new task too.
    const boxLost = alignByPlaces('Answer Nadia - the message "Lunch tomorrow?" - with "See you then!" in the Reply box.', 'Answer Wade - the message "Is the meeting moved to 3 pm?" - with "Sure."', youSteps, here, isData);
    expect(boxLost).toEqual({ gap: expect.stringMatching(/acted on "reply"/) });
    // "Tara wrote …": the capital opening the sentence is the name this page shows where the demonstration clicked one.
    const tara = inbox('Tara', 'Thanks for yesterday!', 'Wade', 'Lunch tomorrow?');
    const opened = alignByPlaces(demo, 'Tara wrote "Thanks for yesterday!". Answer "No problem at all!" and send it.', steps, tara);
    expect('alignment' in opened && opened.alignment.slots.map((slot) => [slot.old[0], slot.new[0]]).sort()).toEqual([
      ['Lunch tomorrow?', 'Thanks for yesterday!'],
      ['Nadia', 'Tara'],
      ['Sure.', 'No problem at all!'],
    ]);
    // A capital followed by its object is a request's verb, even where the page shows that word as a sender.
    const review = inbox('Review', 'Thanks for yesterday!', 'Wade', 'Lunch tomorrow?');
    const asked = alignByPlaces(demo, 'Review the message "Thanks for yesterday!", then answer "No problem at all!".', steps, review);
    expect(asked).toEqual({ gap: expect.stringMatching(/names 0 value\(s\) of type name/) });
    // Not shown there (no sender of that name): grammar, and the task names no name the demonstration's did.
    const absent = alignByPlaces(demo, 'Sven wrote "Thanks for yesterday!". Answer "No problem at all!" and send it.', steps, tara);
    expect(absent).toEqual({ gap: expect.stringMatching(/names 0 value\(s\) of type name/) });
    // A message this page does not show: nothing tells the reply from the message, so no alignment.
    const unseen = alignByPlaces(demo, 'Send Wade the reply "Done." to their message "Where is the van?".', steps, here);
    expect(unseen).toEqual({ gap: expect.stringMatching(/page showed 1 of its quoted values it did not click, this page shows 0/) });
    // Both shown: no telling them apart by the page either, and the words before them pair nothing, so order decides no more.
    const both = alignByPlaces(demo, 'Send Wade the reply "Did the parcel arrive" to their message "Is the meeting moved to 3 pm?".', steps, here);
    expect(both).toEqual({ gap: expect.stringMatching(/page showed 1 .* this page shows 2/) });
  });

  it('needs no field label the new task omits when the values alone place them: one of its type, or several in the page\'s order with no label named', () => {
    const name = element('textbox', '', { label: 'Name' });
    const guests = element('combobox', '', { label: 'Guests', options: ['—', '2', '8'] });
    const time = element('combobox', '', { label: 'Time', options: ['—', '20:00', '20:30'] });
    const book = element('button', 'Book');
    const form = [name, guests, time, book];
    const steps = [
      step(form, { type: 'type', text: 'Quinn', target: { elementId: name.id } }),
      // The recorder's passing choice of "—" before the value: the same field, no request of its own.
      step(form, { type: 'select', option: '—', target: { elementId: guests.id } }),
      step(form, { type: 'select', option: '8', target: { elementId: guests.id } }),
      step(form, { type: 'select', option: '20:30', target: { elementId: time.id } }),
      click(form, book),
    ];
    const isData = (word: string) => ['quinn', 'guests', 'time', 'name', 'book'].includes(word);
    const demo = 'Could you please book a table for Quinn, 8 guests, at 20:30? Thanks!';
    const placed = alignByPlaces(demo, "I'd like a table at 20:00 for 2 - the name is Anna.", steps, form, isData);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Quinn', 'Anna'],
      ['8', '2'],
      ['20:30', '20:00'],
    ]);
    // A field of this page the demonstration never used, named by the new task: the value goes there, not into Guests.
    const withTable = [...form, element('textbox', '', { label: 'Table' })];
    expect(alignByPlaces(demo, "I'd like table 2 at 20:00 - the name is Anna.", steps, withTable, isData)).toEqual({ gap: expect.stringMatching(/acted on "guests"/) });
    // Two numbers in the new task: which is the party's size only the label could tell, and it is not named.
    expect(alignByPlaces(demo, "I'd like table 4 at 20:00 for 2 - the name is Anna.", steps, form, isData)).toEqual({ gap: expect.any(String) });
    // Two times typed into Starts and Ends, in the order the text gives them and the page lays the fields out.
    const at = (y: number) => ({ box: { x: 0, y, width: 100, height: 20 } });
    const title = element('textbox', '', { label: 'Title', ...at(0) });
    const starts = element('textbox', '', { label: 'Starts', ...at(30) });
    const ends = element('textbox', '', { label: 'Ends', ...at(60) });
    const confirm = element('button', 'Confirm', at(90));
    const event = [title, starts, ends, confirm];
    const eventSteps = (first: UIElement, second: UIElement) => [
      step(event, { type: 'type', text: 'Car service', target: { elementId: title.id } }),
      step(event, { type: 'type', text: '12:00', target: { elementId: first.id } }),
      step(event, { type: 'type', text: '13:00', target: { elementId: second.id } }),
      click(event, confirm),
    ];
    const demoEvent = 'Put "Car service" in the calendar: it begins at 12:00 and ends at 13:00. Finish by pressing Confirm.';
    const isEventData = (word: string) => ['ends', 'confirm'].includes(word);
    // The new task names neither label: its times, read in the page's order as the demonstration's were.
    const ranged = alignByPlaces(demoEvent, 'New event "Dentist": 08:30 until 09:30. Click Confirm.', eventSteps(starts, ends), event, isEventData);
    expect('alignment' in ranged && ranged.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Car service', 'Dentist'],
      ['12:00', '08:30'],
      ['13:00', '09:30'],
    ]);
    // A label named in another form ("ending") says which time goes where: the label the demonstration acted on must stand.
    expect(alignByPlaces(demoEvent, 'New event "Dentist": ending 09:30, starting 08:30. Click Confirm.', eventSteps(starts, ends), event, isEventData)).toEqual({ gap: expect.stringMatching(/acted on "ends"/) });
    // The text's first time went into the lower field: the page's order and the sentence's disagree, so the label stays required.
    expect(alignByPlaces(demoEvent, 'New event "Dentist": 08:30 until 09:30. Click Confirm.', eventSteps(ends, starts), event, isEventData)).toEqual({ gap: expect.stringMatching(/acted on "ends"/) });
  });

  it('leaves a caption pressed by its own words out of the fields the values place: "the city to Tallinn, and press Go"', () => {
    const shown = element('textbox', '', { label: 'Display name' });
    const city = element('combobox', 'Choose…', { label: 'City', options: ['Choose…', 'Tallinn', 'Graz', 'Cork'] });
    const go = element('button', 'Go');
    const form = [shown, city, go];
    const steps = [
      step(form, { type: 'type', text: 'Luca Wolff', target: { elementId: shown.id } }),
      step(form, { type: 'select', option: 'Tallinn', target: { elementId: city.id } }),
      click(form, go),
    ];
    const isData = (word: string) => ['display', 'name', 'city', 'go'].includes(word);
    const demo = 'Set the display name to "Luca Wolff", the city to Tallinn, and press Go.';
    // Tallinn is the only name the steps entered; Go was pressed where it stood, so Graz can go nowhere but City.
    const placed = alignByPlaces(demo, 'Your profile should read "Dario Okafor" from Graz; finish with Go.', steps, form, isData);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Luca Wolff', 'Dario Okafor'],
      ['Tallinn', 'Graz'],
    ]);
    // A name that is no option of City and no button: nowhere to stand, so no alignment.
    expect('gap' in alignByPlaces(demo, 'Your profile should read "Dario Okafor" from Oslo; finish with Go.', steps, form, isData)).toBe(true);
    // Two names besides the pressed one: which goes into City only its label could tell, and it is not named.
    expect(alignByPlaces(demo, 'Your profile should read "Dario Okafor" from Graz, Cork; finish with Go.', steps, form, isData)).toEqual({ gap: expect.any(String) });
  });

  it('refuses a contradicting verb (remove where the demonstration added)', () => {
    expect(verbGap('Add "Fix lights" to Review, then press Apply.', 'Remove "Fix lights" from Review, then press Apply.')).toMatch(/asks to remove where the demonstration's asked to add/);
    expect(verbGap('Enable Wi-Fi and press Save.', 'Turn off Wi-Fi and press Save.')).toMatch(/disable/);
    const placed = alignByPlaces(BOARD_DEMO, 'Delete "Fix lights" from Finished and click Update.', boardSteps, page);
    expect(placed).toEqual({ gap: expect.stringMatching(/asks to delete/) });
  });

  it('refuses a direction word or a negation in one text only', () => {
    expect(verbGap('Move "A" to Review, then press Apply.', 'Move "A" before Review, then press Apply.')).toMatch(/"before"/);
    expect(verbGap('Move "A" to Review, then press Apply.', 'Do not move "A" to Review; press Apply.')).toMatch(/"not"/);
  });

  it('refuses a value of another type, and a value left over', () => {
    // A number where the demonstration's task named a column.
    const number = alignByPlaces(BOARD_DEMO, 'Move "Fix lights" to column 3 and click Update.', boardSteps, page);
    expect(number).toEqual({ gap: expect.stringMatching(/type (?:name|number)/) });
    // The column it leaves named too: one name more than the demonstration's task.
    const extra = alignByPlaces(BOARD_DEMO, 'Move "Fix lights" from Planned to Finished and click Update.', boardSteps, page);
    expect(extra).toEqual({ gap: expect.stringMatching(/names 3 value\(s\) of type name/) });
  });

  it('refuses a value the page does not show where the demonstrated one stood', () => {
    // "Update" is the button and "Rent tent" a card, but no column is named: the card stands where no column does.
    const placed = alignByPlaces(BOARD_DEMO, 'Move "Fix lights" to Garage and click Update.', boardSteps, page);
    expect(placed).toEqual({ gap: expect.stringMatching(/"Closed" was a button of class "col-head" on its page/) });
  });

  it('places a value the demonstration clicked as the name a price card opens with ("Classic from £20"): a name this page shows nowhere stands for none', () => {
    // An insurer's quote form: the demonstration's place opens its sentence (no name), its cover level is a card's first word.
    const dest = element('combobox', '', { label: 'Destination', options: ['UK only', 'Europe', 'Worldwide'] });
    const age = element('textbox', '', { label: 'Age of eldest' });
    const cover = (text: string) => element('radio', text, { tag: 'label', attributes: { class: 'card' } });
    const form = [dest, age, cover('Essential from £9'), cover('Classic from £20'), cover('Premier from £35'), element('button', 'See prices')];
    const [, , , classic, , go] = form as UIElement[];
    const steps = [
      step(form, { type: 'select', option: 'UK only', target: { elementId: dest.id } }),
      step(form, { type: 'type', text: '65', target: { elementId: age.id } }),
      click(form, classic!),
      click(form, go!),
    ];
    const demo = 'Cornwall trip, the eldest is 65. I\'d like Classic cover.';
    // "Scotland" is no card here: before, it stood for "Classic" as a name never acted on, and the cover step went wrong.
    const elsewhere = alignByPlaces(demo, 'insurance: Scotland | the eldest is 58 | full cover', steps, form);
    expect(elsewhere).toEqual({ gap: expect.stringMatching(/"Classic" was a radio of class "card" on its page; no name value of this task is one here \("Scotland"\)/) });
    // A card this page shows by that name stands for it.
    const premier = alignByPlaces(demo, 'Cornwall trip again, eldest 70. Premier cover this time.', steps, form);
    expect('alignment' in premier && premier.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['65', '70'], ['Classic', 'Premier']]);
  });

  it('refuses when the values could stand for the demonstration\'s in two ways', () => {
    // Both names shown as a column heading and as a plain button: either could be the column, either the button.
    const both = [column('Planned'), column('Active'), element('button', 'Planned'), element('button', 'Active')];
    const steps = [click(demoPage, closed), click(demoPage, apply)];
    const placed = alignByPlaces('Open Closed, then press Apply.', 'Open Planned, then press Active.', steps, both);
    expect(placed).toEqual({ gap: expect.stringMatching(/more than one way/) });
    // With the plain buttons showing only one of them, the pairing is one: the other is the column.
    const one = alignByPlaces('Open Closed, then press Apply.', 'Open Planned, then press Active.', steps, [...both.slice(0, 2), element('button', 'Active')]);
    expect('alignment' in one && one.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['Closed', 'Planned'], ['Apply', 'Active']]);
  });

  it('reads a wish as no verb ("I\'d like a table") and "write back" as a reply, while "like" asked of a post stays a verb', () => {
    expect(verbKeys('I\'d like a table at 20:00 for 2 - the name is Anna.')).toEqual([]);
    expect(verbGap('Book a table for 5 at 19:30 under the name Carla.', 'I\'d like a table at 20:00 for 2 - the name is Anna.')).toBeUndefined();
    expect(verbKeys('Like the post by Anna.')).toEqual(['like']);
    expect(verbGap('Like the post by Anna.', 'Unlike the post by Bruno.')).toMatch(/unlike/);
    expect(verbKeys('Please write back "Thanks" to Farah, who asked "Lunch tomorrow?".')).toEqual(['reply']);
    expect(verbGap('Reply to Gustav\'s message "Lunch tomorrow?" with "Thanks".', 'Please write back "Sure." to Farah, who asked "Lunch tomorrow?".')).toBeUndefined();
    // Writing a value into a field stays entering it.
    expect(verbKeys('Write "Oslo" in the City field.')).toEqual(['enter']);
  });

  it('reads "mark it Low" as giving the value, as "make it Low" does, while "mark it as done" and "mark the box" tick', () => {
    expect(verbKeys('I need help with shipping: "Charged twice" - mark it Low.')).toEqual(['make']);
    expect(verbKeys('Two tickets came in twice: flag those Urgent.')).toEqual(['make']);
    expect(verbGap('Ticket: "Refund not received" (Shipping, Urgent)', 'I need help with Billing: "Charged twice" - mark it High.')).toBeUndefined();
    expect(verbKeys('Mark it as done.')).toEqual(['check']);
    expect(verbKeys('Mark the Low box.')).toEqual(['check']);
  });

  it('reads a word after a possessive as its noun ("tonight\'s show", "my order"), no verb of the request', () => {
    expect(verbKeys("Book seats E5 and E6 for tonight's show.")).not.toContain('show');
    expect(verbGap('Could you grab D2, D3 for me?', "Book seats E5 and E6 for tonight's show.")).toBeUndefined();
    expect(verbKeys('Show my order.')).toEqual(['show']);
    expect(verbGap('Could you grab D2, D3 for me?', 'Show seats E5 and E6.')).toMatch(/show/);
  });

  it('needs no caption the steps pressed named by the new task when it asks the same in its own words ("take … out" / "Remove")', () => {
    const row = (name: string) => [element('text', name, { tag: 'span', interactive: false }), element('button', 'Remove')];
    const basket = [...row('Bananas'), ...row('Tomatoes'), ...row('Pasta')];
    const removed = [click(basket, basket[1]!)];
    const isData = (word: string) => ['remove', 'bananas', 'tomatoes', 'pasta'].includes(word);
    expect(alignByPlaces('Remove the Bananas.', 'Take the Tomatoes out.', removed, basket, isData)).not.toHaveProperty('gap');
    // A task asking no delete still leaves the pressed "Remove" unnamed.
    expect(alignByPlaces('Remove the Bananas.', 'Keep the Tomatoes.', removed, basket, isData)).toHaveProperty('gap');
  });

  it('needs no pronoun the steps acted on ("What\'s it for?" of a note field) named by the new task', () => {
    const jonah = element('button', 'Jonah Nowak', { attributes: { class: 'pill' } });
    const form = [jonah, element('button', 'Leo Larsen', { attributes: { class: 'pill' } }), element('textbox', '', { label: 'Amount' }), element('textbox', '', { label: "What's it for?" }), element('button', 'Send')];
    const [, , amount, note, send] = form as [UIElement, UIElement, UIElement, UIElement, UIElement];
    const steps = [click(form, jonah), step(form, { type: 'type', text: '117', target: { elementId: amount.id } }), step(form, { type: 'type', text: 'groceries', target: { elementId: note.id } }), click(form, send)];
    const isData = (word: string) => ['jonah', 'nowak', '117', 'groceries', "what's", 'it', 'for', 'send', 'amount'].includes(word);
    const placed = alignByPlaces('I owe Jonah Nowak $117 for "groceries" - please send it.', 'Send $6.15 to Leo Larsen for "rent".', steps, form, isData);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['Jonah Nowak', 'Leo Larsen'], ['117', '6.15'], ['groceries', 'rent']]);
    // "for Dad's birthday gift": "Dad" says whose the gift is; the whole phrase is typed where "groceries" was, never "Dad".
    const typedNote = [steps[0]!, steps[1]!, step(form, { type: 'type', text: 'groceries', target: { elementId: note.id } }), steps[3]!];
    const owned = alignByPlaces('I owe Jonah Nowak $117 for Groceries - please send it.', "Send $6.15 to Leo Larsen for Dad's birthday gift.", typedNote, form, isData);
    expect('alignment' in owned && owned.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['Jonah Nowak', 'Leo Larsen'], ['Groceries', "Dad's birthday gift"], ['117', '6.15']]);
    // Where the phrase ends is not said ("and the taxi", ", and …"): refused as before.
    expect(alignByPlaces('I owe Jonah Nowak $117 for Groceries - please send it.', "Send $6.15 to Leo Larsen for Dad's gift and the taxi.", typedNote, form, isData)).toEqual({ gap: expect.stringMatching(/"Dad" says whose/) });
    expect(alignByPlaces('I owe Jonah Nowak $117 for Groceries - please send it.', "Send $6.15 to Leo Larsen for Dad's gift, as agreed.", typedNote, form, isData)).toEqual({ gap: expect.stringMatching(/"Dad" says whose/) });
  });

  it('reads a text the demonstration typed from its task, repeated by the new task, as that value again ("for pizza night")', () => {
    const form = [element('button', 'Jonah Nowak', { attributes: { class: 'pill' } }), element('button', 'Leo Larsen', { attributes: { class: 'pill' } }), element('textbox', '', { label: 'Amount' }), element('textbox', '', { label: "What's it for?" }), element('button', 'Send')];
    const [jonah, , amount, note, send] = form as [UIElement, UIElement, UIElement, UIElement, UIElement];
    const steps = [click(form, jonah), step(form, { type: 'type', text: '101', target: { elementId: amount.id } }), step(form, { type: 'type', text: 'pizza night', target: { elementId: note.id } }), click(form, send)];
    const isData = (word: string) => ['jonah', 'nowak', '101', 'pizza', 'night', "what's", 'it', 'for', 'send', 'amount'].includes(word);
    const placed = alignByPlaces('Jonah Nowak is still waiting on $101 for pizza night. Can you transfer it?', 'Can you send Leo Larsen $26.35 for pizza night?', steps, form, isData);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['Jonah Nowak', 'Leo Larsen'], ['101', '26.35']]);
  });

  it('reads a possessive name both pages show in a row ("get Talia Iqbal\'s message out of my inbox") as naming that row', () => {
    const row = (text: string) => element('text', text, { tag: 'div', interactive: false });
    const archive = (sender: string) => element('button', 'Archive', { label: `Archive message from ${sender}` });
    const inbox = [row('Chiara Ferrara Lunch on Friday'), archive('Chiara Ferrara'), row('Talia Iqbal Quarterly numbers'), archive('Talia Iqbal'), row('Talia Ferrara Weekend plans'), archive('Talia Ferrara')];
    const steps = [click(inbox, inbox[1]!)];
    const placed = alignByPlaces('Inbox: archive Chiara Ferrara', "Could you get Talia Iqbal's message out of my inbox? Archive it, please.", steps, inbox);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['Chiara Ferrara', 'Talia Iqbal']]);
    // A name this page does not show is still whose the words after it are.
    expect(alignByPlaces('Inbox: archive Chiara Ferrara', "Could you get Olga Toth's message out of my inbox? Archive it, please.", steps, inbox)).toEqual({ gap: expect.stringMatching(/"Olga Toth" says whose/) });
  });

  it('reads a row picked by its sender in one text and by its subject in the other as one kind of task', () => {
    const row = (text: string) => element('text', text, { tag: 'div', interactive: false });
    const inbox = [row('Chiara Ferrara Lunch on Friday'), element('button', 'Archive'), row('Talia Iqbal Book club next week'), element('button', 'Archive')];
    const steps = [click(inbox, inbox[1]!)];
    const placed = alignByPlaces('Inbox: archive Chiara Ferrara', 'I\'ve dealt with "Book club next week" - archive it.', steps, inbox);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['Chiara Ferrara', 'Book club next week']]);
    // A subject this page does not show picks no row.
    expect('gap' in alignByPlaces('Inbox: archive Chiara Ferrara', 'I\'ve dealt with "Quarterly numbers" - archive it.', steps, inbox)).toBe(true);
    // Nor when the demonstration typed its value: then it went into a field, no row.
    const typed = [step(inbox, { type: 'type', text: 'Chiara Ferrara', target: { elementId: inbox[1]!.id } })];
    expect('gap' in alignByPlaces('Inbox: archive Chiara Ferrara', 'I\'ve dealt with "Book club next week" - archive it.', typed, inbox)).toBe(true);
    // A number a row shows ("3 unread") says something else than who or what: no stand-in for the sender.
    const counted = [row('Chiara Ferrara Lunch on Friday'), element('button', 'Archive'), row('Talia Iqbal 3 unread'), element('button', 'Archive')];
    expect('gap' in alignByPlaces('Inbox: archive Chiara Ferrara', 'Archive the mail with 3 unread.', [click(counted, counted[1]!)], counted)).toBe(true);
  });

  it('compares two wordings without a reason said after a dash (rules/reason-aside.ts)', () => {
    const room = (text: string) => element('button', text, { attributes: { class: 'room' } });
    const rooms = [room('Blue Room'), room('Red Room'), room('Oak Hall'), element('button', 'Next')];
    const [blue, , , next] = rooms as [UIElement, UIElement, UIElement, UIElement];
    const steps = [click(rooms, blue), click(rooms, next)];
    const placed = alignByPlaces("I'd like the Blue Room - we came late last time.", 'Could you grab the Oak Hall for me?', steps, rooms);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['Blue Room', 'Oak Hall']]);
    // Said as part of the request, "last" is a direction all the same.
    expect(alignByPlaces("I'd like the Blue Room, the last one.", 'Could you grab the Oak Hall for me?', steps, rooms)).toEqual({ gap: expect.stringMatching(/"last"/) });
  });

  it('reads verbs that only point at what the task acts on as no request of their own (rules/pointing-verbs.ts)', () => {
    // "Show me …" opens; "Find … and open it" locates; "make the counter show -9" is what the counter does.
    expect(verbGap('Click the card of the seller Keiko.', 'Show me the item Mei listed.')).toBeUndefined();
    expect(verbGap('Click the card whose price is $61.', 'Find the $11 item and open it.')).toBeUndefined();
    expect(verbGap('Set the counter to -7 with its arrows and press Send.', 'Use the arrows to make the counter show -9, then click Submit.')).toBeUndefined();
    // Ticking an item where the other text selects it: one request.
    expect(verbGap('Select Mac and Cheese from the menu, then click Submit.', 'Tick Fish and Chips on the menu and hit Go.')).toBeUndefined();
    // A search asked by name, a find that deletes, ticking where the other text types, showing where the other hides: still apart.
    expect(verbGap('Click the card whose price is $61.', 'Search for "lamp" and open it.')).toMatch(/search/);
    expect(verbGap('Click the card whose price is $61.', 'Find the $11 item and delete it.')).toMatch(/search|delete/);
    expect(verbGap('Tick Breakfast, then click Send.', 'Enter K7Q2 as the promo code, then click Save.')).toMatch(/check/);
    expect(verbGap('Untick Breakfast, then click Send.', 'Select Breakfast, then click Send.')).toMatch(/uncheck/);
    expect(verbGap('Show the hidden rows.', 'Hide the hidden rows.')).toMatch(/hide/);
  });

  it('reads a figure picked by its words as the value, and a signed number as a number (rules/figure-values.ts)', () => {
    const swatch = (words: string) => element('button', '', { attributes: { figure: words } });
    const demoSwatches = [swatch('purple'), swatch('red')];
    const swatchSteps = [click(demoSwatches, demoSwatches[0]!)];
    const now = [swatch('green'), swatch('red')];
    const placed = alignByPlaces('Select the purple one of the colours.', 'Click the red swatch.', swatchSteps, now);
    expect('alignment' in placed && placed.alignment.slots).toEqual([{ old: ['purple'], new: ['red'], list: false, kind: 'text' }]);
    // Without a figure the demonstration picked by its words, two texts naming no value stay apart.
    expect(alignByPlaces('Select the purple one of the colours.', 'Click the red swatch.', [click(demoSwatches, demoSwatches[1]!)], now)).toEqual({ gap: expect.stringMatching(/names no value/) });
    // "-7" and "-9" are values: the counter is set to the new one, never left at the demonstrated one.
    const up = element('button', '▲');
    const send = element('button', 'Send');
    const counter = [up, send];
    const counterSteps = [click(counter, up), click(counter, send)];
    const signed = alignByPlaces('Set the counter to -7 with its arrows and press Send.', 'Use the arrows to make the counter show -9, then click Send.', counterSteps, counter);
    expect('alignment' in signed && signed.alignment.slots).toEqual([{ old: ['-7'], new: ['-9'], list: false, kind: 'number' }]);
  });

  it('refuses a number it reads as no value rather than follow the demonstration unchanged', () => {
    // "2nd" is no value of value-spans.ts: read past, the card would go to the demonstrated place.
    expect(alignByPlaces(BOARD_DEMO, 'Card "Fix lights" goes under the 2nd column, Finished; press Update afterwards.', boardSteps, page)).toEqual({ gap: expect.stringMatching(/number this reading takes for no value \("2nd"\)/) });
    // The same such word in both texts ("2nd" / "2nd") changes nothing: no refusal for it.
    const both = alignByPlaces('The card "Book venue" belongs in the 2nd column, Closed; press Apply.', 'Card "Fix lights" goes under the 2nd column, Finished; press Update afterwards.', boardSteps, page);
    expect('gap' in both ? both.gap : '').not.toMatch(/no value/);
  });

  it('reads verbs outside the values only (a quoted "Book venue" asks for no booking)', () => {
    expect(verbKeys('Move "Book venue" to Closed.')).toEqual(['move']);
    expect(verbKeys('Book "Dentist" for 09:00 and hit Done.').sort()).toEqual(['assign', 'click']);
  });

  it('needs no word of the caption of the control that sent the form, and every other word still', () => {
    const branch = (label: string) => element('combobox', 'Choose…', { label, options: ['Riverside', 'Central', 'Northgate'] });
    const holdForm = (caption: string, extra: UIElement[] = []) => {
      const shell = element('form', '', { tag: 'form', interactive: false });
      const controls = [element('textbox', '', { label: 'Book title', parentId: shell.id }), { ...branch('Branch'), parentId: shell.id }, element('button', caption, { parentId: shell.id, attributes: { type: 'submit' } }), ...extra];
      return [shell, ...controls];
    };
    const holdSteps = (form: UIElement[], more: Step[] = []) => [
      step(form, { type: 'type', text: 'A Map of Small Rivers', target: { elementId: form[1]!.id } }),
      step(form, { type: 'select', option: 'Riverside', target: { elementId: form[2]!.id } }),
      click(form, form[3]!),
      ...more,
    ];
    const isData = () => true;
    const demo = 'Could you put "A Map of Small Rivers" on hold for me at Riverside?';
    const asked = 'Reserve "Paper Moons" at Central, please.';
    // "Place hold" sent the form: asking for the form's task asks for that press, whatever the caption says.
    const placed = holdForm('Place hold');
    const reserved = alignByPlaces(demo, asked, holdSteps(placed), holdForm('Place hold'), isData);
    expect('alignment' in reserved && reserved.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['A Map of Small Rivers', 'Paper Moons'],
      ['Riverside', 'Central'],
    ]);
    // A press on a control of the form that does not send it (the form's type=submit is "Confirm") is a word of the request.
    const twoStep = holdForm('Confirm');
    const holdButton = element('button', 'Place hold', { parentId: twoStep[0]!.id, attributes: { type: 'button' } });
    const withHold = [...twoStep, holdButton];
    const pressed = [...holdSteps(withHold).slice(0, 2), click(withHold, holdButton), click(withHold, withHold[3]!)];
    expect(alignByPlaces(demo, asked, pressed, withHold, isData)).toEqual({ gap: expect.stringMatching(/acted on "hold"/) });
    // A caption that backs out or destroys never sends: "Cancel hold" stays a word the new task must name.
    const cancelled = holdForm('Cancel hold');
    expect(alignByPlaces('Could you take "A Map of Small Rivers" at Riverside off hold for me?', asked, holdSteps(cancelled), cancelled, isData)).toEqual({ gap: expect.stringMatching(/acted on "hold"/) });
    // The verb checks still judge what each text asks: a deleting request is no reserving one, whatever the caption.
    expect('gap' in alignByPlaces('Delete the hold of "A Map of Small Rivers" at Riverside.', asked, holdSteps(placed), placed, isData)).toBe(true);
  });

  it('reads a relayed message\'s sender as no value, unless the page shows that name', () => {
    const title = element('textbox', '', { label: 'Title' });
    const branch = element('combobox', 'Choose…', { label: 'Branch', options: ['Central', 'Riverside', 'Northgate'] });
    const hold = element('button', 'Place hold');
    const form = [title, branch, hold];
    const steps = [step(form, { type: 'type', text: 'The Glass Kitchen', target: { elementId: title.id } }), step(form, { type: 'select', option: 'Central', target: { elementId: branch.id } }), click(form, hold)];
    const demo = 'Place a hold on The Glass Kitchen for pickup at Central.';
    const relayed = 'Message from Dana: "can you get The Silent Orchard for me? I will pick it up at Riverside, thanks"';
    const placed = alignByPlaces(demo, relayed, steps, form);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Central', 'Riverside'],
      ['The Glass Kitchen', 'The Silent Orchard'],
    ]);
    // A page that offers "Dana" among its choices: the name may be one the task makes, so it counts (and is left over).
    const offering = [title, { ...branch, options: ['Central', 'Riverside', 'Dana'] }, hold];
    expect('gap' in alignByPlaces(demo, relayed, steps, offering)).toBe(true);
  });
});

describe('planning a demonstration worded differently (plan-demonstration.ts, retrieve-plans.ts)', () => {
  const BOARD = { url: 'http://127.0.0.1:4100/board.html' };
  const recorded = (url: string): Trajectory =>
    ({
      id: 'board',
      task: BOARD_DEMO,
      steps: boardSteps.map((one, index) => ({ ...one, index, observation: { ...one.observation, url }, result: { ok: true } })),
      outcome: { status: 'success' },
      metadata: {},
    }) as unknown as Trajectory;

  it('follows the demonstration of this page: its steps rewritten with the new values', () => {
    const plan = planDemonstration(recorded(BOARD.url), 'Move "Fix lights" to Finished and click Update.', page, { url: 'http://127.0.0.1:5200/board.html' });
    expect(plan.fit).toBeGreaterThanOrEqual(0.5);
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps.map((planned) => planned.bindings.map((binding) => `${binding.old} → ${binding.new}`).sort())).toEqual(
      plan.steps.map(() => ['Apply → Update', 'Book venue → Fix lights', 'Closed → Finished']),
    );
    expect(plan.notes.join('; ')).toMatch(/read as one kind of task on this page/);
  });

  it('never reads another page\'s demonstration so: the template fit stands', () => {
    const plan = planDemonstration(recorded('http://127.0.0.1:4100/other.html'), 'Move "Fix lights" to Finished and click Update.', page, BOARD);
    expect(plan.fit).toBeLessThan(0.5);
    expect(plan.kindGap).toBeUndefined();
  });

  it('says in the refusal what did not align', () => {
    const plan = planDemonstration(recorded(BOARD.url), 'Move "Fix lights" from Planned to Finished and click Update.', page, BOARD);
    expect(plan.fit).toBeLessThan(0.5);
    expect(explainNoPlan([plan], 0.5).reason).toMatch(/another kind of task: .*read by its values' kinds and places on this page they do not align: this task names 3 value\(s\) of type name/);
  });
});

describe('a seat of a map placed by the code it shows', () => {
  /** A seat map line: the letter heading it, then seats reading their numbers (grid-codes.ts). */
  const line = (row: string, y: number, labelled = false) => [
    element('rowheader', row, { tag: 'th', interactive: false, box: { x: 0, y, width: 10, height: 12 } }),
    ...[1, 2, 3].map((number) =>
      element('button', String(number), { attributes: { class: 'seat' }, box: { x: number * 16, y, width: 14, height: 12 }, ...(labelled ? { label: `Row ${row}, seat ${number}` } : {}) }),
    ),
  ];

  it('pairs "Seats: B3" with the demonstration\'s "Row C, seat 1" where both maps show those codes as seats, however drawn', () => {
    const demoSeats = [element('button', 'C1', { attributes: { class: 'seat' } }), element('button', 'C2', { attributes: { class: 'seat' } })];
    const next = element('button', 'Next', { attributes: { class: 'go' } });
    const steps = [click([...demoSeats, next], demoSeats[0]!), click([...demoSeats, next], next)];
    const table = [...line('A', 20), ...line('B', 36), element('button', 'Checkout', { attributes: { class: 'go' } })];
    const placed = alignByPlaces('Row C, seat 1 - that one please.', 'Seats: B3', steps, table);
    expect('alignment' in placed && placed.alignment.slots).toMatchObject([{ old: ['C1'], new: ['B3'], list: false }]);
    // A code no seat here shows ("E3" on a map of rows A and B) stands in no place: refused.
    expect('gap' in alignByPlaces('Row C, seat 1 - that one please.', 'Seats: E3', steps, table)).toBe(true);
  });

  it('reads no list of seats the map knows only by grid code: the repetition finds an item by the words it shows', () => {
    const demoSeats = [element('button', 'C1', { attributes: { class: 'seat' } }), element('button', 'C2', { attributes: { class: 'seat' } })];
    const next = element('button', 'Next', { attributes: { class: 'go' } });
    const steps = [click([...demoSeats, next], demoSeats[0]!), click([...demoSeats, next], demoSeats[1]!), click([...demoSeats, next], next)];
    const table = [...line('A', 20), ...line('B', 36), element('button', 'Checkout', { attributes: { class: 'go' } })];
    expect('gap' in alignByPlaces('Could you grab C1, C2 for me?', 'Seats: B3', steps, table)).toBe(true);
    // The same list where the seats show their codes pairs as one list.
    const shown = [element('button', 'B3', { attributes: { class: 'seat' } }), element('button', 'Checkout', { attributes: { class: 'go' } })];
    const placed = alignByPlaces('Could you grab C1, C2 for me?', 'Seats: B3', steps, shown);
    expect('alignment' in placed && placed.alignment.slots).toMatchObject([{ old: ['C1', 'C2'], new: ['B3'], list: true }]);
  });
});

describe('alignByPlaces: days and times written otherwise than the page writes them', () => {
  const chip = (text: string, extra: Partial<UIElement> = {}) => element('button', text, { attributes: { class: 'day' }, ...extra });
  const slot = (text: string) => element('button', text, { attributes: { class: 'slot' } });
  const salon = (days: string[], times: string[]) => [...days.map((day) => chip(day)), ...times.map(slot), element('button', 'Book', { attributes: { class: 'book' } })];

  it('pairs a short lower-case weekday with the demonstrated day, where the page offers day chips', () => {
    const demo = salon(['Mon 16', 'Tue 17', 'Fri 20'], ['12:00', '2:00 PM']);
    const steps = [click(demo, demo[0]!), click(demo, demo[3]!), click(demo, demo[5]!)];
    const now = salon(['Mon 23', 'Thu 26', 'Fri 27'], ['12:00', '14:00']);
    const placed = alignByPlaces('Book me in on Monday at 12:00.', 'salon: fri, 14:00', steps, now);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Monday', 'Friday'],
      ['12:00', '14:00'],
    ]);
    // Without day chips "fri" is no day: the demonstration's day has no counterpart.
    const noDays = [slot('12:00'), slot('14:00'), element('button', 'Book', { attributes: { class: 'book' } })];
    expect('gap' in alignByPlaces('Book me in on Monday at 12:00.', 'salon: fri, 14:00', steps, noDays)).toBe(true);
  });

  it('places a time at the slot that shows it on another clock or spacing ("1:30pm" at "1:30 PM")', () => {
    const demo = salon(['Wed 12', 'Thu 13'], ['1:30 PM', '2:30 PM']);
    const steps = [click(demo, demo[1]!), click(demo, demo[2]!), click(demo, demo[4]!)];
    const now = salon(['Wed 15', 'Thu 16'], ['1:30 PM', '2:30 PM']);
    const placed = alignByPlaces('Could you get me a haircut on Thu 13 at 1:30pm?', 'Could you get me a haircut on Wed 15 at 2:30pm?', steps, now);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Thu 13', 'Wed 15'],
      ['1:30pm', '2:30pm'],
    ]);
    // A time no slot of this page shows has no place: refused.
    expect('gap' in alignByPlaces('Could you get me a haircut on Thu 13 at 1:30pm?', 'Could you get me a haircut on Wed 15 at 4:45pm?', steps, now)).toBe(true);
  });
});

describe('alignByPlaces: values clicked in places only the demonstration\'s own steps revealed (a menu\'s rows)', () => {
  const row = (text: string) => element('button', text, { tag: 'div', attributes: { class: 'cat' } });
  const tile = (text: string) => element('link', text, { tag: 'a', attributes: { class: 'ttl' } });
  const toggle = element('button', 'Categories', { tag: 'div', attributes: { class: 'menu-toggle' } });
  const first = [toggle, tile('Guitar for starters'), tile('Python basics')];
  const languages = row('Languages');
  const opened = [...first, languages, row('Programming'), row('Music')];
  const italian = row('Italian');
  const deeper = [...opened, italian, row('Spanish')];
  const enrol = element('button', 'Enrol');
  const listed = [...deeper, tile('Italian for travellers'), enrol];
  const steps = [click(first, toggle), click(opened, languages), click(deeper, italian), click(listed, enrol)];
  const demo = 'In the catalogue go to Languages › Italian and enrol in the course there.';

  it('pairs them in order when neither the first page of the demonstration nor this page shows such places yet', () => {
    const closed = [element('button', 'Categories', { tag: 'div', attributes: { class: 'menu-toggle' } }), tile('Piano in a month')];
    const placed = alignByPlaces(demo, 'Browse Music > Piano and enrol in the course listed.', steps, closed);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Languages', 'Music'],
      ['Italian', 'Piano'],
    ]);
  });

  it('still asks the values to stand there when this page shows such places (the menu open, no row "Piano")', () => {
    const open = [element('button', 'Categories', { tag: 'div', attributes: { class: 'menu-toggle' } }), row('Languages'), row('Music'), row('Guitar')];
    expect('gap' in alignByPlaces(demo, 'Browse Music > Piano and enrol in the course listed.', steps, open)).toBe(true);
  });
});

describe('alignByPlaces: a request the demonstration asked by the control it pressed (rules/pressed-verbs.ts)', () => {
  const days = ['Sat, 8 Mar', 'Tue, 4 Mar', 'Mon, 17 Mar'];
  const flightForm = (caption: string) => {
    const from = element('textbox', '', { label: 'From', value: 'Athens (ATH)' });
    const to = element('textbox', '', { label: 'To', value: 'Zurich (ZRH)' });
    const depart = element('combobox', 'Sat, 8 Mar', { label: 'Depart', options: days });
    const pax = element('combobox', '1 adult', { label: 'Passengers', options: ['1 adult', '2 adults', '3 adults', '4 adults'] });
    // A swap button beside the fields: the page has no one button that sends it (rules/closing-control.ts).
    const swap = element('button', '⇅', { label: 'Swap cities' });
    const go = element('button', caption);
    return { page: [from, swap, to, depart, pax, go], from, to, depart, pax, go };
  };
  // Words the demonstration acted on that a new task would have to name: the caption's and the labels'.
  const isData = (word: string) => ['flights', 'search', 'show', 'find', 'depart', 'passengers'].includes(word);
  const dayAndSearch = (caption: string) => {
    const form = flightForm(caption);
    return { form, steps: [step(form.page, { type: 'select', option: 'Mon, 17 Mar', target: { elementId: form.depart.id } }), click(form.page, form.go)] };
  };

  it('reads a text that names no search as asking one when its steps pressed "Search flights"', () => {
    const form = flightForm('Search flights');
    const typeCities = (on: typeof form) => [step(on.page, { type: 'type', text: 'Athens', target: { elementId: on.from.id }, replace: true }), step(on.page, { type: 'type', text: 'Oslo', target: { elementId: on.to.id }, replace: true })];
    const steps = [...typeCities(form), step(form.page, { type: 'select', option: 'Sat, 8 Mar', target: { elementId: form.depart.id } }), click(form.page, form.go)];
    const placed = alignByPlaces('Trip: Athens → Oslo, March 8', 'Search Athens to Zurich on March 4.', steps, flightForm('Search flights').page, isData);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([
      ['Oslo', 'Zurich'],
      ['March 8', 'March 4'],
    ]);
    // A press that asked to show, no search: the search stays this task's own.
    const shown = flightForm('Show flights');
    const showSteps = [...typeCities(shown), step(shown.page, { type: 'select', option: 'Sat, 8 Mar', target: { elementId: shown.depart.id } }), click(shown.page, shown.go)];
    expect(alignByPlaces('Trip: Athens → Oslo, March 8', 'Search Athens to Zurich on March 4.', showSteps, flightForm('Show flights').page, isData)).toEqual({ gap: expect.stringMatching(/asks to search/) });
  });

  it('needs no word of a pressed caption whose verb the new task asks ("Find flights" / "search …"), and every word of one it does not', () => {
    const found = dayAndSearch('Find flights');
    const placed = alignByPlaces('Find flights from Athens to Zurich on 17 Mar.', 'On 4 Mar, search Athens to Zurich.', found.steps, flightForm('Find flights').page, isData);
    expect('alignment' in placed && placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]])).toEqual([['17 Mar', '4 Mar']]);
    // "Show flights" was pressed beside a second worded button ("Show hotels"), so it is not the page's one sender whose
    // words are the page's (rules/page-captions.ts): its "flights" names what the demonstration's text asked for, and this task does not.
    const shown = dayAndSearch('Show flights');
    const twoSenders = [...flightForm('Show flights').page, element('button', 'Show hotels')];
    expect(alignByPlaces('Find flights from Athens to Zurich on 17 Mar.', 'On 4 Mar, search Athens to Zurich.', shown.steps, twoSenders, isData)).toEqual({ gap: expect.stringMatching(/"flights"/) });
  });
});

describe('alignByPlaces: a list of picks in the page\'s one list box, of another length, whatever the box is labelled', () => {
  const URL = 'http://127.0.0.1:4100/multi-select.html';
  const listBox = (label: string, options: string[]) => element('listbox', '', { tag: 'select', label, options });
  const pick = (elements: UIElement[], box: UIElement, option: string, modifiers?: ('Control' | 'Meta' | 'Shift')[]) =>
    step(elements, { type: 'select', target: { elementId: box.id }, option, ...(modifiers ? { modifiers } : {}) } as Action);
  const DEMO = 'Select Porto, Riga and Oslo in the list (hold Ctrl to pick several), then press Apply.';
  const TASK = 'Choose exactly Kiwis and Cherries from the list and click Go.';
  // The demonstration's page: one list box labelled "Favourites", picked with a plain click then Ctrl-clicks.
  const favourites = listBox('Favourites', ['Oslo', 'Lisbon', 'Porto', 'Turin', 'Riga']);
  const applyButton = element('button', 'Apply');
  const demoSheet = [favourites, applyButton];
  const demoSteps = (firstModifiers?: ('Control' | 'Meta' | 'Shift')[]) => [
    pick(demoSheet, favourites, 'Porto', firstModifiers),
    pick(demoSheet, favourites, 'Riga', ['Control']),
    pick(demoSheet, favourites, 'Oslo', ['Control']),
    click(demoSheet, applyButton),
  ];
  // The page the task runs on: the same one list box, labelled "Choose" this time, other options, another caption.
  const choose = listBox('Choose', ['Apples', 'Kiwis', 'Figs', 'Cherries']);
  const sheet = [choose, element('button', 'Go')];

  it('pairs the two runs as one list slot: the options of the one list box stand where the demonstration\'s stood', () => {
    const placed = alignByPlaces(DEMO, TASK, demoSteps(), sheet);
    expect('alignment' in placed && placed.alignment.slots).toMatchObject([{ old: ['Porto', 'Riga', 'Oslo'], new: ['Kiwis', 'Cherries'], list: true }, { old: ['Apply'], new: ['Go'] }]);
  });

  it('plans one pick per new item in the new order, the later ones holding Control so that they add up', () => {
    const recorded = {
      id: 'multi',
      task: DEMO,
      steps: demoSteps().map((one, index) => ({ ...one, index, observation: { ...one.observation, url: URL }, result: { ok: true } })),
      outcome: { status: 'success' },
      metadata: {},
    } as unknown as Trajectory;
    const plan = applyPlanRules(planDemonstration(recorded, TASK, sheet, { url: URL }));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    const picks = plan.steps.flatMap((planned) => {
      const action = planned.step.action;
      return action.type === 'select' ? [`${substitute(action.option, planned.bindings).text} ${(action.modifiers ?? []).join('+')}`.trim()] : [];
    });
    expect(picks).toEqual(['Kiwis', 'Cherries Control']);
  });

  it('refuses "exactly" where the demonstration\'s first pick held Control: its picks add to what the page had selected', () => {
    const placed = alignByPlaces(DEMO, TASK, demoSteps(['Control']), sheet);
    expect('gap' in placed && placed.gap).toMatch(/names 3 value\(s\) of type name/);
    // Without "exactly" the same picks are the task's: the list pairs.
    expect('alignment' in alignByPlaces(DEMO, 'Select Kiwis and Cherries in the list, then press Go.', demoSteps(['Control']), sheet)).toBe(true);
  });

  it('keeps two lists apart by their labels: a page with a second list box pairs no option of a relabelled one', () => {
    const twoLists = [choose, listBox('Others', ['Kiwis', 'Cherries', 'Figs']), element('button', 'Go')];
    expect('gap' in alignByPlaces(DEMO, TASK, demoSteps(), twoLists)).toBe(true);
    // A drop-down is another kind of list than a list box: no stand-in either.
    const dropDown = [element('combobox', 'Apples', { label: 'Choose', options: ['Apples', 'Kiwis', 'Cherries'] }), element('button', 'Go')];
    expect('gap' in alignByPlaces(DEMO, TASK, demoSteps(), dropDown)).toBe(true);
  });

  it('refuses an item the list box does not offer', () => {
    const placed = alignByPlaces(DEMO, 'Choose exactly Kiwis and Mangoes from the list and click Go.', demoSteps(), sheet);
    expect('gap' in placed).toBe(true);
  });
});

describe('alignByPlaces: a list split at "and" by the names the page shows whole (rules/and-names.ts)', () => {
  // A menu of tick boxes labelled by their dishes, then a closing button.
  const box = (dish: string) => element('checkbox', '', { tag: 'input', label: dish });
  const menu = (dishes: readonly string[], caption: string) => [...dishes.map(box), element('button', caption)];
  const demoMenu = menu(['Mac and Cheese', 'Tomato Soup', 'Cola', 'Brownie'], 'Submit');
  const [macAndCheese, , , , submit] = demoMenu as [UIElement, UIElement, UIElement, UIElement, UIElement];
  const menuSteps = [click(demoMenu, macAndCheese), click(demoMenu, submit)];
  const MENU_DEMO = 'Select Mac and Cheese from the menu, then click Submit.';
  const slotsOf = (placed: ReturnType<typeof alignByPlaces>) => ('gap' in placed ? placed.gap : placed.alignment.slots.map((slot) => `${slot.old.join(' + ')} → ${slot.new.join(' + ')}`));

  it('reads a dish the page names whole ("Fish and Chips") as one value, on both sides', () => {
    const here = menu(['Fish and Chips', 'Strawberries and Cream', 'Iced Tea', 'Green Salad'], 'Done');
    expect(slotsOf(alignByPlaces(MENU_DEMO, 'Tick Fish and Chips on the menu and hit Done.', menuSteps, here))).toEqual(['Mac and Cheese → Fish and Chips', 'Submit → Done']);
    // A list of another length is still judged as a list, each dish one item.
    expect(slotsOf(alignByPlaces(MENU_DEMO, 'Tick Strawberries and Cream, Iced Tea on the menu and hit Done.', menuSteps, here))).toEqual(['Mac and Cheese → Strawberries and Cream + Iced Tea', 'Submit → Done']);
  });

  it('keeps two items the page shows apart ("Salt" and "Pepper") two', () => {
    const here = menu(['Salt', 'Pepper', 'Iced Tea', 'Green Salad'], 'Done');
    expect(slotsOf(alignByPlaces(MENU_DEMO, 'Tick Salt and Pepper on the menu and hit Done.', menuSteps, here))).toEqual(['Mac and Cheese → Salt + Pepper', 'Submit → Done']);
  });

  it('refuses a list the page reads both ways (it names "Fish and Chips", "Fish" and "Chips")', () => {
    const here = menu(['Fish and Chips', 'Fish', 'Chips', 'Green Salad'], 'Done');
    const placed = alignByPlaces(MENU_DEMO, 'Tick Fish and Chips on the menu and hit Done.', menuSteps, here);
    expect('gap' in placed && placed.gap).toContain('can be read as one item or as "Fish" and "Chips"');
  });
});
