/**
 * The private weekly reflection (issue 14): how often Softer paused a send, how often a rewrite was
 * used, and how often a message was sent as is, per day and per category. Counts only, never text:
 * a day's date and numbers are all it holds. Pure: the date is passed in, storage is elsewhere.
 */
import * as z from 'zod/mini';
import { CATEGORIES, type Category } from '../types';

export const REFLECTION_EVENTS = ['paused', 'rewritten', 'sentAsIs'] as const;
export type ReflectionEvent = (typeof REFLECTION_EVENTS)[number];

export const EVENT_LABELS: Record<ReflectionEvent, string> = {
  paused: 'Pauses before sending',
  rewritten: 'Rewrites used',
  sentAsIs: 'Sent as is',
};

export type EventCounts = Record<ReflectionEvent, number>;

export interface DayCounts extends EventCounts {
  /** Per category, how often each event involved a finding of it. */
  categories: Partial<Record<Category, EventCounts>>;
}

export interface Reflection {
  /** By local date, "YYYY-MM-DD"; only the last seven days are kept. */
  days: Record<string, DayCounts>;
}

/** How many days are kept and drawn. */
export const WEEK_DAYS = 7;

const Count = z.number().check(z.int(), z.nonnegative(), z.lte(1_000_000));
const Counts = z.object({ paused: Count, rewritten: Count, sentAsIs: Count });
const Day = z.object({
  paused: Count,
  rewritten: Count,
  sentAsIs: Count,
  categories: z.partialRecord(z.enum(CATEGORIES), Counts),
});
const ReflectionSchema = z.object({
  days: z.record(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), Day),
});

export const emptyReflection = (): Reflection => ({ days: {} });

/** Reads what storage holds; anything unreadable is an empty reflection (counts are not worth an error). */
export function parseReflection(raw: unknown): Reflection {
  const parsed = ReflectionSchema.safeParse(raw);
  return parsed.success ? (parsed.data as Reflection) : emptyReflection();
}

/** The local date of `at`, "YYYY-MM-DD". */
export function dayKey(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const zero = (): EventCounts => ({ paused: 0, rewritten: 0, sentAsIs: 0 });

/** The last seven local dates, oldest first, ending with `at`'s. */
export function weekKeys(at: Date): string[] {
  const keys: string[] = [];
  for (let back = WEEK_DAYS - 1; back >= 0; back--) {
    const day = new Date(at.getFullYear(), at.getMonth(), at.getDate() - back, 12);
    keys.push(dayKey(day));
  }
  return keys;
}

/** A new reflection with one event counted (once per category involved), and days older than a week gone. */
export function recordEvent(
  reflection: Reflection,
  event: ReflectionEvent,
  categories: readonly Category[],
  at: Date,
): Reflection {
  // Dates sort as text; a later day (a clock set back) is kept.
  const oldest = weekKeys(at)[0] ?? '';
  const days: Record<string, DayCounts> = {};
  for (const [key, day] of Object.entries(reflection.days))
    if (key >= oldest) days[key] = structuredClone(day);
  const key = dayKey(at);
  const day = days[key] ?? { ...zero(), categories: {} };
  day[event]++;
  for (const category of new Set(categories)) {
    const counts = day.categories[category] ?? zero();
    counts[event]++;
    day.categories[category] = counts;
  }
  days[key] = day;
  return { days };
}

export interface WeekSummary {
  /** Seven days, oldest first: the date, a short label ("Mon") and the counts. */
  days: Array<{ date: string; label: string; counts: EventCounts }>;
  totals: EventCounts;
  /** Per category with any count this week, in the engine's category order. */
  categories: Array<{ category: Category; counts: EventCounts }>;
}

/** The week ending on `at`'s day, ready to draw. */
export function weekSummary(reflection: Reflection, at: Date): WeekSummary {
  const totals = zero();
  const byCategory = new Map<Category, EventCounts>();
  const days = weekKeys(at).map((date) => {
    const day = reflection.days[date];
    const counts = zero();
    for (const event of REFLECTION_EVENTS) {
      counts[event] = day?.[event] ?? 0;
      totals[event] += counts[event];
    }
    for (const [category, c] of Object.entries(day?.categories ?? {}) as Array<[Category, EventCounts]>) {
      const sum = byCategory.get(category) ?? zero();
      for (const event of REFLECTION_EVENTS) sum[event] += c[event];
      byCategory.set(category, sum);
    }
    const [y, m, d] = date.split('-').map(Number);
    const label = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, 12).toLocaleDateString('en', { weekday: 'short' });
    return { date, label, counts };
  });
  const categories = CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({
    category,
    counts: byCategory.get(category) ?? zero(),
  }));
  return { days, totals, categories };
}
