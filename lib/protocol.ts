/**
 * The one message protocol between content script, popup and background
 * (@webext-core/messaging: typed send/receive over runtime messaging, so no hand-rolled routing).
 * Every payload is zod-checked on arrival; a malformed one is answered with nothing and never throws.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import { MAX_ANALYZE_CHARS } from './limits';
import { REFLECTION_EVENTS, type ReflectionEvent } from './send/reflection';
import { type AnalyzeOptions, CATEGORIES, type Category, type Finding } from './types';

export { MAX_ANALYZE_CHARS };

const Options = z.optional(
  z.object({
    disabledCategories: z.optional(z.array(z.enum(CATEGORIES))),
    sensitivity: z.optional(z.enum(['gentle', 'balanced', 'strict'])),
    ignoredPhrases: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500))),
  }),
);

export const AnalyzeRequest = z.object({
  text: z.string().check(z.maxLength(MAX_ANALYZE_CHARS)),
  options: Options,
});

/** Most findings one rewritesFor message asks about (a huge paste's card asks in several). */
export const MAX_REWRITES_ASKED = 500;

/** Which findings of a text to rewrite (issue 12): each by its rule and where it starts. */
export const RewritesRequest = z.object({
  text: z.string().check(z.maxLength(MAX_ANALYZE_CHARS)),
  options: Options,
  at: z
    .array(
      z.object({
        ruleId: z.string().check(z.maxLength(100)),
        start: z.number().check(z.int(), z.nonnegative()),
      }),
    )
    .check(z.maxLength(MAX_REWRITES_ASKED)),
});

export const ApplyRequest = z.object({
  ruleId: z.string().check(z.maxLength(100)),
  start: z.number().check(z.int(), z.nonnegative()),
  rewrite: z.string().check(z.minLength(1), z.maxLength(2000)),
});

/** The whole message rewritten (issue 12), to put in place of the message box's text. */
export const WholeRequest = z.object({
  whole: z.string().check(z.minLength(1), z.maxLength(4 * MAX_ANALYZE_CHARS)),
});

export const SiteState = z.object({ enabled: z.boolean() });

const Host = z.string().check(z.regex(/^[a-z0-9.-]{0,253}$/));
/** A draft kept for later (issue 14): held in storage.session by the background, never on disk. */
export const KeepDraftRequest = z.object({
  host: Host,
  text: z.string().check(z.minLength(1), z.maxLength(MAX_ANALYZE_CHARS)),
});
export const DraftRequest = z.object({ host: Host });
/** One event for the weekly reflection: its kind and the categories involved, never any text. */
export const MomentRequest = z.object({
  event: z.enum(REFLECTION_EVENTS),
  categories: z.array(z.enum(CATEGORIES)).check(z.maxLength(CATEGORIES.length)),
});

/**
 * Every message by name, with what it carries and what it answers (exported for the content script's
 * start-up messenger, which answers two of them before the rest is loaded).
 */
export interface ProtocolMap {
  /**
   * Content script or popup → background: the findings of a text, each with `rewrites: []` (issue 12:
   * finding them is what typing pays for; rewrites are asked for with rewritesFor when shown).
   */
  analyze(request: { text: string; options?: AnalyzeOptions }): Finding[];
  /**
   * Content script or popup → background: the rewrites of these findings of the text (each by rule and
   * start, as analyze gave them), in the order asked; [] for one that is not a finding of that text.
   */
  rewritesFor(request: {
    text: string;
    options?: AnalyzeOptions;
    at: Array<{ ruleId: string; start: number }>;
  }): string[][];
  /**
   * Content script → background: a message box was first used where Softer is on; start the engine
   * now, before the first keystroke asks for findings. Nothing is sent with it.
   */
  warmUp(): void;
  /**
   * Content script → background: a message box was first used in this frame; inject the rest of Softer
   * (entrypoints/softer-ui.ts) into it. True once it is there.
   */
  loadUi(): boolean;
  /** Background → content script: the keyboard shortcut was pressed. */
  openSuggestions(): void;
  /** Popup → content script: which site is this? (No tabs permission needed to ask.) */
  hostname(): string;
  /** Popup → content script: the findings of the focused message box, with their rewrites, if any. */
  currentFindings(): Finding[];
  /**
   * Popup → content script: apply this rewrite of that finding, as "Use this" in the card does; only a
   * rewrite Softer offers for that finding of the message as it is now.
   */
  applyRewrite(request: { ruleId: string; start: number; rewrite: string }): boolean;
  /** Content script → background: the whole message rewritten, asked for only when the card or popup shows it. */
  rewriteMessage(request: { text: string; options?: AnalyzeOptions }): string;
  /** Popup → content script: the focused message box's text rewritten whole, or null. */
  currentWhole(): string | null;
  /** Popup → content script: put the whole rewrite in place of the message, as the card does. */
  applyWhole(request: { whole: string }): boolean;
  /** Content script (top frame) → background: whether Softer reads this page now, for the toolbar badge. */
  siteState(state: { enabled: boolean }): void;
  /** Content script → background: keep this draft for later, in this browser session only; true once kept. */
  keepDraft(request: { host: string; text: string }): boolean;
  /** Content script → background: the draft kept for this site, or null. */
  keptDraft(request: { host: string }): string | null;
  /** Content script → background: drop the draft kept for this site. */
  forgetDraft(request: { host: string }): void;
  /** Content script → background: count one moment for the weekly reflection (counts only). */
  countMoment(request: { event: ReflectionEvent; categories: Category[] }): void;
  /** Options page → background: clear the weekly reflection, in turn with the counts being written. */
  clearReflection(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
