/*
 * Word lists and small helpers shared by the suite's task pages. Everything
 * random goes through core.* (and so through the seeded Math.random).
 */
/* eslint-disable no-var */
var uiUtils = {};

uiUtils.FIRST_NAMES = [
  'Anna', 'Bruno', 'Carla', 'Dmitri', 'Elena', 'Farah', 'Gustav', 'Hana', 'Ivan', 'Julia', 'Kofi', 'Lena',
  'Marco', 'Nadia', 'Oscar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wade', 'Yara', 'Zeke',
];
uiUtils.LAST_NAMES = [
  'Abbott', 'Baker', 'Castro', 'Dunn', 'Ellis', 'Fischer', 'Garcia', 'Horn', 'Ito', 'Jensen', 'Klein', 'Lopez',
  'Moreau', 'Novak', 'Olsen', 'Patel', 'Reyes', 'Silva', 'Tanaka', 'Ueda', 'Vance', 'Weber', 'Young', 'Zhou',
];
uiUtils.WORDS = [
  'amber', 'anchor', 'apple', 'arrow', 'basket', 'beacon', 'berry', 'blade', 'bloom', 'breeze', 'brick', 'candle',
  'canyon', 'cedar', 'chalk', 'cloud', 'comet', 'coral', 'crane', 'daisy', 'delta', 'dune', 'eagle', 'ember',
  'fable', 'feather', 'fern', 'flint', 'forest', 'frost', 'garnet', 'glade', 'globe', 'grape', 'harbor', 'hazel',
  'honey', 'island', 'ivory', 'jade', 'jelly', 'kettle', 'koala', 'lantern', 'lemon', 'lilac', 'lotus', 'maple',
  'marble', 'meadow', 'melon', 'mint', 'mirror', 'nectar', 'noble', 'oasis', 'olive', 'onyx', 'orbit', 'otter',
  'panda', 'pearl', 'pepper', 'pillow', 'planet', 'plume', 'quartz', 'quill', 'raven', 'ribbon', 'river', 'robin',
  'saddle', 'salmon', 'silver', 'spruce', 'stone', 'sugar', 'tango', 'thistle', 'tiger', 'topaz', 'tulip', 'umber',
  'valley', 'velvet', 'violet', 'walnut', 'willow', 'winter', 'yarrow', 'zephyr', 'zinc',
];
uiUtils.LOREM = [
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do', 'eiusmod', 'tempor',
  'incididunt', 'ut', 'labore', 'et', 'dolore', 'magna', 'aliqua', 'enim', 'ad', 'minim', 'veniam', 'quis',
  'nostrud', 'exercitation', 'ullamco', 'laboris', 'nisi', 'aliquip', 'ex', 'ea', 'commodo', 'consequat',
];
uiUtils.CITIES = [
  'Amsterdam', 'Athens', 'Berlin', 'Boston', 'Cairo', 'Chicago', 'Denver', 'Dublin', 'Geneva', 'Helsinki',
  'Lima', 'Lisbon', 'Madrid', 'Miami', 'Nairobi', 'Oslo', 'Paris', 'Prague', 'Quito', 'Rome', 'Seattle',
  'Seoul', 'Sydney', 'Tokyo', 'Toronto', 'Vienna', 'Warsaw', 'Zurich',
];
uiUtils.COUNTRIES = [
  'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Bahamas',
  'Bahrain', 'Bangladesh', 'Belarus', 'Belgium', 'Belize', 'Bolivia', 'Botswana', 'Brazil', 'Bulgaria',
  'Cambodia', 'Cameroon', 'Canada', 'Chile', 'China', 'Colombia', 'Croatia', 'Cuba', 'Cyprus', 'Denmark',
  'Ecuador', 'Egypt', 'Estonia', 'Ethiopia', 'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece',
  'Guatemala', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Ireland', 'Israel', 'Italy',
  'Jamaica', 'Japan', 'Jordan', 'Kenya', 'Latvia', 'Lebanon', 'Libya', 'Lithuania', 'Malaysia', 'Mali',
  'Malta', 'Mexico', 'Monaco', 'Mongolia', 'Morocco', 'Namibia', 'Nepal', 'Nicaragua', 'Nigeria', 'Norway',
  'Oman', 'Panama', 'Paraguay', 'Peru', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Rwanda', 'Senegal',
  'Serbia', 'Slovakia', 'Slovenia', 'Somalia', 'Spain', 'Sweden', 'Tanzania', 'Thailand', 'Tunisia', 'Turkey',
  'Uganda', 'Ukraine', 'Uruguay', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
];
uiUtils.MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];

/** `count` distinct elements of `list`, in random order. */
uiUtils.sampleDistinct = function (list, count) {
  return core.shuffle(list.slice()).slice(0, count);
};
/** A random lower-case string of letters, `length` long. */
uiUtils.randomLetters = function (length) {
  var letters = 'abcdefghijklmnopqrstuvwxyz';
  var out = '';
  for (var i = 0; i < length; i++) out += letters.charAt(core.randi(0, letters.length));
  return out;
};
/** A sentence of `count` lorem words. */
uiUtils.loremSentence = function (count) {
  var words = [];
  for (var i = 0; i < count; i++) words.push(core.sample(uiUtils.LOREM));
  var text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
};
/** "1st", "2nd", "3rd", "4th", … */
uiUtils.ordinal = function (n) {
  var s = ['th', 'st', 'nd', 'rd'];
  var v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
};
/** Two-digit zero padding. */
uiUtils.pad2 = function (n) {
  return (n < 10 ? '0' : '') + n;
};
