/**
 * The project's own MiniWoB-protocol task suite: what tasks exist, where the
 * pages live, and a way to read their instructions in a real browser.
 *
 * The pages themselves are `html/miniwob/<name>.html` (one per task, each with
 * an inline seeded `genProblem()`), driven by our own `html/core/core.js`,
 * which exposes the same globals as the MiniWoB++ core so the harness treats
 * this folder and a checkout of the real pages alike.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { UserFacingError } from '../../agent/core/errors.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import type { MiniwobPageGlobals } from './page-globals.js';
import { startEpisodeInPage, utteranceInPage } from '../miniwob/start-episode.js';

export interface SuiteTask {
  /** Page name: `html/miniwob/<name>.html`. */
  name: string;
  /** The kind of interaction it exercises (several tasks may share one). */
  family: string;
  /** One line for people: what the task asks. */
  description: string;
  /** The page's `core.EPISODE_MAX_TIME`, milliseconds. */
  maxTimeMs: number;
  /**
   * Which suite the page belongs to: 'first' grew together with the offline
   * policy; 'second' was written apart from it, to other conventions (real
   * widget libraries, native inputs, shadow DOM, iframes, varying captions).
   */
  suite: SuiteName;
}

export type SuiteName = 'first' | 'second';

/** Default episode limit of core.js, milliseconds. */
const DEFAULT_MAX_TIME_MS = 10_000;

/**
 * The first suite, simple families first (the order they were written and the
 * order a quick smoke run should take them in).
 */
