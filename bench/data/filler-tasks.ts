/**
 * Distractor trajectories for the memory benchmark: everyday desktop and web
 * chores that are not tasks of the suite but share its vocabulary ("click",
 * "select", "submit", "button", "text field"), so full-text and vector search
 * must tell them apart from the labelled exemplars, and common words make
 * full-text posting lists as long as they would be in a well-used memory.
 */
import seedrandom from 'seedrandom';

const NAMES = ['Alice', 'Bruno', 'Chen', 'Dana', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya'];
const FILES = ['report', 'invoice', 'notes', 'budget', 'photo', 'resume', 'slides', 'draft', 'contract', 'backup', 'schedule', 'readme'];
const EXTENSIONS = ['pdf', 'docx', 'txt', 'xlsx', 'png', 'csv', 'md'];
const APPS = ['Firefox', 'Terminal', 'Files', 'Calculator', 'Settings', 'Text Editor', 'Mail', 'Calendar', 'Spreadsheet', 'Music'];
const FOLDERS = ['Documents', 'Downloads', 'Pictures', 'Desktop', 'Projects', 'Archive', 'Music', 'Videos'];
const SETTINGS = ['dark mode', 'notifications', 'Wi-Fi', 'Bluetooth', 'auto-save', 'spell check', 'night light', 'location'];
const SITES = ['the news site', 'the bank', 'the shop', 'the wiki', 'the forum', 'the weather page', 'the library catalogue'];
const THINGS = ['red shoes', 'a desk lamp', 'coffee beans', 'a phone case', 'printer paper', 'running socks', 'a water bottle'];
const WORDS = ['quarterly', 'summary', 'holiday', 'meeting', 'travel', 'recipe', 'garden', 'budget', 'launch', 'review'];

type Pick = <T>(list: readonly T[]) => T;

const TEMPLATES: readonly ((pick: Pick, n: () => number) => { task: string; state: string })[] = [
  (p) => ({ task: `Open ${p(APPS)} from the dock`, state: `button "${p(APPS)}"\nbutton "${p(APPS)}"\nbutton "Show Applications"` }),
  (p) => ({ task: `Rename the file ${p(FILES)}.${p(EXTENSIONS)} to ${p(FILES)}-final`, state: `listitem "${p(FILES)}.${p(EXTENSIONS)}"\nmenuitem "Rename"\ntextbox "Name"` }),
  (p) => ({ task: `Move ${p(FILES)}.${p(EXTENSIONS)} into the ${p(FOLDERS)} folder`, state: `listitem "${p(FOLDERS)}"\nlistitem "${p(FILES)}.${p(EXTENSIONS)}"` }),
  (p) => ({ task: `Turn on ${p(SETTINGS)} in Settings`, state: `switch "${p(SETTINGS)}"\nswitch "${p(SETTINGS)}"\nheading "Settings"` }),
  (p) => ({ task: `Turn off ${p(SETTINGS)} and close the window`, state: `switch "${p(SETTINGS)}"\nbutton "Close"` }),
  (p) => ({ task: `Write an email to ${p(NAMES)} with the subject "${p(WORDS)} ${p(WORDS)}" and send it`, state: `textbox "To"\ntextbox "Subject"\nbutton "Send"` }),
  (p) => ({ task: `Reply to the message from ${p(NAMES)} saying thanks`, state: `listitem "${p(NAMES)}"\nbutton "Reply"\nbutton "Archive"` }),
  (p, n) => ({ task: `Add a calendar event "${p(WORDS)}" on day ${n() % 28 + 1} at ${n() % 12 + 1} pm`, state: `button "New event"\ntextbox "Title"\ncombobox "Time"` }),
  (p) => ({ task: `Search ${p(SITES)} for ${p(THINGS)} and open the first result`, state: `textbox "Search"\nbutton "Go"\nlink "Home"` }),
  (p) => ({ task: `Put ${p(THINGS)} in the shopping cart and go to checkout`, state: `button "Add to cart"\nlink "Cart"\ntext "${p(THINGS)}"` }),
  (p, n) => ({ task: `Set the font size to ${n() % 20 + 8} in the ${p(APPS)} preferences`, state: `combobox "Font size"\nbutton "OK"\nbutton "Cancel"` }),
  (p) => ({ task: `Create a new folder called ${p(WORDS)} in ${p(FOLDERS)}`, state: `button "New folder"\nlistitem "${p(FOLDERS)}"` }),
  (p) => ({ task: `Delete every ${p(EXTENSIONS)} file in ${p(FOLDERS)}`, state: `listitem "${p(FILES)}.${p(EXTENSIONS)}"\nlistitem "${p(FILES)}.${p(EXTENSIONS)}"\nbutton "Delete"` }),
  (p) => ({ task: `Bookmark the page of ${p(SITES)}`, state: `button "Bookmark this page"\nlink "Menu"` }),
  (p, n) => ({ task: `Compute ${n() % 900 + 100} times ${n() % 90 + 10} with the calculator`, state: `button "7"\nbutton "8"\nbutton "×"\nbutton "="` }),
  (p) => ({ task: `Log out of ${p(SITES)}`, state: `link "Account"\nbutton "Log out"` }),
  (p) => ({ task: `Change the wallpaper to a picture from ${p(FOLDERS)}`, state: `button "Change background"\nlistitem "${p(FOLDERS)}"` }),
  (p) => ({ task: `Print ${p(FILES)}.${p(EXTENSIONS)} on both sides of the paper`, state: `button "Print"\ncheckbox "Two-sided"\ncombobox "Printer"` }),
  (p) => ({ task: `Copy the text "${p(WORDS)}" from the document and paste it into the note`, state: `textbox "Note"\nmenuitem "Paste"` }),
  (p) => ({ task: `Unsubscribe from the newsletter of ${p(SITES)}`, state: `link "Unsubscribe"\ncheckbox "All emails"\nbutton "Save"` }),
  (p) => ({ task: `Sort the ${p(FOLDERS)} folder by date, newest first`, state: `button "Sort"\nmenuitem "Date"\nmenuitem "Name"` }),
  (p) => ({ task: `Zip the ${p(FOLDERS)} folder and attach it to a message to ${p(NAMES)}`, state: `menuitem "Compress"\nbutton "Attach"` }),
  (p) => ({ task: `Mute the sound and lower the screen brightness`, state: `slider "Volume"\nslider "Brightness"\nbutton "Mute"` }),
  (p) => ({ task: `Accept the meeting invitation from ${p(NAMES)}`, state: `button "Accept"\nbutton "Decline"\ntext "${p(NAMES)}"` }),
  (p) => ({ task: `Fill in the survey on ${p(SITES)} and click the Next button`, state: `radio "Yes"\nradio "No"\nbutton "Next"` }),
  (p) => ({ task: `Select all the photos from ${p(FOLDERS)} and click Share`, state: `checkbox "photo-1"\ncheckbox "photo-2"\nbutton "Share"` }),
  (p) => ({ task: `Type "${p(WORDS)}" into the search field of ${p(APPS)} and press Enter`, state: `textbox "Search"\nbutton "Clear"` }),
  (p) => ({ task: `Pick ${p(NAMES)} from the contacts list and start a call`, state: `listitem "${p(NAMES)}"\nbutton "Call"` }),
];

/** The i-th distractor, the same every run for the same i. */
export function fillerTask(index: number): { task: string; state: string; template: number } {
  const random = seedrandom(`filler-${index}`);
  const pick: Pick = (list) => list[Math.floor(random() * list.length)]!;
  const template = index % TEMPLATES.length;
  return { ...TEMPLATES[template]!(pick, () => Math.floor(random() * 10_000)), template };
}
