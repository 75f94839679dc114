/**
 * Reading a judge's JSON verdict ({"feasible"|"complete": bool, "reason": str})
 * out of free text. Pure; never throws.
 */
import { jsonCandidates } from '../prompts/json-candidates.js';

export type JudgeReading = { ok: true; verdict: boolean; reason: string } | { ok: false; problem: string };

export function readJudgeAnswer(text: string, field: 'feasible' | 'complete'): JudgeReading {
  for (const candidate of jsonCandidates(text.slice(0, 20_000))) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const record = value as Record<string, unknown>;
    const verdict = record[field];
    if (typeof verdict !== 'boolean') continue;
    const reason = typeof record.reason === 'string' && record.reason.trim() ? record.reason.trim() : '(no reason given)';
    return { ok: true, verdict, reason };
  }
  // A bare yes/no is still an answer.
  const bare = text.trim().toLowerCase();
  if (/^(yes|true)\b/.test(bare)) return { ok: true, verdict: true, reason: text.trim().slice(0, 200) };
  if (/^(no|false)\b/.test(bare)) return { ok: true, verdict: false, reason: text.trim().slice(0, 200) };
  return { ok: false, problem: `no {"${field}": true|false} verdict in the answer` };
}
