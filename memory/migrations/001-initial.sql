-- The exemplar memory, first version. One row per trajectory, its steps,
-- content-addressed screenshots, a full-text index of the retrieval key and
-- the key's float vectors and their binary quantisation.

CREATE TABLE memory_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE trajectories (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  task TEXT NOT NULL,
  environment TEXT NOT NULL CHECK (environment IN ('browser', 'desktop')),
  app_key TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('demonstration', 'agent')),
  outcome_status TEXT NOT NULL,
  outcome_reason TEXT NOT NULL,
  outcome_answer TEXT,
  reward REAL,
  success INTEGER NOT NULL CHECK (success IN (0, 1)),
  -- ms since the epoch
  created_at INTEGER NOT NULL,
  format_version INTEGER NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}',
  -- The compact state summary that, with the task, forms the retrieval key.
  key_state TEXT NOT NULL DEFAULT '',
  step_count INTEGER NOT NULL
) STRICT;

CREATE INDEX trajectories_created ON trajectories (created_at);
CREATE INDEX trajectories_filters ON trajectories (environment, app_key, source, success);

CREATE TABLE steps (
  trajectory_rowid INTEGER NOT NULL REFERENCES trajectories (rowid) ON DELETE CASCADE,
  step_index INTEGER NOT NULL,
  observation_text TEXT NOT NULL,
  observation_url TEXT,
  observation_title TEXT,
  screenshot_sha256 TEXT,
  elements TEXT NOT NULL,
  action TEXT NOT NULL,
  targets TEXT NOT NULL,
  result TEXT,
  thought TEXT,
  plan TEXT,
  critique TEXT,
  details TEXT,
  timings TEXT NOT NULL,
  PRIMARY KEY (trajectory_rowid, step_index)
) STRICT, WITHOUT ROWID;

CREATE INDEX steps_screenshot ON steps (screenshot_sha256) WHERE screenshot_sha256 IS NOT NULL;

CREATE TABLE screenshots (
  sha256 TEXT PRIMARY KEY,
  png BLOB NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;

-- Full text of the retrieval key; rowid = trajectories.rowid. Contentless,
-- since the text already lives in trajectories. No stemmer: terms stay plain
-- lower-case words so their document counts can be looked up in
-- trajectory_terms by the same spelling the query uses.
CREATE VIRTUAL TABLE trajectory_text USING fts5 (
  task,
  state,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Per-term document counts of trajectory_text (to plan a query's cost).
CREATE VIRTUAL TABLE trajectory_terms USING fts5vocab (trajectory_text, 'row');

-- Unit-length float32 embedding of the retrieval key (sqlite-vec's vector
-- blob format); rowid = trajectories.rowid.
CREATE TABLE trajectory_vectors (
  trajectory_rowid INTEGER PRIMARY KEY REFERENCES trajectories (rowid) ON DELETE CASCADE,
  vector BLOB NOT NULL
) STRICT;

-- The same embedding quantised to one bit per dimension
-- (sqlite-vec vec_quantize_binary): the vector search's first pass. Apart
-- from the floats so that loading it reads 48 bytes a row, not 1.5 kB.
CREATE TABLE trajectory_bits (
  trajectory_rowid INTEGER PRIMARY KEY REFERENCES trajectories (rowid) ON DELETE CASCADE,
  bits BLOB NOT NULL
) STRICT;
