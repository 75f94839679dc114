/**
 * Settings as the app shows and edits them: the effective values with secrets
 * masked, and changes written to the config file (validated before they are
 * written, so a bad value never reaches the file). Environment variables and
 * flags still win over the file; `sources` says where each value came from.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigSchema } from '../../agent/config/config-schema.js';
import { maskSecret } from '../../agent/config/mask-secrets.js';
import { UserFacingError, errorMessage } from '../../agent/core/errors.js';
import type { ParsedInput, SettingsView } from '../api/contract.js';
import type { ServiceContext } from './service-context.js';

export function settingsView(context: ServiceContext): SettingsView {
  const { config } = context;
  return {
    file: context.configFile,
    memoryPath: context.memoryPath,
    model: config.model,
    openaiBaseUrl: config.openai.baseUrl ?? '',
    openaiApiKey: config.openai.apiKey ? maskSecret(config.openai.apiKey) : '',
    confirmRiskyActions: config.safety.confirmRiskyActions,
    secretCount: config.safety.secrets.length,
    maxSteps: config.budgets.maxSteps,
    maxWallTimeMs: config.budgets.maxWallTimeMs,
    sources: Object.fromEntries(Object.entries(context.sources)),
  };
}

function readFileObject(path: string): Record<string, any> {
  if (!existsSync(path)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as Record<string, any>;
  } catch (error) {
    throw new UserFacingError(`config file ${path} cannot be read: ${errorMessage(error)}`, 'fix or remove it, then try again');
  }
}

/** Apply the changes to the config file; returns nothing (the caller reloads the context). */
export function writeSettings(configPath: string, changes: ParsedInput<'settings.set'>): void {
  const file = readFileObject(configPath);
  const section = (name: string): Record<string, any> => (file[name] = typeof file[name] === 'object' && file[name] ? file[name] : {});
  if (changes.model !== undefined) file.model = changes.model.trim();
  if (changes.openaiBaseUrl !== undefined) {
    if (changes.openaiBaseUrl === '') delete section('openai').baseUrl;
    else section('openai').baseUrl = changes.openaiBaseUrl;
  }
  if (changes.openaiApiKey !== undefined) {
    if (changes.openaiApiKey === '') delete section('openai').apiKey;
    else section('openai').apiKey = changes.openaiApiKey;
  }
  if (changes.confirmRiskyActions !== undefined) section('safety').confirmRiskyActions = changes.confirmRiskyActions;
  if (changes.secrets !== undefined) section('safety').secrets = changes.secrets;
  if (changes.addSecrets?.length) {
    const listed: unknown = section('safety').secrets;
    const current = Array.isArray(listed) ? listed.filter((item): item is string => typeof item === 'string') : [];
    section('safety').secrets = [...new Set([...current, ...changes.addSecrets])];
  }
  if (changes.maxSteps !== undefined) section('budgets').maxSteps = changes.maxSteps;
  if (changes.maxWallTimeMs !== undefined) section('budgets').maxWallTimeMs = changes.maxWallTimeMs;
  if (changes.memoryPath !== undefined) {
    if (changes.memoryPath.trim() === '') delete section('memory').path;
    else section('memory').path = changes.memoryPath.trim();
  }
  const checked = ConfigSchema.safeParse(file);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new UserFacingError(`setting ${issue.path.join('.')}: ${issue.message}`);
  }
  mkdirSync(dirname(configPath), { recursive: true });
  const temporary = `${configPath}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, configPath);
}
