/**
 * A rewording of a suite instruction that keeps its meaning but swaps the
 * template's words for synonyms, so the benchmark also measures retrieval
 * for task texts that do not repeat a stored template word for word.
 */
const REWRITES: readonly [RegExp, string][] = [
  [/\bClick on the link\b/g, 'Follow the link'],
  [/\bClick on the\b/g, 'Press the'],
  [/\bClick the button in\b/g, 'Press the button in'],
  [/\bclick on the link\b/g, 'open the link'],
  [/\bclick it\b/g, 'press it'],
  [/\bclick Submit\b/g, 'hit Submit'],
  [/\bClick button\b/g, 'Press button'],
  [/\bthen click button\b/g, 'and after that press button'],
  [/\bSelect\b/g, 'Choose'],
  [/\bEnter an item\b/g, 'Type a value'],
  [/\bEnter\b/g, 'Type'],
  [/\binto the text fields\b/g, 'into the input boxes'],
  [/\binto the text field\b/g, 'in the input box'],
  [/\binto both text fields\b/g, 'in both inputs'],
  [/\bpress Submit\b/g, 'submit it'],
  [/\bpress submit\b/g, 'submit'],
  [/\bpress login\b/g, 'sign in'],
  [/\bSwitch between the tabs to find\b/g, 'Look through the tabs for'],
  [/\bExpand the sections below, to find\b/g, 'Open the sections to locate'],
  [/\bdialog box\b/g, 'popup'],
  [/\blabeled\b/g, 'named'],
  [/\bFocus into\b/g, 'Put the cursor in'],
  [/\bSend the form as\b/g, 'Submit the form for'],
  [/\bUse the textbox to enter\b/g, 'Search for'],
  [/\band press "Search", then find and click\b/g, 'and open'],
  [/\bFind the email by\b/g, 'Open the message from'],
  [/\bforward that email to\b/g, 'forward it to'],
  [/\bclick the trash icon to delete it\b/g, 'delete it'],
  [/\breply to them with\b/g, 'answer with'],
  [/\bas the date and hit submit\b/g, 'in the date picker and submit'],
  [/\bBook the\b/g, 'Reserve the'],
  [/\bScroll down the list to find\b/g, 'Scroll the list until you see'],
  [/\bDrag\b/g, 'Move'],
  [/\bfrom the menu\b/g, 'in the menu bar'],
  [/\bfrom the list\b/g, 'in the dropdown'],
  [/\bstarts with\b/g, 'begins with'],
  [/\bends with\b/g, 'finishes with'],
];

export function paraphrase(utterance: string): string {
  return REWRITES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), utterance);
}
