/** The exemplar memory's public surface. */
export * from './exemplar-store.js';
export * from './jsonl.js';
export * from './memory-path.js';
export * from './retrieval-key.js';
export * from './embedders/embedder.js';
export * from './embedders/hashed-ngram-embedder.js';
export * from './embedders/openai-compatible-embedder.js';
export * from './embedders/create-embedder.js';
