/** Every rule, in the order findings of equal position are reported. One rule per file. */
import { asUsual } from './as-usual';
import { becauseYou } from './because-you';
import { blameVerbs } from './blame-verbs';
import { crisisFrame } from './crisis-frame';
import { dismissHelp } from './dismiss-help';
import { everyTime } from './every-time';
import { eyeRoll } from './eye-roll';
import { ifYouThreat } from './if-you-threat';
import { innerState } from './inner-state';
import { insult } from './insult';
import { mildInsult } from './mild-insult';
import { mockery } from './mockery';
import { notOnce } from './not-once';
import { orElse } from './or-else';
import { sarcasm } from './sarcasm';
import { sarcasticEpithet } from './sarcastic-epithet';
import { shutDownTalk } from './shut-down-talk';
import { thanksForHarm } from './thanks-for-harm';
import type { Rule } from './types';
import { urgentHelp } from './urgent-help';
import { whatever } from './whatever';
import { youAlwaysNever } from './you-always-never';
import { youAreLabel } from './you-are-label';
import { youBehaviour } from './you-behaviour';
import { youMadeMe } from './you-made-me';
import { yourFault } from './your-fault';

export const RULES: readonly Rule[] = [
  youAlwaysNever,
  everyTime,
  notOnce,
  asUsual,
  youAreLabel,
  youBehaviour,
  innerState,
  yourFault,
  blameVerbs,
  youMadeMe,
  becauseYou,
  insult,
  mildInsult,
  sarcasticEpithet,
  mockery,
  sarcasm,
  thanksForHarm,
  eyeRoll,
  orElse,
  ifYouThreat,
  shutDownTalk,
  whatever,
  dismissHelp,
  crisisFrame,
  urgentHelp,
];
