/*
 * Shared bits of the second suite's pages (written apart from the first
 * suite): its own word lists, per-seed captions and instruction phrasings.
 * All randomness goes through core.* so Math.seedrandom(seed) reproduces a page.
 */
/* eslint-disable no-var */
var s2 = {};

s2.GIVEN = ['Lara', 'Mateo', 'Ingrid', 'Kwame', 'Sofia', 'Tomasz', 'Aiko', 'Bjorn', 'Chiara', 'Dario', 'Esme', 'Felix',
  'Greta', 'Hugo', 'Ines', 'Jonas', 'Keiko', 'Luca', 'Mira', 'Nils', 'Olga', 'Pavel', 'Rhea', 'Soren', 'Talia', 'Viktor'];
s2.FAMILY = ['Ahn', 'Brandt', 'Costa', 'Dahl', 'Eriksen', 'Ferrara', 'Gallo', 'Haas', 'Iqbal', 'Juarez', 'Kowal', 'Lindqvist',
  'Mendes', 'Nakamura', 'Okafor', 'Pereira', 'Quist', 'Rossi', 'Sato', 'Toth', 'Varga', 'Wolff', 'Yilmaz', 'Zeller'];
s2.CITIES = ['Oslo', 'Lisbon', 'Porto', 'Turin', 'Krakow', 'Ghent', 'Bergen', 'Malmo', 'Lyon', 'Seville', 'Graz', 'Utrecht',
  'Aarhus', 'Bremen', 'Cork', 'Dijon', 'Split', 'Tallinn', 'Vilnius', 'Riga', 'Basel', 'Bologna', 'Nantes', 'Leeds'];
s2.NOUNS = ['harbour', 'pixel', 'walnut', 'compass', 'lagoon', 'meteor', 'orchid', 'pebble', 'quasar', 'saffron', 'tundra',
  'violet', 'willow', 'zephyr', 'bramble', 'cobalt', 'drizzle', 'falcon', 'glacier', 'hollow', 'juniper', 'kernel',
  'lichen', 'magnet', 'nimbus', 'oyster', 'prism', 'rumble', 'sequoia', 'timber', 'umber', 'vortex', 'wharf', 'yonder'];
s2.MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
/** Captions a confirm button may carry; a page draws one per episode. */
s2.CAPTIONS = ['Submit', 'Go', 'OK', 'Send', 'Save', 'Done', 'Apply', 'Confirm'];

/** k distinct elements of a list, in random order. */
s2.pick = function (list, k) {
  return core.shuffle(list.slice()).slice(0, k);
};
/** A caption for the page's confirm button. */
s2.caption = function () {
  return core.sample(s2.CAPTIONS);
};
/** 1 → "1st", 2 → "2nd", 13 → "13th". */
s2.ordinal = function (n) {
  var tens = n % 100;
  if (tens >= 11 && tens <= 13) return n + 'th';
  return n + (['th', 'st', 'nd', 'rd'][n % 10] || 'th');
};
/** Zero-padded two digits. */
s2.pad2 = function (n) {
  return (n < 10 ? '0' : '') + n;
};
/** Fill a template like 'Press {caption} now' from a dictionary. */
s2.fill = function (template, values) {
  return template.replace(/\{(\w+)\}/g, function (whole, key) {
    return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : whole;
  });
};
/** One of several phrasings, filled. */
s2.phrase = function (templates, values) {
  return s2.fill(core.sample(templates), values);
};
/** Set the instruction. */
s2.say = function (text) {
  document.getElementById('query').textContent = text;
};
/** End the episode: 1 (time-proportional) when ok, else −1. */
s2.finish = function (ok, why) {
  core.endEpisode(ok ? 1 : -1, ok, ok ? undefined : why);
};

// A rich editor's toolbar: every `.bar span[data-cmd]` under `area` runs its
// command on mousedown (keeping the editor's selection), as editors' glyphs do.
s2.bindFormatBar = function (area) {
  area.querySelectorAll('.bar span[data-cmd]').forEach(function (glyph) {
    glyph.addEventListener('mousedown', function (event) {
      event.preventDefault();
      document.execCommand(glyph.getAttribute('data-cmd'));
    });
  });
};

// The editor's text with no-break spaces and runs of white space made single.
s2.cleanText = function (text) {
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
};

// The text of `editor` whose computed style passes `test`, its pieces joined by
// `separator` — how a page checks which words are bold or italic.
s2.styledText = function (editor, test, separator) {
  var out = [];
  var walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || !node.textContent.trim()) continue;
    if (test(getComputedStyle(node.parentElement))) out.push(node.textContent);
  }
  return s2.cleanText(out.join(separator));
};
