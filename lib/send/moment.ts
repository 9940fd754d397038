/**
 * The right moment (issue 14): late at night, or in a heated stretch, a held send also suggests a
 * 20-minute break. Couples research (Gottman's flooding studies) finds a break of at least 20 minutes
 * lets the body calm, and conflicts after poor sleep go worse. Pure: time is always passed in.
 */

/** A daily window in local time, "HH:MM" to "HH:MM"; it may run over midnight (23:00 to 05:00). */
export interface LateWindow {
  start: string;
  end: string;
}

export const DEFAULT_LATE_WINDOW: LateWindow = { start: '23:00', end: '05:00' };

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight of "HH:MM". */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * Whether `at` (its local time of day) falls in the window: start included, end excluded. A window
 * that starts and ends at the same minute is empty (the person turned the late-night nudge off).
 */
export function isLateNight(at: Date, window: LateWindow): boolean {
  const now = at.getHours() * 60 + at.getMinutes();
  const start = minutesOfDay(window.start);
  const end = minutesOfDay(window.end);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** "Several serious drafts within a few minutes": this many, within this long. */
export const HEATED_DRAFTS = 3;
export const HEATED_WINDOW_MS = 10 * 60 * 1000;

/**
 * Counts drafts with a serious finding as they appear, each once (a draft retyped, or one with two
 * serious categories, is one draft), and says whether enough fell within the window. Held in memory by
 * the page's content script: it forgets when the tab closes.
 */
export class HeatedStretch {
  /** When each serious draft was first seen, by key (its number). */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly count = HEATED_DRAFTS,
    private readonly windowMs = HEATED_WINDOW_MS,
  ) {}

  /** Notes one serious draft, at `now` (ms). */
  note(key: string, now: number): void {
    if (!this.seen.has(key)) this.seen.set(key, now);
    for (const [old, at] of this.seen) if (now - at > this.windowMs) this.seen.delete(old);
  }

  isHeated(now: number): boolean {
    let recent = 0;
    for (const at of this.seen.values()) if (now - at <= this.windowMs) recent++;
    return recent >= this.count;
  }
}

export type NudgeReason = 'late' | 'heated';

/** The one line the card shows, suggesting a 20-minute break. */
export function nudgeLine(reason: NudgeReason): string {
  return reason === 'late'
    ? 'It’s late. Things said tired land harder: a 20-minute break, or sleep, and this may read differently.'
    : 'This is getting heated. A 20-minute break helps both of you calm down before you go on.';
}
