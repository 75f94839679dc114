/** Moved to agent/core (memory's embedders redact with it too); kept here for older imports. */
export * from '../core/secret-patterns.js';
