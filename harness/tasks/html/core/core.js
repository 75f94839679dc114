/*
 * Understudy's own episode machinery for MiniWoB-protocol task pages.
 *
 * Written from scratch to expose the same globals and functions as the
 * MiniWoB++ core (see PROTOCOL-MINIWOB.md), so the harness drives the
 * project's suite and the real pages the same way:
 *   core.startEpisode()        show the START cover (called on load and after each episode)
 *   core.startEpisodeReal()    genProblem(), reset the WOB_* globals, arm the time limit
 *   core.endEpisode(r, tp, why) first call per episode wins; time-proportional reward
 *   core.getUtterance()        #query text, whitespace collapsed
 *   core.setDataMode(mode)     also set by ?mode=X
 *   core.randi/randf/sample/shuffle  all randomness goes through Math.random,
 *                              which Math.seedrandom(seed) replaces (seedrandom.min.js).
 * Times are milliseconds. The task area is 160×210 CSS px at the page origin.
 */
/* eslint-disable no-var */
var core = {};

/** Episode state read by the harness (names fixed by the protocol). */
var WOB_DONE_GLOBAL = false;
var WOB_REWARD_GLOBAL = 0;
var WOB_RAW_REWARD_GLOBAL = 0;
var WOB_REWARD_REASON = null;
var WOB_TASK_READY = true;
var WOB_EPISODE_ID = 0;
var WOB_DATA_MODE = 'default';

/** Time limit of one episode, ms; pages may override it in top-level script. */
core.EPISODE_MAX_TIME = 10000;
/** The pending timeout that ends the episode with −1; null when no episode runs. */
core.EP_TIMER = null;
/** Date.now() at the start of the running episode. */
core.ept0 = 0;
/** Running statistics for the HUD. */
core.stats = { episodes: 0, rewardSum: 0, lastReward: null };

// ---------- randomness (always through Math.random so seeding reproduces problems) ----------

/** Integer in [min, max). */
core.randi = function (min, max) {
  return Math.floor(Math.random() * (max - min) + min);
};
/** Float in [min, max). */
core.randf = function (min, max) {
  return Math.random() * (max - min) + min;
};
/** One element of a list. */
core.sample = function (list) {
  return list[Math.floor(Math.random() * list.length)];
};
/** Fisher–Yates shuffle in place; returns the same array for convenience. */
core.shuffle = function (array) {
  for (var i = array.length - 1; i > 0; i--) {
    var j = Math.floor(Math.random() * (i + 1));
    var t = array[i];
    array[i] = array[j];
    array[j] = t;
  }
  return array;
};

// ---------- data mode ----------

core.setDataMode = function (mode) {
  WOB_DATA_MODE = mode;
};
(function readQueryString() {
  try {
    var params = new URLSearchParams(window.location.search);
    if (params.get('mode')) core.setDataMode(params.get('mode'));
  } catch (error) {
    /* no URLSearchParams: keep the default mode */
  }
})();

// ---------- utterance ----------

core.getUtterance = function () {
  var query = document.getElementById('query');
  if (!query) return '';
  return query.textContent.replace(/\s+/g, ' ').trim();
};

// ---------- display: cover, HUD ----------

core.createDisplay = function () {
  if (!document.getElementById('reward-display')) {
    var display = document.createElement('div');
    display.id = 'reward-display';
    display.innerHTML =
      '<div class="info"><label>Last reward:</label><span id="reward-last">-</span></div>' +
      '<div class="info"><label>Last 10 average:</label><span id="reward-avg">-</span></div>' +
      '<div class="info"><label>Time left:</label><span id="timer-countdown">-</span></div>' +
      '<div class="info"><label>Episodes done:</label><span id="episode-id">0</span></div>';
    document.body.appendChild(display);
  }
  if (!document.getElementById('sync-task-cover')) {
    var cover = document.createElement('div');
    cover.id = 'sync-task-cover';
    cover.textContent = 'START';
    cover.addEventListener('click', function () {
      core.startEpisodeReal();
    });
    var wrap = document.getElementById('wrap') || document.body;
    wrap.appendChild(cover);
  }
};

