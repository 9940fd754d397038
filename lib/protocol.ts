/**
 * The one message protocol between content script, popup and background
 * (@webext-core/messaging: typed send/receive over runtime messaging, so no hand-rolled routing).
 * Every payload is zod-checked on arrival; a malformed one is answered with nothing and never throws.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod/mini';
import { MAX_ANALYZE_CHARS } from './limits';
import { type AnalyzeOptions, CATEGORIES, type Finding } from './types';

export { MAX_ANALYZE_CHARS };

export const AnalyzeRequest = z.object({
  text: z.string().check(z.maxLength(MAX_ANALYZE_CHARS)),
  options: z.optional(
    z.object({
      disabledCategories: z.optional(z.array(z.enum(CATEGORIES))),
      sensitivity: z.optional(z.enum(['gentle', 'balanced', 'strict'])),
      ignoredPhrases: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500))),
    }),
  ),
});

export const ApplyRequest = z.object({
  ruleId: z.string().check(z.maxLength(100)),
  start: z.number().check(z.int(), z.nonnegative()),
  rewrite: z.string().check(z.minLength(1), z.maxLength(2000)),
});

export const SiteState = z.object({ enabled: z.boolean() });

interface ProtocolMap {
  /** Content script or popup → background: findings (with rewrites) for a text. */
  analyze(request: { text: string; options?: AnalyzeOptions }): Finding[];
  /** Background → content script: the keyboard shortcut was pressed. */
  openSuggestions(): void;
  /** Popup → content script: which site is this? (No tabs permission needed to ask.) */
  hostname(): string;
  /** Popup → content script: the findings (with rewrites) of the focused message box, if any. */
  currentFindings(): Finding[];
  /** Popup → content script: apply this rewrite of that finding, as "Use this" in the card does. */
  applyRewrite(request: { ruleId: string; start: number; rewrite: string }): boolean;
  /** Content script (top frame) → background: whether Softer reads this page now, for the toolbar badge. */
  siteState(state: { enabled: boolean }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