const FIRST_SUITE: readonly Omit<SuiteTask, 'suite'>[] = [
  { name: 'click-button', family: 'click', description: 'Click the button with the given label among several.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'click-link', family: 'click', description: 'Click the named link inside a paragraph of text.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'enter-text', family: 'text-entry', description: 'Type a given word into a field and press Submit.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'login-user', family: 'login', description: 'Fill username and password, then press Login.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'click-checkboxes', family: 'checkbox', description: 'Leave exactly the named boxes ticked in a list of 2–7 (partial reward), then Submit.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'choose-list', family: 'select', description: 'Choose the named option of a <select> and Submit.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'chosen-items', family: 'select', description: 'Available / Chosen lists with an Add button: move the 1–3 named items over (pick, Add), and when the task says so close with a press on the button it names by a varying caption (one of two).', maxTimeMs: 30_000 },
  { name: 'click-tab', family: 'tab', description: 'Switch tabs to find and click the named link.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'enter-password', family: 'text-entry', description: 'Type the same password into two password fields and Submit.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'click-option', family: 'radio', description: 'Pick the named radio option and Submit.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'click-collapsible', family: 'collapsible', description: 'Expand collapsed sections to find and click the named link.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'click-dialog', family: 'dialog', description: 'Click the named button (or the close ×) of a dialog box.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'click-button-sequence', family: 'click', description: 'Click button ONE, then button TWO.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'focus-text', family: 'focus', description: 'Focus the named (1st, 2nd, 3rd) text field.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'fill-form', family: 'form', description: 'Fill name, email and a department select, then Send.', maxTimeMs: 20_000 },
  { name: 'search-engine', family: 'search', description: 'Search a term, then page through results to click the Nth one.', maxTimeMs: 20_000 },
  { name: 'email-inbox', family: 'email', description: 'Open a message by sender, then delete it, reply with a text, or forward it.', maxTimeMs: 30_000 },
  { name: 'choose-date', family: 'date-picker', description: 'Pick an MM/DD/YYYY date in a pop-up month calendar and Submit.', maxTimeMs: 20_000 },
  { name: 'book-flight', family: 'booking', description: 'Three steps: route and date, the cheapest or shortest flight, the passenger name.', maxTimeMs: 30_000 },
  { name: 'scroll-list', family: 'scroll', description: 'Scroll a long list to find and click the named item.', maxTimeMs: 20_000 },
  { name: 'drag-items', family: 'drag', description: 'Drag the named item of a sortable list to a position, then Submit.', maxTimeMs: 20_000 },
  { name: 'use-autocomplete', family: 'autocomplete', description: 'Type a prefix and choose the suggestion that also has the given ending.', maxTimeMs: 20_000 },
  { name: 'click-menu', family: 'menu', description: 'Open a menu bar item and its sub-menus to click the named path.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'case-text', family: 'text-entry', description: 'Type a phrase in the letter case (or without the spaces) the instruction names, in one of several wordings.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'lookup-copy', family: 'copy-from-page', description: 'A directory as a table or as cards: type the phone or city of the person the instruction names (read off the page).', maxTimeMs: 20_000 },
  { name: 'month-calendar', family: 'date-picker', description: 'An always-open hand-written month calendar (‹ › paging, Monday first, neighbouring days shown): pick a date 0–8 months away, written in one of several forms.', maxTimeMs: 25_000 },
  { name: 'date-time-text', family: 'text-entry', description: 'A text date field (mm/dd/yyyy or dd.mm.yyyy) and a text time field (12- or 24-hour) given in another form by the instruction.', maxTimeMs: 25_000 },
  { name: 'folder-tree', family: 'tree', description: 'Folder tree (role=tree with aria-expanded, or plain nested lists with ▸ toggles): open the folders of a path 1–4 deep, some already open, and open the named file (the name recurs elsewhere).', maxTimeMs: 20_000 },
  { name: 'collapsed-nav', family: 'menu', description: 'Site navigation collapsed behind a toggle whose caption varies (maybe already open): go to a named page, sometimes inside a second-level group.', maxTimeMs: 15_000 },
  { name: 'author-feed', family: 'feed', description: 'Feed in a scrolling pane with a "Load more" button: like, share or save the post by @user, 0–3 loads away; similar handles and mentions nearby.', maxTimeMs: 30_000 },
  { name: 'contact-pager', family: 'feed', description: 'A contact book showing one card at a time, paged with a next button (caption varies): click the phone or e-mail link of the named contact, 0–6 pages away; a look-alike name elsewhere.', maxTimeMs: 20_000 },
  { name: 'reword-transfer', family: 'form', description: 'Transfer form filled from a name, an amount and a quoted note given in one of several phrasings, in different orders.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'reword-message', family: 'form', description: 'Message form: an e-mail address, a quoted subject and a quoted message in phrasings that swap the two quoted texts (told apart by the words before them).', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'board-apply', family: 'board', description: 'A three-column task board (column names and cards vary): click a quoted card, then the heading of the column it belongs in, then the button named (Apply, Save or Update); the instruction is worded in one of seven phrasings, some naming the column it leaves.', maxTimeMs: 20_000 },
  { name: 'event-entry', family: 'form', description: 'An event form (title, start and end typed as 24-hour times, an optional place select, a button whose caption varies) told in one of six phrasings; about half name a place.', maxTimeMs: 25_000 },
  { name: 'closing-caption', family: 'form', description: 'A one-field form whose closing control varies by seed in caption (Submit, Go, Send, OK, Apply, Continue, Save, Done, Book it) and markup (button, input, link or div role=button, icon-only named by aria-label or title); half the seeds add a Cancel / Reset / Clear before or after it; the instruction never names it.', maxTimeMs: 15_000 },
  { name: 'notice-close', family: 'dialog', description: 'A modal notice over a page of links, closed by an icon whose glyph, markup and name vary by seed (×, x, ✕, ✖, an SVG; button, link, span or div; aria-label, title or no name); some seeds add a "Learn more" link; then click the quoted link.', maxTimeMs: 15_000 },
  { name: 'team-wishes', family: 'form', description: 'A sign-up form (a nickname typed, a team chosen from a drop-down, Save) whose instruction is worded freely per seed: imperative, wish ("I\'d like …"), question ("Could you …?"), "… should be …", the two fields in either order, called box, field or nothing.', maxTimeMs: 15_000 },
  { name: 'keyed-form', family: 'copy-from-page', description: 'A key / value table and a form of two fields labelled by two of its keys in their own order: each field takes its row\'s value (upstream read-table-2).', maxTimeMs: 20_000 },
  { name: 'count-spinner', family: 'native-input', description: 'A read-only counter at 0 with ▲ / ▼ buttons: bring it to a number from −9 to 9 by clicking one arrow that many times (upstream use-spinner).', maxTimeMs: 20_000 },
  { name: 'pick-swatch', family: 'click', description: 'Colour swatches without words (3–5, shades vary): click the one whose colour the instruction names (upstream click-color).', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'pick-shape', family: 'click', description: 'An SVG board of circles, squares, triangles, letters and digits in colours: click one that fits the colour, kind or character named (upstream click-shape).', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'name-figure', family: 'click', description: 'One SVG figure (circle, square, triangle, letter or digit) and buttons naming kinds in varying order: press the one naming the figure; the instruction never names it (upstream identify-shape).', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'sort-figures', family: 'drag', description: 'An SVG board of small circles, squares and triangles and an outlined box (its colour and place vary): drag every figure of the named kind or colour into the box, then Submit (upstream drag-shapes).', maxTimeMs: 30_000 },
  { name: 'format-note', family: 'rich-text', description: 'contenteditable note with a B / I toolbar acting on mousedown: type a quoted note with one named word bold (Ctrl+B or the toolbar).', maxTimeMs: 30_000 },
  { name: 'shadow-profile', family: 'form', description: 'A profile form (text field, <select>, varying button) inside a custom element\'s open shadow root.', maxTimeMs: 20_000 },
  { name: 'framed-newsletter', family: 'form', description: 'Newsletter form (name, e-mail, topic <select>, varying button) written into a same-origin about:blank iframe.', maxTimeMs: 20_000 },
  { name: 'native-datetime', family: 'native-input', description: 'A native <input type=date> and <input type=time> together, given spelled or numeric and 12- or 24-hour.', maxTimeMs: 25_000 },
  { name: 'virtual-roster', family: 'scroll', description: 'A virtualised roster (rows rebuilt on every scroll): scroll to the named person and leave their checkbox ticked (it may already be).', maxTimeMs: 40_000 },
  { name: 'shell-terminal', family: 'terminal', description: 'A terminal drawn in divs whose keys land in a hidden 1×1 field emptied after every key: run a quoted command, or list the files and delete the .gif one.', maxTimeMs: 30_000 },
  { name: 'spin-quantity', family: 'native-input', description: 'An empty native <input type=number> without a minimum and a varying label: type the number named (by hand, a click into it may hit a spin arrow first).', maxTimeMs: 20_000 },
  { name: 'face-down-cards', family: 'click', description: 'Six cards, some face down with their number still in the DOM (font-size 0, transparent, hidden, clipped away, or the colour of the back): click the face-up card showing the number named.', maxTimeMs: 15_000 },
  { name: 'late-button', family: 'delayed-control', description: 'The named button is disabled or missing at first and becomes clickable after 1.5–4 s; pressing it before is a failure (upstream button-delay).', maxTimeMs: 20_000 },
  { name: 'price-watch', family: 'live-value', description: 'A price ticks every half second: press the buy button once it is below (or above) the number the task names; pressing before is a failure (upstream stock-market).', maxTimeMs: 30_000 },
  { name: 'bold-word', family: 'rich-text', description: 'A contenteditable text of a few words with a B / I toolbar acting on mousedown: make the word the task names (unquoted, anywhere in the text) bold — select it with a double-click, press B.', maxTimeMs: 30_000 },
  { name: 'numbered-results', family: 'paged-results', description: 'Search a name, then click the Nth hit (three a page) reached by the pager\'s page numbers (only ‹ 1 2 3 › on show); the Nth hit reads the name, another may too.', maxTimeMs: 20_000 },
  { name: 'paged-results', family: 'counted-results', description: 'Search a name, then click the Nth result counted across pages (three or four a page by seed; titles never read the name): page numbers — all, or only those next to the current page — and Previous / Next whose captions vary (< >, Prev Next, « », ‹ ›); the current page a link or plain text.', maxTimeMs: 25_000 },
  { name: 'scroll-dropdown', family: 'select', description: 'A styled drop-down (no <select>) whose list shows three of eight cities at a time: open it, scroll the named city into view inside the list, click it, press the named button.', maxTimeMs: 15_000 },
  { name: 'only-tags', family: 'checkbox', description: 'Tag chips (aria-pressed or a "selected" class), some on at the start: leave exactly the named ones on ("and no others", "only", "none else"), turning off an unnamed one that is on, then press the named button.', maxTimeMs: 20_000 },
  { name: 'sort-column', family: 'sortable-table', description: 'A table sorted by clicking a header button (aria-sort, ▲ / ▼; first click ascending or descending by seed; may start sorted): sort a column in the direction named in several words (ascending, largest first, Z to A…), then press the named button.', maxTimeMs: 25_000 },
  { name: 'setting-switches', family: 'checkbox', description: 'Settings panel of switches (native checkboxes, some on at first): turn the named ones on and/or off in one to three clauses ("Enable A and B, disable C, then click Save"); a switch not named keeps its state.', maxTimeMs: 20_000 },
  { name: 'cart-quantities', family: 'cart', description: 'Cart of four items with − / + buttons around a count: add some of one item and/or remove some of another, in one or two clauses ("Remove three pencils and add two more bulbs, then click Update").', maxTimeMs: 20_000 },
  { name: 'pantry-stock', family: 'cart', description: 'Pantry list of the same five foods in a new order each episode, each with − / + buttons around a count: change one or two of them in one or two clauses ("Three fewer onions and add two more lemons, then click Save"); a row is told only by its word.', maxTimeMs: 20_000 },
  { name: 'meeting-time', family: 'form', description: 'A meeting form with the time in two fields (Hour, Minute) and a Guests count: the task names the time whole ("10:45") and is worded one way on the demonstrated seeds and freely on others ("Enter 14:30 as the meeting time", "Change the meeting time to …", "add a guest").', maxTimeMs: 25_000 },
  { name: 'room-grid', family: 'booking-grid', description: 'A week grid of a room: three hours head the columns, three to five days head the rows (both runs start on a varying hour and day), each cell a "Free" button or a greyed "Taken": book the cell of the day and hour named, then press the named button; every free cell reads the same, so only the two headers tell the cell.', maxTimeMs: 20_000 },
  { name: 'gear-compare', family: 'comparison', description: 'A table of five tents (price, weight, rating, reviews, date added; new order each episode): add one by name or by comparing the column the task\'s word refers to (cheapest, lightest, best-rated, most recent, oldest, most reviewed…).', maxTimeMs: 15_000 },
  { name: 'post-options', family: 'feed', description: 'Posts with wordless icons drawn as CSS images that swap for another file on hover; the "⋯" icon toggles a menu: choose the named item (Copy link, Mute, Report post) for the post by @user.', maxTimeMs: 30_000 },
  { name: 'menu-optgroup', family: 'select', description: 'A native <select> whose options sit under <optgroup>s (meals); the named dish is served at two or three meals: choose it under the named meal, press the (varying) button.', maxTimeMs: 15_000 },
  { name: 'grouped-listbox', family: 'select', description: 'An ARIA list box of towns grouped by day (header rows with role=presentation, or role=group named by aria-labelledby); the named town leaves on two days: click it under the named day, press the (varying) button.', maxTimeMs: 15_000 },
  { name: 'navbar-paths', family: 'menu', description: 'Bootstrap-like navbar of top-level links and click-opened dropdowns, one holding a nested submenu: open a path 1–3 deep ("Open Docs.", "Open Account > Settings.", "Go to Settings in the Account menu.", "Open Account > More > Export."); names drawn per seed.', maxTimeMs: 15_000 },
  { name: 'hover-paths', family: 'menu', description: 'A top bar of page links and menus that open only on hover (CSS li:hover, or mouseenter with a grace period; a title\'s click never opens it, and may go to the section\'s own page), one holding a nested hover submenu: open a path 1–3 deep, as navbar-paths words it.', maxTimeMs: 15_000 },
  { name: 'slider-combo', family: 'slider-set', description: 'Three uncaptioned jQuery UI sliders (0–20), one under another, each showing its value: set them to a bracketed list of values, one per slider in page order ("Select the values [16,5,15] on the sliders and hit Submit").', maxTimeMs: 30_000 },
  { name: 'menu-and-names', family: 'checkbox', description: 'A menu of six tick boxes, several dishes named with "and" in them ("Spaghetti and Meatballs"): tick the one to three named dishes, listed with commas and / or "and" ("Pick Salt and Pepper Chips, Cola, then press Go"); only the menu\'s own names tell where the list splits.', maxTimeMs: 20_000 },
  { name: 'glued-entry', family: 'text-entry', description: 'One text field and a button with a varying caption; the value (a capital letter, a number or a city) is written bare with the wording after it glued on by a comma, "then" or "and" ("Enter Z, press Submit", "Type 42 then click OK").', maxTimeMs: 20_000 },
  { name: 'booking-parts', family: 'form', description: 'A booking form of four independent parts (room drop-down, adults field, breakfast checkbox, a promo code behind an Extras toggle): the task asks for one to three of them in the form\'s order, each in its own clause, then the closing button ("Choose a Twin room, set Adults to 3, then click Save"); a part not named keeps its first value. Its demonstrations each cover some parts, so a new instance may need parts of several (composed plans).', maxTimeMs: 25_000 },
  { name: 'reply-inbox', family: 'form', description: 'An inbox of three messages (a sender button and the text each): open the named sender\'s message, type the quoted reply (varying length and punctuation) into the Reply box, Send; the request quotes the message too and is worded freely in one of six templates (reply before or after the message, a question, courtesy words).', maxTimeMs: 25_000 },
  { name: 'table-booking', family: 'form', description: 'A table booking form (name typed, party size and time chosen, Book): the request is free-form, one of six templates with its three clauses in varying order and varying joining words ("Under the name Anna, reserve a table at 19:30 for 4 people.", "Hi! We are 3. Please get us a table at 20:00; name Kofi.").', maxTimeMs: 25_000 },
  { name: 'stay-listing', family: 'form', description: 'A stay form (room and breakfast drop-downs, a nights field, a view radio group) whose task lists every field with its value, label first ("Room: Double, Nights: 3, Breakfast: No, View: Garden"); about half keep their first value, which a person leaves alone, so a demonstration may never touch a field a new instance must change.', maxTimeMs: 25_000 },
  { name: 'ticket-counts', family: 'form', description: 'A ticket form (show radio group, adults and children fields, seats drop-down) told in one sentence ("for the Evening show: 2 adults and 0 children, seated in the Stalls"); about half of the parts keep their first value, which a person leaves alone.', maxTimeMs: 25_000 },
  { name: 'listing-cards', family: 'list', description: 'Second-hand listings as cards in a list that scrolls in its own pane (6–8 cards, about three in view), each with its title as a link, a seller, a day and a price: open the card the instruction chooses by its seller, its day or its price (never its title), worded freely in one of four templates per property.', maxTimeMs: 30_000 },
  { name: 'party-counts', family: 'form', description: 'Guests counted by kind (two or three of Adults, Children, Seniors, Infants), each field a number input, a 0–9 drop-down or a text field per seed; the counts told in one of several wordings ("Reserve for 2 adults and one child", "Guests - adults: 2, children: 1.", "Set Adults to 2 and Children to 1"), in digits or words, in page order or not; about a third keep their first value.', maxTimeMs: 25_000 },
  { name: 'library-hold', family: 'form', description: 'A library\'s Bootstrap-style "Place a hold" card (title <select> labelled above, pickup-branch radios with the home branch ticked, a primary button whose caption varies, never named): the request in one of six wordings — imperative, polite, a need, a terse note, branch first, a forwarded quoted message.', maxTimeMs: 25_000 },
  { name: 'pharmacy-refill', family: 'form', description: 'A plain-HTML refill request (medication <select>, quantity number input at 30, native date input, a button whose caption varies) told as a terse note ("Refill: Lisinopril 10mg, qty 30, pickup 03/14/2025"), a polite request, a need, date first, or a patient\'s quoted message; dates MM/DD/YYYY or spelled.', maxTimeMs: 30_000 },
  { name: 'support-ticket', family: 'form', description: 'A help desk\'s new-ticket screen (subject known only by its placeholder, category <select> only by aria-label, priority radios inside their labels with Normal ticked, Cancel, a varying primary caption): a quoted subject, a category and a priority in one of five wordings.', maxTimeMs: 30_000 },
  { name: 'notification-toggles', family: 'checkbox', description: 'Notification settings: five channels with wordless role=switch toggles named by aria-labelledby, on or off at random; turn one on and one off (either may be so already) in one of five wordings — a quoted message says neither "on" nor "off" —, others untouched, then save (caption varies).', maxTimeMs: 25_000 },
  { name: 'grocery-list', family: 'chips', description: 'A grocery list with a wordless ✕ per item (aria-label "Remove <item>"), an add field known by its placeholder and Add (or Enter), and a save button whose caption varies: add one item and remove another, in one of five wordings ("Groceries: +oats, -milk", "We\'re out of oats. Don\'t buy milk.").', maxTimeMs: 25_000 },
  { name: 'shipping-address', family: 'form', description: 'A checkout\'s shipping step (name by placeholder only, street labelled above, city and postcode side by side, a country <select> at United States, a varying caption): the address in one of five wordings with its parts in different orders.', maxTimeMs: 30_000 },
  { name: 'send-money', family: 'form', description: 'A phone-style send-money screen (contact pills with aria-pressed, two sharing a first name; a bare amount field after "$" named by aria-label; a note field known by its placeholder; Review / Next / Continue): a review card then confirms with "Send $25.00", "Pay $25.00" or "Confirm" beside Back / Edit; the request in one of six wordings (imperative, a polite question, a debt, a terse note, a relayed message, a question).', maxTimeMs: 30_000 },
  { name: 'event-invite', family: 'form', description: 'A calendar\'s "New event" sheet (title labelled on its left, day and start-time <select>s named only by aria-label, colleague tick boxes inside their labels, Discard, a varying save caption): the title, a day by weekday or date, a time in 12- or 24-hour form and one or two guests, in one of six wordings.', maxTimeMs: 40_000 },
  { name: 'profile-bio', family: 'rich-text', description: 'An "Edit profile" panel (display name under a floating label, a preset pronouns <select>, the bio a contenteditable role=textbox named by a heading that varies — Bio, About you, About me —, a Cancel link, a varying caption): replace the bio with a new one, quoted or after a colon, in one of six wordings, on half the seeds with the pronouns too.', maxTimeMs: 30_000 },
  { name: 'project-archive', family: 'table', description: 'A team\'s project <table> (Project, Lead, Updated) with Edit and Archive row actions — words, icons named by aria-label, or icons with a title only —; Archive asks in a role=dialog (Cancel / Keep, Archive / Yes, archive): archive the project named, led by a person, last updated on a date, or updated longest ago, in one of eight wordings.', maxTimeMs: 30_000 },
  { name: 'stay-survey', family: 'radio', description: 'A hotel\'s after-stay survey: a grid of native radios (four aspects in rows, Poor / Fair / Good / Great column headers, sometimes Great first; radios named by aria-label on some seeds, unnamed on others) and Yes / No / Maybe for staying again: rate two aspects and say whether they would come back, in one of six wordings ("The breakfast was poor but the staff was great."); other aspects stay unanswered.', maxTimeMs: 30_000 },
  { name: 'gym-signup', family: 'form', description: 'A climbing gym\'s three-step sign-up with a progress bar (names and email; plan cards as labelled radios with prices and a billing <select> named by aria-label; a summary), Next / Continue / "Next →" and Back keeping the answers, a varying final caption: a person\'s name, email, plan and billing in one of six wordings.', maxTimeMs: 40_000 },
  { name: 'seat-map', family: 'grid', description: 'A cinema\'s dark seat map (rows A–E, six seats and an aisle, some taken): seats read "C4", read "4" with aria-label "Row C, seat 4", or read "4" in a table under number column headers beside row-letter headers; one or two adjacent seats named in one of six wordings ("Row E, seats 5 and 6"), a ticket count that lets go of the earliest seat, a final caption that varies and is never named.', maxTimeMs: 30_000 },
  { name: 'bill-split', family: 'form', description: 'A restaurant bill-split screen in a serif receipt look: tip percentages as a role=radiogroup of buttons (one preset), the number of people a count between − / + steppers (aria-labelled on some seeds, bare glyphs on others) from 2, a "Round up each share" tick box; tip and people (digits or words) and sometimes rounding in one of six wordings, a final caption that varies and is never named.', maxTimeMs: 30_000 },
  { name: 'password-change', family: 'login', description: 'An account page\'s "Change password" box (current password labelled above, the new one by placeholder only, the repeat beside it by aria-label only, a "Sign out of other devices" box ticked on half the seeds, a "Forgot it?" link that fails): the current and the new password, maybe whether to sign out elsewhere, in one of six wordings; a final caption that varies and is never named.', maxTimeMs: 30_000 },
  { name: 'cookie-consent', family: 'dialog', description: 'A cookie-preferences dialog over a dimmed site: "Strictly necessary" always on, four optional categories as native checkboxes with role=switch painted as tracks, named by the text on their left, all on or all off at the start; Accept all, Reject all on some seeds, and a save button whose caption varies: allow one to three named categories, every one or none, in six wordings (three each for all and none); whichever button, the cookies left allowed must be the wanted ones.', maxTimeMs: 30_000 },
  { name: 'flight-swap', family: 'form', description: 'A travel site\'s flight search filled from the last search (From / To text fields under tiny captions, "Lisbon (LIS)"; a round ⇅ button that swaps them, named by aria-label or a title only; a departure-day <select> beside "Depart", labelled by it on some seeds; a passengers <select> by aria-label): a trip usually the way back of the preset one, sometimes a new city at one end, a day spelled three ways and sometimes travellers, in six wordings; a search caption that varies and is never named.', maxTimeMs: 30_000 },
  { name: 'salon-booking', family: 'date-picker', description: 'A hair salon\'s appointment picker: five day chips ("Tue" over "11", aria-pressed) from a weekday that varies, and a grid of half-hour time slots for the chosen day in the 12- or 24-hour clock, taken ones disabled and struck through, rebuilt when the day changes; the day by weekday, date or both and the time in either clock in one of six wordings; a book caption that varies and is never named.', maxTimeMs: 30_000 },
  { name: 'app-permissions', family: 'checkbox', description: 'A phone app\'s permission screen: five permissions in an order that varies, on or off at random, each a switch made of a native checkbox at opacity 0 — a Bootstrap 4 custom-switch (the input behind its label, whose ::before / ::after paint the track and knob) on half the seeds, a tutorial "toggle switch" (the input laid over a painted span in a <label>, named by aria-labelledby from a span on the left) on the others —; turn one to three on or off (a named one may be so already) in one of six wordings, the rest untouched; a save caption that varies and is never named.', maxTimeMs: 30_000 },
  { name: 'inbox-triage', family: 'email', description: 'An inbox of six messages with three small tool icons per row — archive ⬇, label ◈, delete ✕ — as buttons named "Archive", buttons named "Archive message from <sender>", or spans with role=button named only by a title; another sender shares the first name and a subject mentions it; the label icon opens a role=menu of labels: archive one message or give it a label, by sender or quoted subject, in one of five wordings each; a wrong row, a delete or a wrong label ends with -1.', maxTimeMs: 30_000 },
  { name: 'basket-edit', family: 'cart', description: 'A grocery basket of four lines, each a quantity between − / + steppers (bare glyphs, or named "Decrease <product>" / "Increase <product>" by aria-label; − disabled at 1) and a remove control (the word Remove, or a wordless 🗑 named by a title); change one product\'s quantity (to a number in digits or words, or one / two more) and remove another, in one of nine wordings, the rest kept; a checkout caption that varies and is never named.', maxTimeMs: 30_000 },
  { name: 'alarm-set', family: 'form', description: 'A phone\'s dark "Edit alarm" sheet: hour and minute <select>s named by aria-label (1–12 with an AM / PM pair of aria-pressed buttons, or 00–23), seven round one-letter day buttons (M T W T F S S, Monday or Sunday first, aria-pressed, named by aria-label or only by a title), a name field by placeholder or by a caption above, a preset time and maybe preset days; Cancel fails and the save caption varies: a time in either clock, days as weekdays, weekends, every day or a list, and a name, in one of six wordings.', maxTimeMs: 40_000 },
];

/** The second suite (see README.md, "The second suite"). */
const SECOND_SUITE: readonly Omit<SuiteTask, 'suite'>[] = [
  { name: 'ui-datepicker', family: 'date-picker', description: 'jQuery UI inline datepicker: step to the month, click the day, press the (varying) confirm button.', maxTimeMs: 20_000 },
  { name: 'ui-autocomplete', family: 'autocomplete', description: 'jQuery UI autocomplete: type the given letters and pick the named city from the suggestions.', maxTimeMs: 20_000 },
  { name: 'ui-menu', family: 'menu', description: 'jQuery UI menu: follow a path 2–4 levels deep (A>B>C>D) through hover/click sub-menus.', maxTimeMs: 20_000 },
  { name: 'ui-tabs', family: 'tab', description: 'jQuery UI tabs: "Click on Tab #N." or find a link on one of the tabs.', maxTimeMs: 15_000 },
  { name: 'ui-dialog', family: 'dialog', description: 'jQuery UI modal dialog: answer with the named button or close it with the title-bar ×.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'ui-sortable', family: 'drag', description: 'jQuery UI sortable: drag a name to a position (1st, top, bottom), then confirm.', maxTimeMs: 20_000 },
  { name: 'bs-dropdown', family: 'select', description: 'Bootstrap-like dropdown buttons showing their value: set one (maybe already set), leave the other, apply.', maxTimeMs: 15_000 },
  { name: 'bs-list-group', family: 'click', description: 'Bootstrap-like list group: open the folder named by its unread count (or most / fewest).', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'bs-modal', family: 'dialog', description: 'Table of files with SVG trash icons; confirm the deletion in a Bootstrap-like modal (varying caption).', maxTimeMs: 15_000 },
  { name: 'bs-navbar', family: 'menu', description: 'Collapsed Bootstrap-like navbar: open the toggler, then a link or a dropdown entry.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'd3-bar-chart', family: 'chart', description: 'SVG bar chart drawn by d3: click the bar of a label, or the tallest / shortest one.', maxTimeMs: DEFAULT_MAX_TIME_MS },
  { name: 'd3-table-copy', family: 'copy-from-page', description: 'd3-built table: copy the cell the instruction points to (row by name or city, column by title) into a field.', maxTimeMs: 20_000 },
  { name: 'd3-tags', family: 'checkbox', description: 'Tags drawn by d3 as plain spans with d3-bound handlers: leave exactly the named ones on.', maxTimeMs: 20_000 },
  { name: 'native-date', family: 'native-input', description: 'Native <input type=date>: enter a date written ISO, spelled out or MM/DD/YYYY.', maxTimeMs: 20_000 },
  { name: 'native-time', family: 'native-input', description: 'Native <input type=time>, maybe preset: set a time written 12- or 24-hour.', maxTimeMs: 20_000 },
  { name: 'native-number', family: 'native-input', description: 'Native <input type=number> holding a quantity: set it, or raise / lower it by an amount.', maxTimeMs: 15_000 },
  { name: 'rich-editor', family: 'rich-text', description: 'contenteditable editor with a B/I/U toolbar: bold a word, italicise all, append or replace text.', maxTimeMs: 30_000 },
  { name: 'shadow-form', family: 'login', description: 'A custom element whose sign-in form lives in an open shadow root; captions vary.', maxTimeMs: 20_000 },
  { name: 'iframe-form', family: 'form', description: 'Newsletter form inside a same-origin iframe: e-mail, a frequency radio, a varying button.', maxTimeMs: 20_000 },
  { name: 'virtual-list', family: 'scroll', description: 'A virtualised contact list (only rows in view exist, rebuilt on scroll): scroll to a name and click it.', maxTimeMs: 40_000 },
  { name: 'rerender-list', family: 'checkbox', description: 'A list re-rendered (and re-sorted) on every click: leave exactly the named items ticked.', maxTimeMs: 25_000 },
  { name: 'cookie-popup', family: 'pop-up', description: 'A cookie banner that may appear at a random moment (or on first focus) and must be dismissed; then search.', maxTimeMs: 20_000 },
  { name: 'social-feed', family: 'feed', description: 'Paged social feed with glyph icon buttons: like or repost the post by @user (another post may mention @user).', maxTimeMs: 30_000 },
  { name: 'mail-icons', family: 'email', description: 'Inbox whose rows hold small reply / forward / archive glyphs: archive, reply to, or forward the mail from a sender.', maxTimeMs: 30_000 },
  { name: 'multi-select', family: 'select', description: 'Native <select multiple>: select exactly the 2–3 named options (Ctrl-click or Ctrl+arrows/Space).', maxTimeMs: 20_000 },
  { name: 'hover-menu', family: 'menu', description: 'Site menu whose sections open only on hover (titles do nothing on click): click the named entry.', maxTimeMs: 15_000 },
  { name: 'file-tree', family: 'tree', description: 'File tree: open folders 2–4 deep and double-click the named file (the name recurs elsewhere).', maxTimeMs: 20_000 },
  { name: 'vary-form', family: 'form', description: 'Sign-up form whose labels, order and button caption vary per seed; the country may already be selected.', maxTimeMs: 25_000 },
  { name: 'free-order', family: 'form', description: 'Pizza order from a free-form sentence: quantity in digits or words, size, toppings, address.', maxTimeMs: 30_000 },
  { name: 'ui-slider', family: 'slider', description: 'jQuery UI slider (ARIA handle, value shown beside its caption): set it to the value the task names; quantity, range and value vary per seed.', maxTimeMs: 20_000 },
  // Evaluation pages written apart from the policy (forms and widgets; see README.md, "Forms and widgets for the evaluation half").
  { name: 'widget-combobox', family: 'autocomplete', description: 'Two ARIA comboboxes (role=combobox input, listbox filtered as you type, aria-activedescendant): choose a departure and an arrival airport named by name or code (cities recur); only a chosen option counts.', maxTimeMs: 25_000 },
  { name: 'widget-radio-cards', family: 'radio', description: 'Plans drawn as cards over visually hidden radio inputs and a Monthly / Yearly segmented control: pick the plan named by name, price or storage and the billing period (either may be preset).', maxTimeMs: 20_000 },
  { name: 'widget-switches', family: 'checkbox', description: 'A settings list of toggle switches (role=switch, aria-checked, no visible words on the switch): turn the named ones on or off (some already are), leave the rest, save.', maxTimeMs: 20_000 },
  { name: 'form-wizard', family: 'form', description: 'A three-step wizard (contact, delivery, review) with Back / Next, per-step validation messages and a final summary confirmed with a varying caption.', maxTimeMs: 40_000 },
  { name: 'widget-grouped-listbox', family: 'select', description: 'A custom select (button with aria-haspopup=listbox) whose pop-up listbox holds labelled role=group sections with the same dish names in several groups: choose the dish of the group the task names.', maxTimeMs: 15_000 },
  { name: 'form-details', family: 'form', description: 'A gift form whose extra fields sit in a collapsed <details>/<summary> section (caption varies); Submit opens an "Are you sure?" modal to confirm.', maxTimeMs: 25_000 },
  // Evaluation pages on lists, data and navigation, written apart from the policy (see README.md).
  { name: 'data-sort-table', family: 'sortable-table', description: 'Product table sorted by clicking a column header (or its button; ▲ / ▼, first-click direction varies): sort by a column in a direction and confirm, or press the row button of the cheapest / priciest / best- or worst-stocked item.', maxTimeMs: 25_000 },
  { name: 'data-pager', family: 'paged-table', description: 'Orders split into pages (Previous / Next captions or glyphs vary) with a rows-per-page select: open the order of a named customer (a namesake elsewhere) or number, sometimes after setting the page size.', maxTimeMs: 30_000 },
  { name: 'list-todo', family: 'checkbox', description: 'To-do list with a tick box (native or role=checkbox) and a wordless delete icon per row and an add field: tick, untick, delete or add one or two tasks, then confirm.', maxTimeMs: 30_000 },
  { name: 'list-comments', family: 'feed', description: 'Comment thread with replies in a scrolling pane, Like / Reply as words or glyphs: like the named person\'s comment or reply a quoted text to it (mentions and a namesake elsewhere).', maxTimeMs: 30_000 },
  { name: 'list-folders', family: 'tree', description: 'Folder browser with a breadcrumb and an optional up row, starting in a random folder: open the named file in the folder whose path is given (› , / or in words); the file name recurs elsewhere.', maxTimeMs: 30_000 },
  { name: 'list-cart', family: 'cart', description: 'Shopping cart with − / + steppers and a wordless remove icon per line, toasts popping up over it: set, raise or lower a quantity or remove a line (one or two changes), then check out.', maxTimeMs: 30_000 },
  // More evaluation pages written apart from the policy: everyday widgets a person would show an assistant (see README.md).
  { name: 'settings-tabs', family: 'tab', description: 'Account settings in four ARIA tabs (captions vary), the first open: change one or two settings (select or tick box) that sit on other tabs, named by label with or without the tab, leave the rest, save.', maxTimeMs: 25_000 },
  { name: 'faq-accordion', family: 'copy-from-page', description: 'A FAQ accordion (aria-expanded questions, hidden answers; one open at a time on some seeds): type the code, phone number or e-mail address from the answer to a question quoted or named by topic (other answers hold values of the same kind).', maxTimeMs: 25_000 },
  { name: 'chip-tags', family: 'chips', description: 'A post\'s tag editor: chips with a × each (named Remove / Delete <tag>) and a field where Enter or a comma adds a chip; add and remove tags, or leave exactly the set named, then save (caption varies).', maxTimeMs: 25_000 },
  { name: 'ticket-stepper', family: 'native-input', description: 'Museum tickets with a − / + stepper per kind of visitor and a cap on the order: bring the preset party to the one named in digits or words (kinds left out mean none), lowering before raising when the order is full.', maxTimeMs: 30_000 },
  { name: 'filter-table', family: 'filter-table', description: 'Access requests in a scrolling table with a filter field and a pair of row buttons (Approve / Decline …): press the named button on the row of a person named by full name or first name and city (namesakes share either name).', maxTimeMs: 30_000 },
  { name: 'compose-mail', family: 'email', description: 'A compose window whose To line turns addresses into chips (× to remove; some seeds are a reply draft with a recipient to keep or drop): recipients, a quoted subject and message in several orders, send (caption varies).', maxTimeMs: 40_000 },
  // Six more evaluation pages written apart from the policy: boards, schedules and managers a person would show an assistant (see README.md).
  { name: 'week-slots', family: 'calendar', description: 'A room-booking week view (weekdays in columns, hours in rows, busy hours hatched, free hours as empty buttons, "+" buttons or bare divs; ‹ › or Prev / Next pages the week): pick the hour named by weekday or date and a time in 24-hour, 12-hour or words, confirm (caption varies).', maxTimeMs: 30_000 },
  { name: 'kanban-move', family: 'drag', description: 'A three-column task board (column names vary): move one or two named cards to named columns by dragging, by a card\'s ⋯ menu or by its ‹ › arrows (which exist varies by seed), then save (caption varies).', maxTimeMs: 30_000 },
  { name: 'compare-table', family: 'comparison', description: 'A product comparison with products in columns and specs in rows (a <table> or a role=table grid): press the Select button (caption varies) of the product named, the cheapest / lightest / roomiest, or the cheapest with a named feature or at least an amount.', maxTimeMs: 20_000 },
  { name: 'notice-centre', family: 'notifications', description: 'A notification centre inside a custom element\'s open shadow root, in a scrolling pane, flat or grouped by app (with a Clear button per group): dismiss every notification from the named app (other notifications mention it), leave the rest.', maxTimeMs: 30_000 },
  { name: 'file-rename', family: 'rename', description: 'A file manager list (role=grid rows or a table): select the named file (a namesake with another extension nearby), start renaming with F2 or the toolbar\'s Rename (word or ✎), type the new name (the base name comes selected; "keeping its extension" on some seeds), Enter.', maxTimeMs: 25_000 },
  { name: 'dual-listbox', family: 'select', description: 'Two multi-select list boxes (available / chosen, captions vary) with move buttons between them (glyphs with aria-labels or words; double-click moves too): add and remove named items or leave exactly the set named, then save.', maxTimeMs: 30_000 },
  // Six more evaluation pages written apart from the policy: apps a person would show an assistant (see README.md).
  { name: 'settings-search', family: 'checkbox', description: 'A settings page of on/off toggles (role=switch or native tick boxes) in collapsed groups under a search box that filters them and opens their groups: turn one or two named settings on or off (a name may recur in two groups, then the group is named), leave the rest, save (caption varies).', maxTimeMs: 30_000 },
  { name: 'photo-lightbox', family: 'gallery', description: 'A photo gallery of thumbnails told apart only by their alt text (captions, when shown, are titles): open the photo described (same subject or colour elsewhere) in a lightbox with ‹ ›, make it the cover or a favourite, close the lightbox, save (caption varies).', maxTimeMs: 30_000 },
  { name: 'chat-contacts', family: 'chat', description: 'A chat app: a sidebar of conversations (a namesake, a preview mentioning the contact, a filter field on some seeds) and another conversation open at first; open the named contact and send the quoted message (Send as a word or a glyph, or Enter).', maxTimeMs: 30_000 },
  { name: 'event-times', family: 'time-picker', description: 'An event editor with a title field and start / end time pickers (pop-up list boxes of times every 15 or 30 minutes, 12- or 24-hour; moving the start moves the end with it): give the quoted title and the times named in another form, save (caption varies).', maxTimeMs: 40_000 },
  { name: 'tree-grid', family: 'tree', description: 'A tree grid (role=treegrid rows with aria-expanded and ▸ toggles, columns Name / Owner / Items): expand rows to select the item at a path 2–3 deep (names recur under other parents) or the one owned by a named person, then press the named button.', maxTimeMs: 30_000 },
  { name: 'sheet-cell', family: 'spreadsheet', description: 'A spreadsheet-like grid with column headers (months, quarters or measures) and row headers: put a number into the cell at the named row and column (double-click, F2 or the formula bar; Enter commits), leave the rest, save (caption varies).', maxTimeMs: 30_000 },
  // Six more evaluation pages written apart from the policy: booking, media, survey, shopping, settings and banking apps (see README.md).
  { name: 'stay-booking', family: 'date-range', description: 'A holiday-rental booking box: an always-open month calendar (‹ › or Prev / Next; first click check-in, later click check-out; booked nights struck through) and Adults / Children steppers from a preset party: book the stay given by two dates or a first date and nights, for the party named, reserve (caption varies).', maxTimeMs: 30_000 },
  { name: 'music-queue', family: 'media-queue', description: 'A music player\'s Up next queue in a scrolling pane, each song with a ⋯ menu (Play now / Play next / Remove from queue / Go to artist); a Premium pop-up may take the first click: play, play next or remove the song by the named artist (titles may mention other artists), then save when asked.', maxTimeMs: 30_000 },
  { name: 'likert-survey', family: 'survey', description: 'A feedback survey of statements on a five-point scale (a matrix of radio inputs under word or number headers, or a card per statement of role=radio chips), some answered already: give the named statements (quoted or by topic) the answers named, maybe a quoted comment, submit (caption varies).', maxTimeMs: 30_000 },
  { name: 'shop-filters', family: 'faceted-search', description: 'A product listing whose Filters button opens a panel of price bounds, brand tick boxes (one may be ticked from before), a minimum rating and an in-stock switch: set exactly the filters named (price in several forms), apply (caption varies).', maxTimeMs: 30_000 },
  { name: 'notify-matrix', family: 'toggle-matrix', description: 'Notification settings as a matrix: categories in rows, channels (Email / Push / SMS, order varies) in columns, each cell a tick box or a wordless switch, a column-wide toggle and a Pause all switch nearby: turn the named cells on or off (one channel, or "only" one channel for a category), save (caption varies).', maxTimeMs: 30_000 },
  { name: 'bank-transfer', family: 'form', description: 'A bank transfer form: the from-account named by nickname or last digits, a saved payee (a namesake shares the first name), an amount in several forms and a quoted reference; Review opens a confirmation dialog to confirm; a session-timeout pop-up may appear on the first focus.', maxTimeMs: 40_000 },
  { name: 'order-history', family: 'orders', description: 'A shop\'s order history in a scrolling pane, four orders at first and a "load more" button (caption varies) appending three more; each order a date, a number, a total, its items and a status whose actions vary (Cancel / Track + Invoice / Return + Reorder + Invoice / Reorder, captions per seed, or glyphs named by aria-label or title): do the named action on the order picked by an item (another order shares it but lacks the action), a date in another form, a total (shared by another order; the date added when needed) or a number (others share its digits); Return and Cancel ask to confirm.', maxTimeMs: 40_000 },
  { name: 'team-directory', family: 'directory', description: 'A company directory: person cards (initials, name, role, team, city) in a scrolling grid, with a search box and team chips on some seeds; each card has message / call / favourite icon buttons whose aria-labels or titles vary per seed: act on the person named by role and city, by first name and team (a namesake in another team) or by full name.', maxTimeMs: 30_000 },
  // Development pages on grounding (session 27): forms and captions.
  { name: 'travel-insurance', family: 'form', description: 'An insurer\'s single-trip quote form: a destination region <select> (the request names a country), trip start and end as native date inputs or day / month / year <select>s, travellers as a <select> or a number input, the eldest\'s age, a cover level as three radio cards (names per seed, cheapest first), three optional extras, and a promo code and an offers tick the request never mentions (left as they are); values in free forms ("two of us", "from the 3rd of May to the 10th", "ages 67 and 64", "basic cover, add ski") in five wordings; the quote caption varies per seed (never named), sits below the form, in a sticky footer or at the top right beside a second button (Save for later / Reset form / Compare plans, −1).', maxTimeMs: 30_000 },
  { name: 'report-issue', family: 'dialog', description: 'A bug tracker\'s issue list: a toolbar button ("New issue", "Report a problem" or a "+" named by aria-label) opens a modal with a title field, a component <select>, severity radios (three naming schemes) and a description textarea; the title and description quoted or in free text, the component and severity in other words ("the sign-in page", "it\'s blocking", "just cosmetic") in four wordings; the confirm caption varies (Submit / Create / File issue / Send report) beside Cancel or Discard draft (−1), and on some seeds a second confirm ("Are you sure?" Yes, file it / Go back).', maxTimeMs: 30_000 },
  // Development pages on grounding (session 27): clickable things without roles.
  { name: 'recipe-browser', family: 'cards', description: 'A recipe site where nothing clickable has a role: category tabs are plain spans, recipe cards are divs clickable as a whole through one delegated document listener reading data-* attributes (cursor:pointer on some seeds only), each with a heart save icon (inline SVG with a <title>, or an empty icon-font <i> named by a title); a card opens a detail panel with shopping-list / save / cook actions (captions vary; buttons or divs): act on the recipe of a category picked by an ingredient, as the vegan one under N minutes or as the quickest (distractors share words).', maxTimeMs: 30_000 },
  { name: 'course-catalog', family: 'menu', description: 'A learning site: a click-to-open category menu of divs nested two or three levels deep (depth varies per seed and per path; jQuery-delegated handlers), course tiles whose titles are jQuery-built href="#" links and whose enrol buttons vary in caption; a promotional toast with a × appears at a random moment and covers part of the page: enrol in the course named by language and level or schedule, or by a menu path (a namesake course sits elsewhere).', maxTimeMs: 30_000 },
  // Four development pages written apart from the policy (session 31, area "devpages"): everyday chores with wide wording.
  { name: 'packing-list', family: 'list', description: 'A trip planner\'s packing list: twelve things with tick boxes in a pane that scrolls, a button under it (Move to bag / Pack selected / Add to bag ↓) moving the ticked ones into "In the bag" chips with a × named "Take out <thing>"; the bag may hold an unnamed thing already (it stays) or a named one; look-alikes share a word (Phone charger / Laptop charger, Sun hat / Sunglasses); pack one to four things in one of eight wordings (imperative, polite, free sentence, "From Sam: …", "pack | a | b", a question, a count in words); the finishing caption (Done / Save list / Finish packing) is never named; any other bag: −1.', maxTimeMs: 40_000 },
  { name: 'privacy-settings', family: 'checkbox', description: 'A messaging app\'s privacy settings: six settings (of eight) on or off at random, as native tick boxes inside their labels or as wordless <button role=switch aria-checked> named by aria-label, with a hint line under some; turn one to three on or off (turn on / enable / switch on / allow and their opposites, "x on | y off"; a named one may be so already) in one of eight wordings; the save caption varies (Save / Apply / Done / Save changes) and is named on some wordings; unnamed settings keep their state; Reset to defaults or a wrong state: −1.', maxTimeMs: 30_000 },
  { name: 'meal-orders', family: 'orders', description: 'A food delivery app\'s past orders in a pane that scrolls: five orders with restaurant, one or two dishes, a date ("Tue 4 Mar" or "4/3") and a total; a reorder control per order (Order again / Reorder / Repeat, or a ↻ named by aria-label) opens a confirm dialog (Place order / Confirm / Pay now, beside Cancel); the order named by restaurant (another shares a word of its name), by a dish, by its date in another spelling or by its total (another total has the same digits), in one of seven wordings; confirming another order: −1.', maxTimeMs: 40_000 },
  { name: 'pet-registration', family: 'form', description: 'A vet clinic\'s new-patient form (labels beside the fields): the pet\'s name, a species <select>, age in years, sex radios (Male / Female), the owner\'s phone; the sex said as male / female, boy / girl or by "he" / "she", the age in digits or words ("a three-year-old"), in one of seven wordings (imperative, polite, free sentence, "From Sam: …", "a | b | c", a question, a labelled note); the submit caption varies (Register / Save / Add patient / Done), beside Clear form (−1); a wrong field: −1.', maxTimeMs: 40_000 },
  // Three development pages written apart from the policy (session 34, area "kinds34a"): kinds only the evaluation half had.
  { name: 'cart-lines', family: 'cart', description: 'A shop\'s cart as a list of three lines (two products share a word: Desk lamp / Floor lamp), each with a price, a quantity (a <select> applying at once, or a number field with its own Update button), a remove control (Delete / Remove, or a × named by aria-label) and Save for later / Move to saved; a subtotal, a checkout button (Check out / Proceed to checkout / Go to checkout), Continue shopping (−1) and a Saved for later list; remove a product, set its quantity (digits or words) or save it for later in one of seven wordings per kind; checking out with any other cart: −1.', maxTimeMs: 40_000 },
  { name: 'focus-field', family: 'text-entry', description: 'A delivery-details form of six text fields in three look-alike pairs (First / Last name, Email / Confirm email, Phone / Mobile phone, Address line 1 / 2, Town / County), named by a label above, a label at the left or only a placeholder: put the cursor in the field the request names (by its label or as a person says it: surname, the second address line, the repeat email) — the first field focused ends the episode —, or on some seeds type a quoted value there and press Enter; any other field or value: −1.', maxTimeMs: 30_000 },
  { name: 'rich-compose', family: 'rich-text', description: 'A message composer: a contenteditable editor of three lines under a B / I / bulleted list / link toolbar (buttons or titled spans acting on mousedown; the link tool opens a URL box): make a word bold or italic, type a text at the end, or turn a line (by ordinal, by its words or its last word) into a bullet, in one of six or seven wordings per kind; the send caption (Send / Post / Save / Publish) is named on some wordings; any other text, style, list or a link, or Discard: −1.', maxTimeMs: 40_000 },
  // Three development pages of kinds the development half lacked (session 34, area "kinds34b"), written apart from the policy.
  { name: 'grouped-picker', family: 'select', description: 'A café\'s (or a clothes shop\'s) size picker: one ARIA list box of sizes grouped under three drinks (or fits) as role=group named by aria-labelledby or aria-label, the same size caption under several groups ("Small" under Coffee and under Tea; "Extra large" beside "Large"); single-select with another size chosen already, or aria-multiselectable with two sizes asked; click or arrow keys and Space; choose the named size(s) of the named group(s) in one of eight wordings (imperative, polite, free sentence, "From Sam: …", "tea | small", "Tea › Small", a question, "Order: …") and press the confirm button (caption varies); any other selection: −1.', maxTimeMs: 30_000 },
  { name: 'session-times', family: 'date-picker', description: 'A festival day\'s schedule: four or five events (a look-alike name among them), each with two or three time slots shown per seed as "9:30 AM", "14:00" or ranges "10–11", some full (disabled); the same time recurs under another event; choose the named event\'s slot named in another spelling ("half past two", "2:30 pm", "14:30", "10 to 11") in one of seven wordings and press the book button (caption varies); another slot or event: −1.', maxTimeMs: 30_000 },
  { name: 'file-treegrid', family: 'tree', description: 'A file manager\'s role=treegrid (Name / Size / Modified columns; rows with aria-level, aria-expanded and a ▸ toggle; ArrowRight / ArrowLeft on a focused row; some folders open at start, one nested two deep): select the file named under a folder (the name recurs under another), or the file of a folder named by its modified date or its size, in one of seven wordings, then press the action button (Open / Download / Share, named on some wordings); another row: −1.', maxTimeMs: 30_000 },
  // Four evaluation pages written apart from the policy (session 30, area "fresh"): everyday chores with wide wording.
  { name: 'playlist-builder', family: 'list', description: 'A music app\'s new-playlist screen (dark): a search field (placeholder or aria-label) filtering a scrolling library of ten songs with title and artist, each with an add toggle (a "+" named by aria-label or only by a shared title, or the word Add; ✓ / Added once in, pressing again takes it out) and the playlist below as chips with ×; look-alikes (a Live / Acoustic / Remix version of a title, two songs by one artist), and on some seeds a wanted song already in; add one to four songs named by title, quoted or "title by artist" in one of eight wordings (add / put / include / find / look up; counts in digits or words); the save caption varies and is never named; Discard or any other playlist: −1.', maxTimeMs: 45_000 },
  { name: 'newsletter-prefs', family: 'checkbox', description: 'A shop\'s e-mail preferences: five newsletter topics whose switches are a <button role=switch aria-checked> named by aria-labelledby or a native role=switch checkbox inside the topic\'s label, on or off at random, and a frequency radio group (As it happens / Daily / Weekly / Monthly; legend per seed); subscribe to and / or unsubscribe from one to four topics (subscribe / sign me up / turn on / enable / switch on and their opposites, "on: … ; off: …") and on most seeds set the frequency in other words ("once a week", "right away"), in one of eight wordings; unnamed topics and an unnamed frequency keep their state; "Unsubscribe from all" or a wrong state: −1.', maxTimeMs: 40_000 },
  { name: 'parcel-returns', family: 'orders', description: 'A shop\'s order list: five delivered orders (colour swatch, colour and product, delivery date as "3 Mar" or "Mar 3", price), the oldest past the return window; a return control per order (Return / Start return / Return item, or a ↩ named by aria-label or only by a shared title) opens a dialog with a reason <select> and a confirm whose caption varies beside Cancel; the order named by colour and product (others share the colour or the product), by delivery date in three spellings or by price, the reason in other words ("it arrived broken", "I saw a better price"), in one of seven wordings; another order or reason: −1.', maxTimeMs: 40_000 },
  { name: 'expense-claim', family: 'form', description: 'A company\'s expense claim form (labels beside or above the fields): an amount field with a currency <select> (preset may differ), a category <select>, the date as a native date input or a DD/MM/YYYY text field, a description; the amount written €42.50 / 42.50 EUR / 42.50 euros / CHF 30, the category by name or in other words ("a hotel stay", "accommodation", "stationery", "courses"), the date spelled or ISO, the description quoted or as the words after "for", in one of seven wordings; the submit caption varies and is never named; Save draft or a wrong claim: −1.', maxTimeMs: 45_000 },
];

/** Every task of both suites: the first suite, then the second. */
export const SUITE_TASKS: readonly SuiteTask[] = Object.freeze([
  ...FIRST_SUITE.map((task) => ({ ...task, suite: 'first' as const })),
  ...SECOND_SUITE.map((task) => ({ ...task, suite: 'second' as const })),
]);

/** The names of all suite tasks, in catalog order. */
export function suiteTaskNames(): string[] {
  return SUITE_TASKS.map((task) => task.name);
}

/** The tasks of one suite, in catalog order. */
export function suiteTasksOf(suite: SuiteName): SuiteTask[] {
  return SUITE_TASKS.filter((task) => task.suite === suite);
}

/** The catalog entry of a task, or a UserFacingError naming the known tasks. */
export function suiteTask(name: string): SuiteTask {
  const task = SUITE_TASKS.find((candidate) => candidate.name === name);
  if (!task) {
    throw new UserFacingError(
      `unknown suite task "${name}"`,
      `known tasks: ${suiteTaskNames().join(', ')}`,
    );
  }
  return task;
}

/**
 * Absolute path of the suite's `html` folder (holding `core/` and `miniwob/`).
 * From source it sits next to this file; a build (`dist/harness/tasks/`) does
 * not copy HTML, so from there we look back at the source tree.
 */
export function suiteDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'html'), resolve(here, '..', '..', '..', 'harness', 'tasks', 'html')];
  for (const candidate of candidates) {
    if (existsSync(join(candidate, 'core', 'core.js'))) return candidate;
  }
  throw new UserFacingError(
    `the task suite's pages are missing (looked in ${candidates.join(' and ')})`,
    'reinstall Understudy or run it from a full checkout',
  );
}

/** file:// URL of a task's page. */
export function suiteTaskUrl(name: string): string {
  suiteTask(name);
  return pathToFileURL(join(suiteDirectory(), 'miniwob', `${name}.html`)).href;
}

export interface SampledUtterance {
  task: string;
  seed: number;
  utterance: string;
}

/**
 * Run each task page in headless Chromium once per seed, exactly as the
 * protocol drives an episode (force-stop, `Math.seedrandom(seed)` with a JS
 * number, data mode 'train', start), and read the instruction.
 *
 * @param tasks task names, or undefined for the whole suite
 * @param seeds integer seeds; each is sent as a JS number (not a string, which would seed differently)
 */
export async function sampleUtterances(
  tasks: readonly string[] | undefined,
  seeds: readonly number[],
): Promise<SampledUtterance[]> {
  const names = tasks === undefined ? suiteTaskNames() : [...tasks];
  for (const name of names) suiteTask(name);
  for (const seed of seeds) {
    if (!Number.isFinite(seed)) throw new UserFacingError(`seed ${String(seed)} is not a finite number`);
  }
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 320, height: 240 }, locale: 'en-US', timezoneId: 'UTC' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const out: SampledUtterance[] = [];
    for (const name of names) {
      await page.goto(suiteTaskUrl(name));
      await page.waitForSelector('#sync-task-cover', { state: 'attached', timeout: 10_000 });
      for (const seed of seeds) {
        const failure = await page.evaluate(startEpisodeInPage, { seed, mode: 'train', maxTimeMs: null });
        if (failure !== null) throw new Error(`task ${name} seed ${seed}: starting the episode failed: ${failure}`);
        const utterance = String(await page.evaluate(utteranceInPage));
        if (errors.length > 0) throw new Error(`task ${name} seed ${seed}: page error: ${errors.join('; ')}`);
        out.push({ task: name, seed, utterance });
      }
      // Stop the running episode so its timer does not fire while the page is replaced.
      await page.evaluate(() => (globalThis as unknown as MiniwobPageGlobals).core.endEpisode(0));
    }
    return out;
  } finally {
    await browser?.close();
  }
}
