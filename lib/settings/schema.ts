/**
 * Softer's settings: their shape, their defaults, and a forgiving parse. Pure (no browser API), so the
 * same code reads storage, an imported file and a test fixture. Message text never appears here;
 * the phrases a person chose to ignore are the one piece of their own wording Softer keeps.
 */
import * as z from 'zod/mini';
import { DEFAULT_LATE_WINDOW, type LateWindow, TIME_OF_DAY } from '../send/moment';
import { DEFAULT_SERIOUS_LEVELS, SERIOUS_LEVELS, type SeriousLevel } from '../send/serious';
import { BUILT_IN_HOSTS } from '../sites';
import { type AnalyzeOptions, CATEGORIES, type Category, type Sensitivity } from '../types';

// A new field with a default (sendPause, issue 14) needs no new version: parseSettings gives a stored
// value without it the default. The version changes only when a stored value must be rewritten.
export const SETTINGS_VERSION = 2;

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
  /** The pause before a harsh message is sent (issue 14). */
  sendPause: SendPauseSettings;
}

export interface SendPauseSettings {
  /** Hold a send with a serious finding; on by default. */
  enabled: boolean;
  /** Per category, which findings count as serious (lib/send/serious.ts says why the defaults). */
  levels: Record<Category, SeriousLevel>;
  /** Sites (hostnames) where Softer never holds a send, though it still suggests. */
  offSites: string[];
  /** Late at night, in this local-time window, a held send also suggests a break. */
  lateWindow: LateWindow;
  /** Several serious findings within a few minutes also suggest a break. */
  heatedNudge: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledCategories: [],
  sensitivity: 'balanced',
  sites: {},
  pausedUntil: null,
  ignoredPhrases: [],
  sendPause: {
    enabled: true,
    levels: { ...DEFAULT_SERIOUS_LEVELS },
    offSites: [],
    lateWindow: { ...DEFAULT_LATE_WINDOW },
    heatedNudge: true,
  },
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
  sendPause: z.object({
    enabled: z.boolean(),
    levels: z.record(z.enum(CATEGORIES), z.enum(SERIOUS_LEVELS as [SeriousLevel, ...SeriousLevel[]])),
    offSites: z.array(z.string().check(z.regex(/^[a-z0-9.-]{1,253}$/))).check(z.maxLength(MAX_PHRASES)),
    lateWindow: z.object({
      start: z.string().check(z.regex(TIME_OF_DAY)),
      end: z.string().check(z.regex(TIME_OF_DAY)),
    }),
    heatedNudge: z.boolean(),
  }),
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

/**
 * Upgrades for settings stored (or exported) by an older version: the function under N turns a
 * version N-1 value into a version N value. They take anything and never throw; parseSettings
 * repairs whatever is left.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // v1 → v2: a site outside the built-in list now means one the person added and the browser granted.
  // Version 1's popup showed its switch on any web page but ran only on the built-in sites, so its
  // entries for other sites never did anything; kept, they would be listed as added sites Softer
  // cannot read. They go; choices for the built-in sites stay.
  2: (old) => {
    if (!isRecord(old) || !isRecord(old.sites)) return old;
    const sites = Object.fromEntries(Object.entries(old.sites).filter(([host]) => isDefaultSite(host)));
    return { ...old, sites };
  },
};

/** A value written by settings version `from`, brought up to the current version. */
export function migrateSettings(raw: unknown, from: number): unknown {
  let value = raw;
  for (let version = Math.max(1, from) + 1; version <= SETTINGS_VERSION; version++)
    value = SETTINGS_MIGRATIONS[version]?.(value) ?? value;
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether Softer reads fields on a site now. */
export function isSiteEnabled(settings: Settings, hostname: string, now = Date.now()): boolean {
  if (settings.pausedUntil !== null && now < settings.pausedUntil) return false;
  const choice = settings.sites[hostname];
  if (choice) return choice.enabled;
  return isDefaultSite(hostname);
}

/** Whether a send with a serious finding is held on this site (Softer must also be on there). */
export function isSendPauseOn(settings: Settings, hostname: string): boolean {
  return settings.sendPause.enabled && !settings.sendPause.offSites.includes(hostname);
}

/** The messaging sites (and the practice page) Softer runs on unless told otherwise. */
export function isDefaultSite(hostname: string): boolean {
  return BUILT_IN_HOSTS.has(hostname);
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
