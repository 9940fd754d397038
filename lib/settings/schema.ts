/**
 * Softer's settings: their shape, their defaults, and a forgiving parse. Pure (no browser API), so the
 * same code reads storage, an imported file and a test fixture. Message text never appears here;
 * the phrases a person chose to ignore are the one piece of their own wording Softer keeps.
 */
import { z } from 'zod/mini';
import { MESSAGING_SITES } from '../sites';
import { type AnalyzeOptions, CATEGORIES, type Category, type Sensitivity } from '../types';

export const SETTINGS_VERSION = 1;

export interface Settings {
  /** Categories the person switched off. */
  disabledCategories: Category[];
  sensitivity: Sensitivity;
  /** Per-site choices, by hostname; a site not listed follows the default (on for messaging sites). */
  sites: Record<string, { enabled: boolean }>;
  /** Softer is paused everywhere until this time (ms since 1970); null when not paused. */
  pausedUntil: number | null;
  /** Phrases the person chose to ignore, as they chose them. */
  ignoredPhrases: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  disabledCategories: [],
  sensitivity: 'balanced',
  sites: {},
  pausedUntil: null,
  ignoredPhrases: [],
};

/** Longest ignored phrase and most phrases kept: settings stay small whatever is imported. */
const MAX_PHRASE = 200;
const MAX_PHRASES = 500;

const FIELDS = {
  disabledCategories: z.array(z.enum(CATEGORIES)),
  sensitivity: z.enum(['gentle', 'balanced', 'strict']),
  sites: z.record(z.string().check(z.regex(/^[a-z0-9.-]{1,253}$/)), z.object({ enabled: z.boolean() })),
  pausedUntil: z.nullable(z.number()),
  ignoredPhrases: z
    .array(z.string().check(z.minLength(1), z.maxLength(MAX_PHRASE)))
    .check(z.maxLength(MAX_PHRASES)),
};

export interface ParsedSettings {
  settings: Settings;
  /** What was broken and fell back to its default, in words for the options page. */
  problems: string[];
}

/**
 * Reads settings from anything (storage, an imported file): each field that is valid is kept, each
 * that is missing takes its default, each that is broken takes its default and is reported.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, problems: ['Settings were not readable and were reset to the defaults.'] };
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(FIELDS) as Array<keyof typeof FIELDS>) {
    if (!(key in record)) continue;
    const parsed = FIELDS[key].safeParse(record[key]);
    if (parsed.success) (settings as unknown as Record<string, unknown>)[key] = parsed.data;
    else problems.push(`“${key}” was not valid and was reset to its default.`);
  }
  return { settings, problems };
}

/** Whether Softer reads fields on a site now. */
export function isSiteEnabled(settings: Settings, hostname: string, now = Date.now()): boolean {
  if (settings.pausedUntil !== null && now < settings.pausedUntil) return false;
  const choice = settings.sites[hostname];
  if (choice) return choice.enabled;
  return isDefaultSite(hostname);
}

/** The messaging sites (and the practice page) Softer runs on unless told otherwise. */
export function isDefaultSite(hostname: string): boolean {
  if (hostname === '127.0.0.1' || hostname === 'localhost') return true;
  return MESSAGING_SITES.some((site) =>
    site.matches.some((m) => new URL(m.replace('/*', '/')).hostname === hostname),
  );
}

export function analyzeOptionsFrom(settings: Settings): AnalyzeOptions {
  return {
    disabledCategories: settings.disabledCategories,
    sensitivity: settings.sensitivity,
    ignoredPhrases: settings.ignoredPhrases,
  };
}

/** Pause choices offered in the popup. */
export function pauseUntil(choice: 'hour' | 'tomorrow' | 'forever', now = new Date()): number {
  if (choice === 'hour') return now.getTime() + 60 * 60 * 1000;
  if (choice === 'forever') return Number.MAX_SAFE_INTEGER;
  const tomorrow = new Date(now);
  tomorrow.setHours(24, 0, 0, 0);
  return tomorrow.getTime();
}