core.recentRewards = [];
core.updateDisplay = function (reward) {
  core.recentRewards.push(reward);
  if (core.recentRewards.length > 10) core.recentRewards.shift();
  var sum = 0;
  for (var i = 0; i < core.recentRewards.length; i++) sum += core.recentRewards[i];
  var last = document.getElementById('reward-last');
  var avg = document.getElementById('reward-avg');
  var episodes = document.getElementById('episode-id');
  if (last) {
    last.textContent = reward.toFixed(2);
    last.className = reward > 0 ? 'positive' : reward < 0 ? 'negative' : '';
  }
  if (avg) avg.textContent = (sum / core.recentRewards.length).toFixed(2);
  if (episodes) episodes.textContent = String(WOB_EPISODE_ID);
};

core.COUNTDOWN = null;
core.startCountdown = function () {
  core.stopCountdown();
  var element = document.getElementById('timer-countdown');
  if (!element) return;
  var tick = function () {
    var left = Math.max(0, core.EPISODE_MAX_TIME - (Date.now() - core.ept0));
    element.textContent = (left / 1000).toFixed(0) + ' / ' + (core.EPISODE_MAX_TIME / 1000).toFixed(0) + 'sec';
  };
  tick();
  core.COUNTDOWN = setInterval(tick, 500);
};
core.stopCountdown = function () {
  if (core.COUNTDOWN !== null) clearInterval(core.COUNTDOWN);
  core.COUNTDOWN = null;
};

// ---------- episode lifecycle ----------

/** Show the START cover; the episode begins when it is clicked (or the harness calls startEpisodeReal). */
core.startEpisode = function () {
  core.createDisplay();
  var cover = document.getElementById('sync-task-cover');
  if (cover) cover.style.display = 'block';
};

/** Kept for parity with the MiniWoB core, where it resets DOM reference numbers. */
core.resetRefCode = function () {
  core.refCode = 1;
};

core.startEpisodeReal = function () {
  core.resetRefCode();
  // A page's genProblem rebuilds #area; clear "tampered" marks from the last episode first.
  var tampered = document.querySelectorAll('[data-tampered]');
  for (var i = 0; i < tampered.length; i++) tampered[i].removeAttribute('data-tampered');
  if (core.EP_TIMER !== null) clearTimeout(core.EP_TIMER);
  core.EP_TIMER = null;
  genProblem();
  WOB_DONE_GLOBAL = false;
  WOB_REWARD_GLOBAL = 0;
  WOB_RAW_REWARD_GLOBAL = 0;
  WOB_REWARD_REASON = null;
  if (window.getSelection) window.getSelection().removeAllRanges();
  window.scrollTo(0, 0);
  var cover = document.getElementById('sync-task-cover');
  if (cover) cover.style.display = 'none';
  core.ept0 = Date.now();
  core.EP_TIMER = setTimeout(function () {
    core.endEpisode(-1, false, 'timed out');
  }, core.EPISODE_MAX_TIME);
  core.startCountdown();
};

/**
 * End the running episode. Only the first call per episode counts: the timer
 * doubles as the "episode running" flag, exactly like the MiniWoB core, so a
 * page that reports twice (or the harness's force-stop) cannot change the score.
 * @param {number} reward raw reward in [−1, 1]
 * @param {boolean} [timeProportional] scale by the unused fraction of EPISODE_MAX_TIME
 * @param {string} [reason] why (e.g. 'timed out'); stored in WOB_REWARD_REASON
 */
core.endEpisode = function (reward, timeProportional, reason) {
  if (core.EP_TIMER === null) return;
  clearTimeout(core.EP_TIMER);
  core.EP_TIMER = null;
  core.stopCountdown();
  WOB_RAW_REWARD_GLOBAL = reward;
  WOB_REWARD_REASON = reason;
  if (timeProportional) {
    var elapsed = Date.now() - core.ept0;
    reward = reward * Math.max(0, 1 - elapsed / core.EPISODE_MAX_TIME);
  }
  WOB_REWARD_GLOBAL = reward;
  WOB_DONE_GLOBAL = true;
  WOB_EPISODE_ID++;
  core.stats.episodes++;
  core.stats.rewardSum += reward;
  core.stats.lastReward = reward;
  core.updateDisplay(reward);
  core.startEpisode();
};

// ---------- small helpers shared by the task pages ----------

/** Escape text for innerHTML. */
core.escapeHtml = function (text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
};

/** Mark clicked elements, like the MiniWoB core does for its DOM info. */
document.addEventListener(
  'click',
  function (event) {
    var target = event.target;
    if (target && target.setAttribute) target.setAttribute('data-tampered', 'e' + WOB_EPISODE_ID);
  },
  true,
);
