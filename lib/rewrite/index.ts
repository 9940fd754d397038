/**
 * Rewrites: gentler ways to say each flagged sentence, built from the sentence itself (lib/rewrite/
 * builders.ts), and the whole message rewritten at once. Pure, like the analyzer.
 */
import { CATEGORY_INFO } from '../categories';
import { findFindings } from '../detect';
import { CLERGY_ALONE } from '../lexicon/help';
import { INSULTS, POINTS_BACK, POINTS_BACK_OPENING, WARNING } from '../lexicon/phrases';
import { NEGATIVE_TRAITS } from '../lexicon/traits';
import { fondMessage } from '../model/features';
import { shippedModel } from '../model/shipped';
import { wordClasses } from '../nlp/adapter';
import { readMessage } from '../nlp/words';
import { type Unit, units } from '../text/sentences';
import type { Category, Finding } from '../types';
import {
  build,
  helpAsked,
  type MessageNo,
  mainTopic,
  readNo,
  SOFTER_FOR_GOOD,
  sarcasticTag,
} from './builders';
import { type Candidate, fallback, topicOf } from './frames';
import { clearGateVerdicts, gate, grammarProblem, nearCopy } from './gate';
import { baseOf } from './parts';
import { readSentence, readWords, type Word } from './sentence';
import type { Splice } from './splice';
import {
  writersOwn as aboutTheWriter,
  demandsHelp,
  helpDay,
  helpNamed,
  joinWhole,
  SNEERED,
  tidySpaces,
  withoutLeaning,
} from './whole';

export { type Splice, spliceFor } from './splice';

/** When one sentence holds several findings, the rewrite answers the weightiest. */
const WEIGHT: Record<Category, number> = {
  ultimatum: 7,
  crisis: 6,
  diagnosis: 5,
  absolute: 4,
  blame: 3,
  stonewall: 2,
  contempt: 1,
};

/** Where a threat that points back joins the demand before it: ". If not,", "! Otherwise". */
const IF_NOT_JOIN = new RegExp(`[.!]+\\s+${POINTS_BACK}\\b,?`, 'i');

/** A warning said before the threat it announces: "Last chance chetta. ", "ja no, last warning. ". */
const WARNING_LEAD = new RegExp(
  `^[^.!?\\n]{0,30}\\b${WARNING}\\b[^.!?\\n]{0,20}[.!?…]+\\s+(?=\\S+\\s+\\S+\\s+\\S)`,
  'iu',
);

function targetOf(text: string, finding: Finding, all: readonly Finding[]) {
  // An ultimatum's warning that took in the threat said after it (lib/model/decide.ts, withThreatBeside)
  // is rewritten from the threat: read with the warning before it, the threat's condition was not found
  // ("I'd like us to agree on something about the okes"). The rewrite still replaces both.
  const lead =
    finding.category === 'ultimatum'
      ? (WARNING_LEAD.exec(text.slice(finding.sentence.start, finding.sentence.end))?.[0].length ?? 0)
      : 0;
  const start = finding.sentence.start + lead;
  // A tag sentence of the scorer's that takes in the statement before it ("… by half ten. Not once.",
  // "… stay by my sister. choose.": lib/model/decide.ts) is rewritten from the statement: the tag
  // says only how the writer takes it, and its words read as part of the act ("when you're not ready
  // for church by half ten Not"). The rewrite still replaces both. A sarcastic tag ("Late for the school
  // play as well. Typical.") or a verdict of habit ("You're asleep. As always.") says the statement is
  // what happened (`closedByTag`): read with its tag, the statement took the tag into its act ("…on the
  // one night I asked for quiet Classic you", review round 51's regrade).
  // "…by Friday. If not, I'm telling…" (decide.ts, withThreatBeside): the threat is no tag to cut off.
  const pointsBack = finding.category === 'ultimatum' && POINTS_BACK_OPENING.test(text.slice(finding.start));
  const tag =
    !pointsBack &&
    finding.ruleId === 'model' &&
    finding.category !== 'contempt' &&
    finding.start > start &&
    /[.!?…]["'”’)]*\s+$/u.test(text.slice(start, finding.start));
  const said = text.slice(finding.start, finding.sentence.end);
  const closedByTag =
    tag &&
    (sarcasticTag(readWords(said)) ||
      /^\W*(as (always|usual|ever)|like always|same as (ever|always))\W*$/i.test(said));
  const end = tag ? start + text.slice(start, finding.start).trimEnd().length : finding.sentence.end;
  // Read as one either-or: "Stop texting her. If not, I take the kids…" is "Stop texting her, or I take
  // the kids…", padded to the same length so every offset into the target still holds.
  const target = pointsBack
    ? text.slice(start, end).replace(IF_NOT_JOIN, (joint) => ', or'.padEnd(joint.length, ' '))
    : text.slice(start, end);
  const overlapping = all.filter((f) => f.start < end && start < f.end);
  const local = (f: Finding): [number, number] => [
    Math.max(0, f.start - start),
    Math.min(target.length, f.end - start),
  ];
  // A finding of the learned scorer spans its whole clause: only the words that weighed most (its cues)
  // are its harsh phrase, so the clause's own nouns ("you forgot the bins") can still be the topic.
  const findCues = (f: Finding): Array<[number, number]> => {
    if (f.ruleId !== 'model' || !f.cues || f.cues.length === 0) return [];
    const [from, to] = local(f);
    const found: Array<[number, number]> = [];
    const lower = target.toLowerCase();
    for (const cue of f.cues) {
      const c = cue.toLowerCase().trim();
      if (c.length < 2 || /^(you|you're|your|u|ur|i|me|to me)$/.test(c)) continue;
      // "with money" beside "you are useless": the domain a label is said of is the topic, not the insult
      // (review round 66, item 31 read a stock line with nothing of the money in it).
      const domain = /^(?:with|about|at|over) (.+)$/.exec(c)?.[1];
      if (domain && topicOf(domain.split(/\s+/)) !== 'general') continue;
      let at = lower.indexOf(c, from);
      while (at >= 0 && at + c.length <= to) {
        found.push([at, at + c.length]);
        at = lower.indexOf(c, at + c.length);
      }
    }
    return found;
  };
  // Each finding's cues, found once: the harsh phrases, the labels and the cue words all read them.
  const cuesOf = new Map(overlapping.map((f) => [f, findCues(f)]));
  const cueSpans = (f: Finding) => cuesOf.get(f) ?? findCues(f);
  const spans = (f: Finding): Array<[number, number]> => {
    const found = cueSpans(f);
    return found.length > 0 ? found : [local(f)];
  };
  // Flagged phrases are never carried into a rewrite; labels, insults and crisis metaphors are not its topic either.
  const harsh = overlapping.flatMap(spans);
  // The scorer's cues label only the finding they belong to: "late" in "you're always late" is the
  // complaint of the rule's finding, not a label.
  const labels = overlapping
    .filter((f) => ['contempt', 'diagnosis', 'crisis'].includes(f.category) || f.ruleId === 'as-usual')
    .filter((f) => f.ruleId !== 'model' || f === finding)
    .flatMap(spans);
  // The threat of an ultimatum ("… or I'm calling a lawyer") is not a topic to carry over either.
  for (const f of overlapping.filter((x) => x.category === 'ultimatum')) {
    const [from, to] = local(f);
    const span = target.slice(from, to);
    const threat =
      /\b(or|otherwise)\b(?![\s\S]*\b(or|otherwise)\b)|,|\b(?:do ?n[o'’]?t|doh) bother\b|\bI(['’]m| am|['’]ll| will)\b|\bwe(['’]re| are)\b/i.exec(
        span.slice(Math.max(0, span.search(/\b(if|unless)\s+(you|u)\b/i) + 6)),
      );
    if (threat)
      labels.push([from + Math.max(0, span.search(/\b(if|unless)\s+(you|u)\b/i) + 6) + threat.index, to]);
  }
  // The words that are harsh only as the scorer's cues ("made", "cry"), not inside a rule's phrase.
  const ruled = overlapping.filter((f) => cueSpans(f).length === 0).map(local);
  const cues = overlapping
    .flatMap(cueSpans)
    .filter(([s0, e0]) => !ruled.some(([s1, e1]) => s0 < e1 && s1 < e0));
  return { target, harsh, labels, cues, closedByTag };
}

/**
 * The topic nouns of a finding's sentence, as the writer spelled them: the nouns of the one phrase its
 * rewrites name (lib/rewrite/builders.ts, mainTopic), which they should keep ("dishes", "therapy", "mum").
 */
export function topicNouns(text: string, finding: Finding, all: readonly Finding[] = [finding]): string[] {
  const { target, harsh, labels, cues } = targetOf(text, finding, all);
  const sentence = readSentence(target, harsh, labels, cues);
  const topic = new Set(mainTopic(sentence).toLowerCase().split(/\s+/));
  return sentence.nouns
    .map((i) => sentence.words[i]?.d.toLowerCase() ?? '')
    .filter((d) => d !== '' && topic.has(d));
}

/**
 * The text around a finding's sentence, nearest first: the rest of the sentence it is a clause of
 * (after it, then before it), then the next sentence and the one before; each with the flagged phrases
 * of `all` inside it, as offsets into it. Only slices: nothing is parsed until a builder asks.
 */
function aroundOf(
  text: string,
  sentences: readonly Unit[],
  finding: Finding,
  all: readonly Finding[],
): Slice[] {
  const { start, end } = finding.sentence;
  // The sentence the finding starts in, found by position (`sentences` are in order and touch).
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Unit).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const at = lo;
  const own = sentences[at];
  if (!own || own.start > start) return [];
  const ranges: Array<[number, number]> = [
    [end, Math.max(end, own.end)],
    [own.start, Math.min(start, own.end)],
  ];
  let n = at + 1;
  while (n < sentences.length && (sentences[n] as Unit).start < end) n++;
  const next = sentences[n];
  if (next) ranges.push([next.start, next.end]);
  // "Bravo. Very clever man. Forgot my birthday third year in row": after a jab of three words or fewer, a
  // second one says nothing happened; the sentence after both does (review round 62 read a stock line).
  const after = sentences[n + 1];
  if (next && after && shortJab(text.slice(own.start, own.end)) && shortJab(text.slice(next.start, next.end)))
    ranges.push([after.start, after.end]);
  // "you forgot to collect the kids after the parade. again. what is wrong with you": a tail of one word
  // between them is no sentence of its own, and the one before it is the neighbour (review round 54,
  // item 71 read a stock line).
  let before = at - 1;
  while (
    before > 0 &&
    oneWordTail(text.slice((sentences[before] as Unit).start, (sentences[before] as Unit).end))
  )
    before--;
  if (before >= 0) ranges.push([(sentences[before] as Unit).start, (sentences[before + 1] as Unit).start]);
  return ranges
    .filter(([from, to]) => TWO_WORDS.test(text.slice(from, to)))
    .map(([from, to]) => flaggedIn(text, from, to, all));
}

/** Three words at most, with no "you", "I" or digit: "Very clever man.", "Real mature.", not "You left." */
function shortJab(sentence: string): boolean {
  const words = sentence.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words.length <= 3 && !words.some((w) => /^(you|u|ya|i|we|he|she|they)$/i.test(w) || /\d/.test(w));
}

/** Two words in a row: a stretch with less says nothing a rewrite can read ("again.", "Seriously?"). */
const TWO_WORDS = /\p{L}+\s+\p{L}+/u;

/** A sentence of one word, a tail like "again." or "Seriously?"; not an amount or a time ("£140."), which goes with what it follows. */
function oneWordTail(sentence: string): boolean {
  return /\p{L}/u.test(sentence) && !TWO_WORDS.test(sentence);
}

/** A stretch of the message with the flagged phrases inside it, as offsets into it. */
interface Slice {
  text: string;
  harsh: Array<[number, number]>;
}

/** The text [from, to) with the flagged phrases of `all` inside it. */
function flaggedIn(text: string, from: number, to: number, all: readonly Finding[]): Slice {
  return {
    text: text.slice(from, to),
    harsh: all
      .filter((f) => f.start < to && from < f.end)
      .map((f): [number, number] => [Math.max(0, f.start - from), Math.min(to - from, f.end - from)]),
  };
}

/** The sentence just before a finding's sentence, with the flagged phrases of `all` inside it. */
function previousOf(
  text: string,
  sentences: readonly Unit[],
  finding: Finding,
  all: readonly Finding[],
): Slice | undefined {
  const { start } = finding.sentence;
  let before: Unit | undefined;
  // The nearest with two words in a row: "Three hours late. Again. Thanks so much." thanks the lateness.
  for (const u of sentences) {
    if (u.end > start) break;
    if (before === undefined || !oneWordTail(text.slice(u.start, u.end))) before = u;
  }
  return before ? flaggedIn(text, before.start, before.end, all) : undefined;
}

/** The sentence just after a finding's sentence, with the flagged phrases of `all` inside it. */
function nextOf(
  text: string,
  sentences: readonly Unit[],
  finding: Finding,
  all: readonly Finding[],
): Slice | undefined {
  const after = sentences.find((u) => u.start >= finding.sentence.end);
  return after ? flaggedIn(text, after.start, after.end, all) : undefined;
}

/** `read`, called at most once: what a builder asks for again is not parsed again. */
function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}

/** Rewrites already built, by rule and flagged text: re-analysing while typing rebuilds nothing. */
const cache = new Map<string, Candidate[]>();
const CACHE_LIMIT = 500;

/** Forgets every rewrite built so far (benchmarks use it to measure from scratch). */
export function clearRewriteCache(): void {
  cache.clear();
  clearGateVerdicts();
}

/** What a message says as a whole, read once per message (a 200,000-character paste has thousands of findings). */
let context:
  | { text: string; words: readonly Word[]; help: string; sentences: readonly Unit[]; no: MessageNo }
  | undefined;

function messageContext(text: string, words?: readonly Word[]) {
  if (context?.text !== text) {
    const read = words ?? readWords(text);
    context = {
      text,
      words: read,
      help: helpAsked(read)?.phrase ?? '',
      sentences: units(text),
      no: readNo(read),
    };
  }
  return context;
}

/**
 * 1 to 3 rewrites of the text `finding.sentence` covers, best first, each with the frame that made it;
 * every one has passed the gate (lib/rewrite/gate.ts). When none passes, one short rewrite that names
 * only the feeling and a calm time. `all` are every finding of the message: their phrases are never
 * carried into a rewrite as its topic.
 */
export function rewriteCandidates(
  text: string,
  finding: Finding,
  all: readonly Finding[] = [finding],
  messageWords?: readonly Word[],
): Candidate[] {
  if (text.length > LONG_TEXT) return fromWindow(text, finding, all);
  const { target, harsh, labels, cues, closedByTag } = targetOf(text, finding, all);
  const { words: message, help, sentences, no } = messageContext(text, messageWords);
  const near = aroundOf(text, sentences, finding, all);
  const category = builtAs(finding, text, sentences);
  // "Don't 'calm down' me.", "stop telling me to calm down": the writer refuses being told to be calm, and a
  // rewrite that asks to talk "when we are both calm" or to say it "calmly" says it again (review round 49,
  // item 269).
  const calmRefused = CALM_REFUSED.test(text);
  // Besides the sentence, only the help the message asks for ("…we need a counsellor") and the
  // sentences around it (what the partner did) shape a rewrite; and the category it is built in, which
  // the rest of its sentence can change.
  const key = `${finding.category}\u0000${category}\u0000${finding.ruleId}\u0000${target}\u0000${harsh.join(';')}\u0000${labels.join(';')}\u0000${cues.join(';')}\u0000${help}\u0000${no.closed}${no.decided}${no.refusesHelp}\u0000${near.map((n) => n.text).join('\u0001')}\u0000${calmRefused}\u0000${closedByTag}`;
  const cached = cache.get(key);
  if (cached) return cached.map((c) => ({ ...c }));
  let candidates: Candidate[] = [];
  let feeling = 'hurt';
  try {
    const sentence = readSentence(target, harsh, labels, cues);
    // Each parsed once, and only when a builder asks: several builders' readings ask again.
    const around = once(() => near.map((n) => readSentence(n.text, n.harsh)));
    // "You're home at midnight? wow.": a question beside the jab says nothing happened plainly.
    const plain = (slice: Slice | undefined) =>
      slice && !/\?[\s\p{Extended_Pictographic}]*$/u.test(slice.text)
        ? readSentence(slice.text, slice.harsh)
        : undefined;
    const previous = once(() => plain(previousOf(text, sentences, finding, all)));
    const next = once(() => plain(nextOf(text, sentences, finding, all)));
    candidates = build({
      ruleId: finding.ruleId,
      category,
      sentence,
      message,
      around,
      previous,
      next,
      no,
      closedByTag,
    });
    // The feeling the candidates name, for the fallback: a feeling word, never what follows "I feel" in
    // a slot ("I feel less than…" gave "I'm feeling than right now", review round 20).
    feeling = FELT.exec(candidates.map((c) => c.text).join(' '))?.[1] ?? feeling;
  } catch (error) {
    // A builder's bug must never reach the page: the finding falls back to the stock rewrite. It is
    // counted, so a test over the corpus sees it (a use-before-declaration once hid here unnoticed).
    builderFailures.count++;
    builderFailures.last = error instanceof Error ? error.message : String(error);
    candidates = [];
  }
  if (calmRefused) candidates = candidates.filter((c) => !/\bcalm/i.test(c.text));
  // Openings vary: a second candidate that starts like a kept one is left for later.
  const byText = new Map(candidates.map((c) => [c.text, c]));
  const passed = gate(
    candidates.map((c) => c.text),
    3,
    (kept, next) =>
      kept.some((k) => k.split(' ').slice(0, 2).join(' ') === next.split(' ').slice(0, 2).join(' ')),
  );
  const result =
    passed.length > 0
      ? passed.map((t) => byText.get(t) as Candidate)
      : [fallback(category, feeling, target, calmRefused)];
  cache.set(key, result);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return result.map((c) => ({ ...c }));
}

/**
 * Past this length a finding is rewritten from the whole sentences of its block of the message (BLOCK
 * characters, with MARGIN more on each side): far more than any rewrite reads (the sentences before and
 * after, the help and the no the message states). A paste of 200,000 characters has thousands of
 * findings, each of which read the whole message (its words, its help, its no), so the rewrites' time grew
 * with the square of its length; the findings of one block share one window, read once (the message
 * context is kept for the last text read). No graded message is near this long.
 */
const LONG_TEXT = 8000;
const BLOCK = 3000;
const MARGIN = 1000;
/** How far to look for the sentence end that bounds a window. */
const REACH = 300;

function fromWindow(text: string, finding: Finding, all: readonly Finding[]): Candidate[] {
  const block = Math.floor(finding.sentence.start / BLOCK) * BLOCK;
  let from = Math.max(0, block - MARGIN);
  if (from > 0) {
    const back = text.slice(Math.max(0, from - REACH), from);
    const stop = /[.!?\n][^.!?\n]*$/.exec(back);
    from = stop ? from - back.length + stop.index + 1 : from;
    while (from < finding.sentence.start && /\s/.test(text[from] as string)) from++;
  }
  let to = Math.min(text.length, Math.max(block + BLOCK + MARGIN, finding.sentence.end + MARGIN));
  if (to < text.length) {
    const stop = /[.!?\n]/.exec(text.slice(to, to + REACH));
    to = stop ? to + stop.index + 1 : to;
  }
  const shift = (f: Finding): Finding => ({
    ...f,
    start: f.start - from,
    end: f.end - from,
    sentence: { start: f.sentence.start - from, end: f.sentence.end - from },
  });
  const inside = all
    .filter((f) => f !== finding && f.sentence.start >= from && f.sentence.end <= to)
    .map(shift);
  const own = shift(finding);
  return rewriteCandidates(
    text.slice(from, to),
    own,
    [own, ...inside].sort((a, b) => a.start - b.start),
  );
}

/** The writer refusing to be told to calm down: "Don't 'calm down' me", "stop telling me to calm down". */
const CALM_REFUSED =
  /\b(?:don['’]?t|do not|stop|quit|never)\s+(?:(?:telling|tell) me to\s+|saying\s+|say\s+)?['‘"“]?calm(?:\s+(?:down|yourself))?['’"”]?(?:\s+me)?\b/i;

/** Help named by a condition's words: "the counselling at church", "Relate", "the therapist". */
const HELP_NAMED = '(?:therapy|therapist|counsell?(?:ing|or)|relate|marriage course|couples? course)';
/** "no counselling, no us", "no therapy no marriage": help as the condition of the relationship. */
const NO_HELP_NO_US = new RegExp(
  `\\bno ${HELP_NAMED}s?\\s*,?\\s*(?:and |then )?no (?:us|marriage|relationship|future|wedding)\\b`,
  'i',
);
/**
 * "If you won't come to the counselling at church then…", "unless you see the therapist, …": help as the
 * condition, ended by "then" or a comma (the ultimatum's rewrite reads the condition up to there).
 */
const IF_NO_HELP = new RegExp(
  `\\b(?:if (?:you|u) (?:won['’]?t|will not|don['’]?t|do not|refuse to|can['’]?t|cannot)|unless (?:you|u)) (?:\\S+ ){0,2}?(?:come|go|see|attend|try|book)\\b[^.?!]{0,30}\\b${HELP_NAMED}(?: with (?:me|us)| (?:at|in|on) [^\\s,]+(?: [^\\s,]+)?| together)?\\s*(?:,|then\\b)`,
  'i',
);

/**
 * The category a finding is rewritten in. A shut-down whose sentence makes the partner's help its
 * condition ("If you won't come to the counselling at church then there is nothing more to discuss.",
 * "no counselling, no us by summer") is the writer asking for that help: rewritten as a shut-down it
 * refused it ("I know counselling matters to you, but it isn't for me": review round 40 graded both
 * "changes"). Rewritten as the ultimatum it is, or as help asked for where the relationship is the stake.
 */
function builtAs(finding: Finding, text: string, sentences: readonly Unit[]): Category {
  if (finding.category !== 'stonewall') return finding.category;
  // The whole sentence: a condition before a comma is a clause of its own ("If you won't see the
  // counsellor, there's nothing left to say.").
  const unit = sentences.find((u) => u.start <= finding.sentence.start && finding.sentence.start < u.end);
  const sentence = text.slice(unit?.start ?? finding.sentence.start, finding.sentence.end);
  if (NO_HELP_NO_US.test(sentence)) return 'crisis';
  if (IF_NO_HELP.test(sentence)) return 'ultimatum';
  return finding.category;
}

/** How many times a builder threw while building candidates, and the last error's message. */
export const builderFailures = { count: 0, last: '' };

/** 1 to 3 rewrites of the text `finding.sentence` covers, best first (see rewriteCandidates). */
export function rewritesFor(
  text: string,
  finding: Finding,
  all: readonly Finding[] = [finding],
  messageWords?: readonly Word[],
): string[] {
  return rewriteCandidates(text, finding, all, messageWords).map((c) => c.text);
}

/**
 * Fills every finding's rewrites. Each finding is rewritten beside the findings near it only, found by
 * position: a 200,000-character paste has thousands of findings, and comparing each with all is slow.
 * `messageWords`: the words of the whole message, when `text` is one sentence of it.
 */
export function withRewrites(text: string, findings: Finding[], messageWords?: readonly Word[]): Finding[] {
  const byStart = [...findings].sort((a, b) => a.start - b.start);
  for (const finding of findings)
    finding.rewrites = rewritesFor(text, finding, nearFindings(byStart, finding), messageWords);
  return findings;
}

/**
 * The findings a finding is rewritten beside: those overlapping its sentence, found by position in
 * `byStart` (every finding of the message, sorted by start), or the finding alone.
 */
export function nearFindings(byStart: readonly Finding[], finding: Finding): Finding[] {
  const { start, end } = finding.sentence;
  // The first finding that starts at or after the end of this one's sentence.
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byStart[mid] as Finding).start < end) lo = mid + 1;
    else hi = mid;
  }
  const near: Finding[] = [];
  // A finding spans at most its sentence: one starting far before this sentence cannot reach it.
  for (let k = lo - 1; k >= 0 && (byStart[k] as Finding).start > start - NEAR; k--) {
    const f = byStart[k] as Finding;
    if (f.end > start) near.push(f);
  }
  return near.length > 0 ? near : [finding];
}

/**
 * What a category's rewrites ask for, where two of them would ask the same: help or a change, or space.
 * A second shut-down asked for space twice ("I need a short break from talking about money. … I'd rather
 * leave this for now."): over review rounds 2–24, 34 of the 57 whole rewrites that did were graded
 * garbled or harsh.
 */
const ASKS: Partial<Record<Category, string>> = { crisis: 'help', ultimatum: 'help', stonewall: 'space' };
/** Help named in a sentence: therapy, a counsellor, Relate, a mediator, the pastor, "see someone". */
const NAMES_HELP = new RegExp(
  `\\b(?:therap\\w*|counsel\\w*|relate|psycholog\\w*|psychiatr\\w*|mediat\\w*|marriage course|couples? course|${CLERGY_ALONE.join('|')}|(?:see|seeing|book|booking|talk to|talking to|get|getting) (?:someone|somebody|some help|help|professional))\\b`,
  'i',
);

/** How far before a sentence a finding overlapping it may start. */
const NEAR = 4000;

/** The stretches a whole-message rewrite replaces: one per flagged sentence, the weightier where two overlap. */
function wholeSplices(
  text: string,
  all: readonly Finding[],
  avoid: ReadonlySet<string> = new Set(),
): Splice[] {
  // Of two findings on one stretch, the one whose rewrite names something of the writer's goes in, then
  // the weightier category: the ultimatum's stock fallback beside a counselling rewrite that names the
  // counsellor lost the counsellor (review rounds 8, 10, 14 and 16 graded such whole rewrites generic).
  const theirs = new Set(longWords(text));
  const names = new Map<Finding, boolean>();
  const specific = (f: Finding) => {
    let known = names.get(f);
    if (known === undefined) {
      const first = (f.rewrites.length > 0 ? f.rewrites : rewritesFor(text, f, all)).find(
        (r) => !avoid.has(r),
      );
      known = first !== undefined && carriesMessage(first, theirs);
      names.set(f, known);
    }
    return known;
  };
  const better = (f: Finding, than: Finding) =>
    specific(f) === specific(than) ? WEIGHT[f.category] > WEIGHT[than.category] : specific(f);
  const chosen: Finding[] = [];
  const ordered = [...all].sort(
    (a, b) => a.sentence.start - b.sentence.start || b.sentence.end - a.sentence.end,
  );
  for (const f of ordered) {
    const last = chosen[chosen.length - 1];
    if (last && f.sentence.start < last.sentence.end) {
      const wider = f.sentence.end - f.sentence.start > last.sentence.end - last.sentence.start;
      if (
        wider ||
        (f.sentence.start === last.sentence.start && f.sentence.end === last.sentence.end && better(f, last))
      ) {
        chosen[chosen.length - 1] = f;
      }
      continue;
    }
    chosen.push(f);
  }
  // Neighbouring flagged clauses of one sentence ("you're never happy with anything, you're impossible
  // to please") are replaced once, as one stretch, by the weightier finding's rewrite. Only blank space,
  // commas, colons or dashes may lie between them: a word, an emoji or a full stop keeps them apart.
  const groups: Array<{ start: number; end: number; lead: Finding; last: Finding }> = [];
  for (const f of chosen) {
    const group = groups[groups.length - 1];
    if (group && /^[\s,;:\-–—]*$/u.test(text.slice(group.end, f.sentence.start))) {
      group.end = f.sentence.end;
      group.last = f;
      if (better(f, group.lead)) group.lead = f;
    } else groups.push({ start: f.sentence.start, end: f.sentence.end, lead: f, last: f });
  }
  // One shut-down per message: the one whose rewrite names the writer's subject, else the first; the
  // other shut-down sentences go (two rewrites asking for space read as a template said twice).
  const walls = groups.filter((g) => g.lead.category === 'stonewall');
  const wall = walls.find((g) => specific(g.lead)) ?? walls[0];
  // One plea for help too: "We need help, like yesterday. … It's an emergency whether you see it or
  // not." rewritten twice asked for help twice (review round 50, items 198 and 263).
  const pleas = groups.filter((g) => g.lead.category === 'crisis');
  const plea = pleas.find((g) => specific(g.lead)) ?? pleas[0];
  // The same rewrite twice in one message reads like a template: take the next one instead.
  const used = new Set<string>();
  return groups.map((group) => {
    if (
      (group.lead.category === 'stonewall' && group !== wall) ||
      (group.lead.category === 'crisis' && group !== plea)
    )
      return { start: group.start, end: group.end, insert: '' };
    const options = group.lead.rewrites.length > 0 ? group.lead.rewrites : rewritesFor(text, group.lead, all);
    const rewrite =
      options.find((r) => !used.has(r) && !avoid.has(r)) ??
      options.find((r) => !avoid.has(r)) ??
      options[0] ??
      '';
    used.add(rewrite);
    return { start: group.start, end: group.end, insert: rewrite };
  });
}

/**
 * The whole message rewritten (issue 12, part 4): every flagged clause replaced by its first rewrite,
 * what is left of its sentence kept only where it reads as a sentence of its own (a remnant after a
 * comma, "got it??", or a contempt emoji is dropped), every sentence starting with a capital and ending
 * with its mark. The result is analysed again: a harsh clause that only shows once its neighbours are
 * gone is rewritten too. A clean message comes back unchanged.
 */
export function rewriteMessage(text: string, findings?: readonly Finding[]): string {
  const all = findings ?? withRewrites(text, findFindings(text));
  if (all.length === 0) return text;
  // A rewrite that passed the gate alone can still read as harsh to the scorer beside the writer's words
  // ("Got your text about the therapist in Hove. My answer on therapy is no…"): the whole is then built
  // again with that rewrite's next candidate, at most twice (review round 11, item 285).
  const avoid = new Set<string>();
  let built = wholeOnce(text, all, avoid);
  // What the scorer finds in the whole as last built: read once a build, for the retry and the kept
  // decisions below.
  let found = findFindings(built.out);
  for (let retry = 0; retry < 2; retry++) {
    const { out: current, inserts: inserted } = built;
    const flagged = found
      .map((f) => current.slice(f.sentence.start, f.sentence.end).trim())
      .map((sentence) => inserted.find((insert) => sentence !== '' && insert.includes(sentence)))
      .filter((insert): insert is string => insert !== undefined && !avoid.has(insert));
    if (flagged.length === 0) break;
    for (const insert of flagged) avoid.add(insert);
    built = wholeOnce(text, all, avoid);
    found = findFindings(built.out);
  }
  // A decision of the writer's kept as typed that reads as harsh beside the rest ("No, I'm not going back
  // to that counsellor. She took your side…") fails the gate the whole must pass: the whole is built
  // again without keeping it, as before review round 59.
  const keptFlagged = found.some((f) =>
    DECISION.test(built.out.slice(f.sentence.start, f.sentence.end).trim()),
  );
  if (keptFlagged) built = wholeOnce(text, all, avoid, false);
  // A first line that went ("You sold my bike" said again by the rewrite of the "Pathetic." under it)
  // leaves no blank line above the message.
  const out = withFullStop(
    withoutHelpAskedTwice(
      withoutThanksForThat(/^\s/.test(text) ? built.out : built.out.trimStart(), text),
      text,
      built.inserts,
    ),
    text,
  );
  // Passes that each drop a sentence as said elsewhere can, between them, drop all of them: the whole is
  // never empty, but at least the first rewrite offered (the regrade of review round 62 found one such
  // passing state of the session's code).
  if (!/\p{L}/u.test(out)) return all.find((f) => f.rewrites.length > 0)?.rewrites[0] ?? text;
  return out;
}

/**
 * Help the writer demands by when, in a sentence kept as typed ("Tomorrow we call counselor.", "Counsellor
 * Friday."), is asked once, in their words and with their day: the question of a rewrite beside it that
 * asks for the same help ("Would you be open to it?") goes, where that rewrite keeps a sentence of its own
 * (review round 62, items 16, 37, 101 and 134: the help asked twice, graded garbled). Where a rewrite
 * already wishes for it on the same day, the writer's demand goes instead (review round 64, item 178).
 */
function withoutHelpAskedTwice(out: string, text: string, inserts: readonly string[]): string {
  const own = text.toLowerCase();
  const sentences = units(out).map((u) => {
    const raw = out.slice(u.start, u.end);
    const said = raw.trim();
    return { raw, said, kept: said !== '' && keptAsTyped(own, said) };
  });
  // A rewrite that already asks for the same help on the same day ("…to be at the session on Wednesday")
  // says the kept demand ("please just come to the session on wednesday") again: the demand goes (review
  // round 64, item 178, graded garbled).
  const askedOnDay = (said: string) => {
    const day = helpDay(said);
    const stems = [...helpNamed(said)];
    return (
      day !== undefined &&
      inserts.some((insert) =>
        // Said as a wish, not asked: a question of the rewrite's goes below instead, and the writer's
        // words stay (review round 43).
        (insert.match(/[^.?!]+[.!]/g) ?? []).some(
          (wish) => helpDay(wish) === day && stems.every((stem) => helpNamed(wish).has(stem)),
        ),
      )
    );
  };
  const repeated = sentences.filter(({ said, kept }) => kept && demandsHelp(said) && askedOnDay(said));
  if (repeated.length > 0)
    return tidySpaces(
      sentences
        .filter((s) => !repeated.includes(s))
        .map(({ raw }) => raw)
        .join(''),
    );
  const demanded = new Set<string>();
  for (const { said, kept } of sentences)
    if (kept && demandsHelp(said)) for (const stem of helpNamed(said)) demanded.add(stem);
  if (demanded.size === 0) return out;
  // Each rewrite that asks for a help demanded, and keeps a sentence that is no question.
  const asking = inserts.filter(
    (insert) =>
      [...helpNamed(insert)].some((stem) => demanded.has(stem)) &&
      sentences.some(
        ({ said, kept }) => said !== '' && !kept && !said.endsWith('?') && insert.includes(said),
      ),
  );
  if (asking.length === 0) return out;
  return tidySpaces(
    sentences
      .filter(
        ({ said, kept }) => kept || !said.endsWith('?') || !asking.some((insert) => insert.includes(said)),
      )
      .map(({ raw }) => raw)
      .join(''),
  );
}

/**
 * "Thanks for that." after a complaint Softer rewrote thanks for the complaint: sarcasm, which the
 * rewrite beside it would undo (review rounds 30 and 31 graded it "harsh sentence left"). Thanks after
 * the writer's own sentence ("Can you grab milk? Thanks.") stays.
 */
function withoutThanksForThat(out: string, text: string): string {
  const own = text.toLowerCase();
  let result = '';
  let at = 0;
  let afterSofter = false;
  // Whether Softer rewrote a sentence earlier, and the writer's sentence just before: "…Now we are stuck
  // here another year. Thanks for that." thanks the complaint that sentence goes on with (review round
  // 38's retrained scorer no longer rewrote it); after a request ("Can you grab milk?") thanks are thanks.
  let softerSeen = false;
  let before = '';
  for (const unit of units(out)) {
    const raw = out.slice(unit.start, unit.end);
    const sentence = raw.trim();
    if (sentence === '') continue;
    const softerBefore = afterSofter;
    afterSofter = !keptAsTyped(own, sentence);
    const complaintBefore =
      softerSeen && !/\?\s*$/.test(before) && !/^(can|could|would|will|please|pls)\b/i.test(before);
    softerSeen ||= afterSofter;
    before = sentence;
    if ((softerBefore || complaintBefore) && !afterSofter && THANKS_FOR_THAT.test(sentence)) {
      result += out.slice(at, unit.start).trimEnd() + raw.slice(raw.trimEnd().length);
      at = unit.end;
      afterSofter = true;
    }
  }
  return result + out.slice(at);
}

/**
 * A kept last sentence of three words or more the writer left open ("…couples counselling. I'm not
 * joking anymore") ends with a full stop once Softer's sentences stand before it (review round 30:
 * graded a fragment). A short sign-off ("Night", "Love, Sam") stays as typed.
 */
function withFullStop(out: string, text: string): string {
  if (out === text) return out;
  const body = out.trimEnd();
  const last = /(?:^|[.?!]\s+)([^.?!\n]+)$/.exec(body)?.[1] ?? '';
  if (!/[\p{L}\p{N}]$/u.test(body) || body === last || last.trim().split(/\s+/).length < 3) return out;
  return `${body}.${out.slice(body.length)}`;
}

/**
 * `text` with Softer's own sentences (`inserts`) blanked, character for character, so every offset stays:
 * a writer's sentence rewritten in a later pass reads only the writer's words around it. Read beside
 * "I'd really rather you didn't miss Lily's recital", "She's seven, not stupid." was rewritten as "I was
 * hurt that you didn't miss Lily's recital" (review round 54, item 183).
 */
function withoutSofter(text: string, inserts: readonly string[]): string {
  let out = text;
  for (const insert of inserts) {
    const said = insert.trim();
    if (said === '') continue;
    const blank = said.replace(/[^\n]/g, ' ');
    for (let at = out.indexOf(said); at >= 0; at = out.indexOf(said, at + said.length))
      out = out.slice(0, at) + blank + out.slice(at + said.length);
  }
  return out;
}

/** One whole rewrite, with the rewrites it put in, in order; `avoid` are rewrites not to use. */
function wholeOnce(
  text: string,
  all: readonly Finding[],
  avoid: ReadonlySet<string>,
  keepDecisions = true,
): { out: string; inserts: string[] } {
  // Every rewrite put in, in order: withoutRepeats tells one rewrite's sentences from another's.
  const inserts: string[] = [];
  const splices = (t: string, f: readonly Finding[]) => {
    const chosen = wholeSplices(t, f, avoid);
    inserts.push(...chosen.map((x) => x.insert));
    return chosen;
  };
  let out = joinWhole(text, splices(text, all));
  // Later passes are for the writer's own clauses that show once their neighbours are gone, never for
  // Softer's: each of its sentences passed the gate on its own, and read beside the writer's words the
  // scorer can still weigh one ("…leave it there, please." beside "The boat's sold.").
  // What the message's own rewrites already ask for: help or a change (ASKS).
  const asked = new Set(all.map((f) => ASKS[f.category]).filter((ask): ask is string => ask !== undefined));
  // A sentence that names help asks it again only when a rewrite put in names help too: "we go by de
  // counsellor or is over" beside "I need us to talk properly…" is the first word of the counsellor,
  // and dropped it lost the writer's request (review round 46, item 141).
  const asksAgain = (f: Finding, text: string) =>
    asked.has(ASKS[f.category] ?? '') &&
    !(
      NAMES_HELP.test(text.slice(f.sentence.start, f.sentence.end)) &&
      !inserts.some((i) => NAMES_HELP.test(i))
    );
  // Whether the last pass found nothing left to do in `out`.
  let settled = false;
  const later = (passes: number) => {
    for (let pass = 0; pass < passes; pass++) {
      const current = out;
      const left = findFindings(current).filter((f) => {
        const sentence = current.slice(f.sentence.start, f.sentence.end).trim();
        return sentence === '' || !inserts.some((insert) => insert.includes(sentence));
      });
      settled = left.length === 0;
      if (settled) break;
      // A sentence that now shows as asking what a rewrite beside it already asks ("This is our last
      // chance. If we don't get help now, it's over.") goes: rewritten, it asked twice (review round 22:
      // items 134, 205, 206 and 277 stacked a second request for help or a change).
      // "Not going to your sister's. Drop it.": the writer's decision beside a no Softer has said is kept as
      // typed; dropped as asking again, the whole lost what was decided (review round 59, item 79).
      const decided = left.filter(
        (f) =>
          keepDecisions &&
          f.category === 'stonewall' &&
          asked.has('space') &&
          DECISION.test(current.slice(f.sentence.start, f.sentence.end).trim()),
      );
      const again = left.filter((f) => !decided.includes(f) && asksAgain(f, current));
      const rest = left.filter((f) => !again.includes(f) && !decided.includes(f));
      out = joinWhole(out, [
        // (What the message asks as a whole, help or a no, is still read from all of it.)
        ...splices(out, withRewrites(withoutSofter(current, inserts), rest, readWords(current))),
        ...again.map((f) => ({ start: f.sentence.start, end: f.sentence.end, insert: '' })),
      ]);
    }
  };
  later(2);
  const before = out;
  out = keptHarshRewritten(
    out,
    text,
    splices,
    asksAgain,
    all.some((f) => f.category === 'ultimatum'),
    keepDecisions,
  );
  // A sentence of the writer's can show only once a kept one beside it has gone ("Honestly this is a
  // crisis." when the threat after it went: review round 23, item 244, failed the gate): one more pass.
  if (out !== before || !settled) later(1);
  const whole = withoutTalkBesidePause(withoutRepeats(out, text, inserts), text, inserts);
  return { out: withoutLeaning(whole, text), inserts };
}

/** "I'm feeling lonely", "I feel hurt": the feeling a candidate names. */
const FELT =
  /\bI(?:'m| am)? feel(?:ing)? (hurt|upset|stressed|sad|frustrated|angry|worried|anxious|lonely|alone|overwhelmed|stuck|unimportant|tense|scared|disappointed)\b/;

/**
 * How sure the scorer must be of a kept sentence read on its own. Over the 1,200 graded items of review
 * rounds 3–6 (a regression set: tuned on), 0.8 caught 49 of the 205 whole rewrites graded "harsh
 * sentence left" and touched 18 of the 798 graded clean, most of those harsh too ("Really appreciate it,
 * Father of the Year."); the balanced threshold caught 114 and touched 58, many plain plans ("I'm taking
 * a taxi.").
 */
const KEPT_HARSH = 0.8;
/**
 * A curt kept jab about the partner (a label, a sneer, a blame, a sweep: "Everything is lie with you.",
 * "Never once ur fault") goes when the scorer flags it by itself at the balanced threshold, as Softer
 * would if it were typed alone. Review round 20's readers graded 70 of 300 whole rewrites "harsh
 * sentence left", none of them sure at KEPT_HARSH; 21 read at 0.6 or more as a jab, against 7 sentences
 * graded clean. A kept refusal, threat or plea is the writer's own decision ("We're not getting another
 * dog."), and a longer sentence carries the situation ("Out on the lough with your rods and your phone
 * off."): rewritten from 0.6 it became a stock line, so both keep KEPT_HARSH. (At a fixed 0.6, below
 * the balanced 0.62, the property test's "31 Zh A" read as contempt, 0.60, and was lost.)
 */
const keptJab = () => shippedModel().thresholds.balanced;
const JABS = new Set<Category>(['contempt', 'diagnosis', 'blame', 'absolute']);
/**
 * Thanks for what was just said, and nothing else: "Thanks for that.", "Cheers for that, really.", "Ta very
 * much.", said to the partner too ("Thank you ntate.": review round 62, item 75).
 */
const THANKS_FOR_THAT =
  /^(?:thanks|thank you|thx|cheers|ta)(?: so much| very much| a lot| heaps)?(?: for (?:that|this|nothing))?(?:,? really)?(?:,? (?:ntate|mme|sisi|bhuti|mama|papa|sir|madam|babe|baby|dear|love|darling|hun|honey|bro|mate|man))?[.]*$/i;
/** A word of three letters or more, standing alone. */
const WORD = /(^|\s)[\p{L}'’]{3,}[.,!?]*(\s|$)/u;
/**
 * A bare order: a sentence opening on a verb compromise reads as one ("Sort it.", "Be there.") or on
 * "don't" ("Don't test me."); not a question, not asked kindly, thanked or loving, not a reminder or a
 * wish to stop something, and not a boundary about the writer's body or safety ("Don't touch me."
 * stays). Over review rounds 18–22, 52 such orders of four words or fewer were kept beside a rewrite:
 * readers graded 35 of those whole rewrites "harsh sentence left", 11 garbled and 6 clean.
 */
function command(sentence: string, said: readonly string[]): boolean {
  // "Just admit it.": "just" before the verb changes nothing.
  const words = said[0] === 'just' ? said.slice(1) : said;
  // Nor a letter's sign-off ("Regards,", which compromise reads as a verb: review round 54, items 66, 112).
  if (
    /[?]/.test(sentence) ||
    /\b(please|pls|plz|thanks?|thank you|love|safe|sorry|xx*|regards|sincerely|faithfully|warmly|best wishes)\b/i.test(
      sentence,
    )
  )
    return false;
  if (BODY.test(sentence)) return false;
  // "Be there at 6.", "Home by 10.": an order with its time or amount is the plan the partner needs, which
  // no rewrite beside it says (review round 54, item 183 lost "Be there at 6").
  if (/\d/.test(sentence)) return false;
  // A reminder ("Don't forget the milk.") and a wish to stop something ("Stop working so late.") ask for
  // something plain, and readers of earlier rounds graded them kept as right (tests/lib/rewrite-refusal).
  if (/^(do not forget|remember|stop|quit)\b/.test(words.join(' '))) return false;
  if (words[0] === 'do' && words[1] === 'not') return true;
  // "You better come.", "You'd better be there.": an order with a warning in it, beside a rewrite that
  // asks whether they would come (review round 50, item 120).
  if (/^(you|u) (had |would )?better\b/.test(words.join(' '))) return true;
  // A job with its day ("Fill it tonight.", "Stack it by Saturday.") is the plan too (review round 55,
  // item 137). Not one handed back ("Walk him yourself tonight."), an order to choose or to get help by
  // then ("Decide by sunday.", "Ring them today.", "Try again tomorrow."), which the rewrite beside it
  // asks for as it is.
  if (
    /\b(tonight|today|tomorrow|weekend|(mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(sentence) &&
    !/\byourself\b/i.test(sentence) &&
    !/^(decide|choose|pick|make|ring|call|phone|text|book|see|go|come|try)\b/.test(words.join(' '))
  )
    return false;
  // "You sort it.", "You deal with it.", "You tell her.": the job handed over, an order with its subject.
  if (
    words[0] === 'you' &&
    /^(sort|fix|deal|handle|explain|tell|figure|clean|pay|ring|call)$/.test(words[1] ?? '')
  )
    return true;
  return (
    wordClasses(words).verbs[0] === 0 &&
    !/^(see|miss|love|thank|hope|enjoy|have|sleep well|get well)\b/.test(words.join(' '))
  );
}

/**
 * Labels that, said bare as a sentence of their own ("Liar.", "Alcoholic.", "Irresponsible fellow.",
 * "Hypocrite lah u."), name the partner: traits and insults, without the ones that as often describe the
 * writer's state or a thing ("Exhausting.", "Cold.", "Boring.", "Unbelievable.").
 */
const BARE_LABELS: ReadonlySet<string> = new Set(
  [...NEGATIVE_TRAITS, ...INSULTS.strong].filter(
    (w) =>
      !/\s/.test(w) &&
      !/^(cold|angry|furious|unhappy|miserable|exhausting|draining|boring|weird|negative|critical|difficult|impossible|passive|hopeless|unfair|harsh|victim|mean|weak|cheap|touchy|moody|grumpy|distant|unavailable|obsessed|messy|joke|ridiculous|absurd|unbelievable|embarrassing|laughable|embarrassment|dramatic|crazy|insane|unbearable)$/.test(
        w,
      ),
  ),
);
/** Words around a bare label that add nothing to it: particles, address words, "you". */
const LABEL_FILLER =
  /^(lah|leh|lor|la|paa|oo|o|sha|ah|eh|ey|u|you|ya|ye|mate|bro|man|fella|fellow|person|woman|boy|girl|such|a|an|total|complete|absolute|bloody|so|just|typical|honestly)$/;
/** "Liar.", "Irresponsible fellow.", "Hypocrite lah u.": a label said bare, as its own sentence, no question. */
function bareLabel(sentence: string, words: readonly string[]): boolean {
  if (/[?]/.test(sentence) || words.length === 0 || words.length > 4) return false;
  const rest = words.filter((w) => !LABEL_FILLER.test(w));
  return rest.length === 1 && BARE_LABELS.has(rest[0] as string);
}

/**
 * A sentence that only presses what the message demands: "I mean it.", "I ain't playin.", "I won't be
 * saying it twice.", "I am not joking with you.", "There is no other way.", "I've had it." Beside a
 * rewrite that asks calmly it takes the calm back (review round 36: eight whole rewrites graded "harsh
 * sentence left" kept one). Said of the writer's own insistence, never of the partner or a plan.
 */
const INSISTS = new RegExp(
  [
    `i (?:really |do )?mean (?:it|that)(?: this time| now)?`,
    // "one session or we're done. I mean done.": the threat's own word pressed again.
    `i (?:really )?mean (?:done|over|finished|gone|every word|business)`,
    `i(?:['’]?m| am) (?:dead |deadly |so |totally )?serious(?: this time| now)?`,
    String.raw`i(?:['’]?m| am|\s+ain['’]?t) not (?:joking|kidding|playing|playin['’]?|messing)(?: (?:with you|around|this time|now))?`,
    `i ain['’]?t (?:joking|kidding|playing|playin['’]?|messing|askin['’]?|asking|sayin['’]?|saying)(?: (?:it )?(?:again|twice|around|with you))?`,
    `i (?:won['’]?t|will not|am not going to|['’]?m not going to|['’]?m not gonna|am not gonna) (?:be )?(?:ask|say|tell|repeat|beg)(?:ing)?(?: (?:it|this|you|that))?(?: (?:again|twice|anymore|any more|a second time))?`,
    `i(?:['’]?m| am) not (?:ask|say|tell|repeat|beg)(?:ing)?(?: (?:it|this|you|that))? (?:again|twice|anymore|any more)`,
    `(?:this is|that['’]?s) the (?:last|final) time i(?:['’]?m| am|['’]?ll| will)? (?:ask|say|tell|beg)(?:ing)?(?: (?:it|this|you))?`,
    // "I am telling you seriously." (review round 67, item 4, kept once the threat it pressed had gone)
    `i(?:['’]?m| am) (?:telling|warning) you(?: now)?(?: (?:seriously|straight|plainly|honestly|for real|properly))?`,
    `(?:please understand,? )?there(?: is|['’]s) no other way(?: now)?`,
    `i['’]?ve had it(?: up to here)?(?: with (?:this|it|you))?`,
    // "…We're going to my folks. Finish and klaar.", "…on the night shift. No arguments." (review round 38:
    // each kept beside a calm rewrite, graded "harsh sentence left"): the writer closing the matter.
    `(?:finish(?:ed)?(?: and klaar)?|klaar|end of(?: (?:story|discussion|conversation|debate))?|full stop|period|final answer)`,
    `(?:that['’]?s|that is) (?:final|that)`,
    // "…Forty quid to rebook. I'm not letting you forget this one.": a jab that keeps the score.
    `i(?:['’]?m| am) not (?:letting|gonna let|going to let) you forget (?:this|it|that)(?: one)?`,
    `no (?:arguments?|excuses|discussion|debate|buts|ifs(?:,? no buts)?)(?: this time)?`,
    // "I'm done asking nicely.", "Last time I'm gonna say it.", "I trust that is clear.", "You get that,
    // right?" (review round 39: each kept in front of or after a calm request, graded "harsh sentence left").
    `i(?:['’]?m| am) done (?:waiting|asking(?: nicely)?|begging|being nice|being patient)`,
    `(?:this is |that['’]?s )?(?:the )?last time i(?:['’]?m| am) (?:gonna|going to) say (?:it|this)`,
    `i trust (?:that|this) is (?:clear|understood)`,
    `(?:have i|do i) made? myself clear`,
    `(?:you )?(?:get|got|understand) (?:that|me|it),? right`,
    // "…You put in the trainers. I told you ten times.", "…I told you not to." (review round 39)
    `i (?:already |have |had )?told you(?: so| not to| already| before| twice| (?:ten|\\d+|a hundred|a thousand|a million|so many|many|three|five) times)?`,
    // "You've been warned.", "You can't make me.", "Nothing to say.": the writer's last word, beside a calm
    // rewrite (review round 59, items 265, 109 and 171: graded "harsh sentence left").
    `you(?:['’]ve| have)? been warned`,
    `you can(?:['’]?t|not) make me`,
    `(?:i have |i['’]ve )?nothing (?:more |else |further )?to say(?: to you)?(?: about it)?`,
    // "I trust you are pleased with yourself.", "Hope you're happy now.", "Merry Christmas to me.": smug
    // or self-pitying thanks for the harm (review round 59, items 191 and 137).
    `(?:i )?(?:trust|hope) (?:that )?you(?:['’]re| are) (?:happy|pleased|proud|satisfied)(?: (?:now|with yourself))*`,
    `you must be (?:so )?(?:proud|pleased|happy) (?:of|with) yourself`,
    `(?:merry christmas|happy birthday|happy anniversary|happy new year|happy valentine['’]?s(?: day)?) to me`,
  ]
    .map((p) => `^(?:${p})$`)
    .join('|'),
  'i',
);
/**
 * What is left of an ultimatum once its threat is rewritten: "Your call.", "You choose.", "Try me." (review
 * round 37 graded each beside a calm request "harsh sentence left"). An address word may follow, or lead
 * ("Ak, choose.": review round 54, item 213).
 */
const CHOICE_TAG =
  /^(?:\p{L}+,\s*)?(?:just )?(?:your call|you choose|you decide|your choice|your pick|your move|choose|pick|decide|try me)(?:,? (?:just try me|\p{L}+))?[.!]*$/iu;
/**
 * What only stands behind a verdict: "There I said it.", "Sorry but it's true.", "There's no other word for
 * it.", "Plain and simple.", "Big difference.", and who or what backs it: "My therapist agrees.", "Google
 * it.", "I read about it, it's literally you.", "Everyone sees it.", "This is your technique." Once the
 * label before it is rewritten it points at nothing (the regrade of review round 57: nine whole rewrites
 * kept one dangling, "fragment" or "harsh left"; review rounds 2-57 kept 14 beside a rewritten
 * "narcissist").
 */
const VERDICT_BACKING =
  /^(?:\p{L}+,\s*)?(?:(?:there,? )?i said it|sorry,? but (?:it['’]?s|it is|is) (?:true|the truth)|(?:it['’]?s|that['’]?s|this is|that is) (?:just )?the truth|there['’]?s no (?:other|nicer|better|kinder) (?:word|way to say it)(?: for it)?|plain and simple|simple as(?: that)?|i say it (?:directly|honest(?:ly)?|straight)|let['’]?s be honest|no offen[cs]e|just saying|(?:big|there['’]?s a) difference|and you know it|(?:even )?my (?:therapist|counsell?or|sister|brother|mum|mom|mam|mother|dad|father|friends?|mates?|family) (?:basically |literally |even |also |totally |fully )*(?:agrees|agreed|said so|says so|thinks so|sees it|saw it|noticed|knows it)|(?:even )?(?:everyone|everybody|all my friends|the whole family)(?: \p{L}+){0,4} (?:sees|saw|knows|can see) it(?: but you)?|(?:i['’]?ve |i )?(?:looked it up|googled it|read about it|read up on it|read (?:an article|a post|a book|something) about it(?: \p{L}+){0,3})(?:,? (?:and )?it['’]?s (?:literally |just )?you)?|(?:go |just )?(?:google it|look it up)|it['’]?s (?:literally |just |actually )?(?:you|textbook)|textbook|you know what you['’]?re doing|(?:and )?i (?:can )?see (?:it|what you['’]?re doing|right through you)(?: now)?|(?:this|that|it)(?: is|['’]s) (?:just |all )?(?:your|a|the) (?:technique|game|trick|tactic|tactics|playbook|usual trick)|don['’]?t (?:think|pretend|act like) i (?:don['’]?t|haven['’]?t|didn['’]?t|can['’]?t) (?:see|notice|noticed|know)(?: it| that)?|(?:you think|do you think) i don['’]?t (?:notice|see|know)(?: it)?|i(?:['’]?m| am| ain['’]?t) not (?:stupid|blind|an idiot)|i ain['’]?t stupid|(?:it['’]?s |its )?(?:all |just )?(?:for show|an act|a show|so fake|so obvious|so transparent)(?: with you| for(?: (?:\p{L}+ ){0,2}\p{L}+)?)?(?:,? innit)?|(?:so )?what is it this time|every(?:one|body) (?:noticed|saw it)|i know (?:it )?already)$/iu;
/**
 * A sentence that a therapy-talk verdict's rewrite (verdicts.ts) has just answered: "Everything has to be
 * about you." after "…room for what I'm going through too", "You cry so I feel guilty." after "When things
 * get tearful between us…", "You twist everything I say." after "…my words get turned around". Each pair is
 * what Softer said and what the kept sentence says again.
 */
const ANSWERED: ReadonlyArray<[RegExp, RegExp]> = [
  [
    /\b(room for|supported around|attention goes to)\b/,
    /^(?:(?:everything|everythin|it|all)\b.*\b(?:about|comes? back (?:round )?to|revolves around) (?:you|your)\b|even (?:about |at |with )?(?:my|our|the)\b.*\babout (?:you|your)\b)/iu,
  ],
  [
    /\btearful\b/,
    /^(?:(?:you|u) (?:always |just |only )?(?:cry|cries|cried|start crying|turn on the tears)\b|(?:the |those |your )?tears\b|every (?:fight|argument|time) you (?:start )?cry)/iu,
  ],
  [/\bturned around\b/, /^(?:you|u) (?:always )?(?:twist|twists|twisted|turn|turns)\b/iu],
];
/** The words of those sentences that say nothing Softer must keep. */
const ANSWERED_WORDS =
  /^(everything|everything's|everythin|everythin's|about|comes|come|back|round|around|revolves|always|somehow|became|become|becomes|have|has|your|even|with|that|this|just|really|feel|feels|feelings|stress|literally|honestly|cry|cries|cried|crying|tears|guilty|show|only|when|start|every|time|fight|argument|arguments|losing|drop|twist|twists|twisted|turn|turns|until|till|apologising|apologizing|wrong|bad|guy|one|win|wins|dodge|answer|don't|won't|will|would|i'll|i'd)$/;
function answeredAgain(sentence: string, softer: string): boolean {
  if (softer === '' || /[?]/.test(sentence)) return false;
  const body = bodyOf(sentence);
  if (!ANSWERED.some(([said, again]) => said.test(softer) && again.test(body))) return false;
  const told = softer.toLowerCase();
  // "…about you, the wedding, the vacation, even my dad's funeral": the list before "even" is the sweep's.
  const own = sentence.toLowerCase();
  const even = own.search(/(?<=\S.*)\beven\b/u);
  return (own.slice(Math.max(0, even)).match(/[\p{L}'’]{4,}/gu) ?? [])
    .filter((w) => !ANSWERED_WORDS.test(w))
    .every((w) => told.includes(w));
}

/**
 * A plain decision of the writer's, said as its own short sentence: "Not going to your sister's.", "I'm
 * not coming to the barbecue.", "I'm not apologising to your mum." Not the talk refused ("I'm not going
 * to keep explaining…", "not going over it again"), which is the shut-down itself, nor a longer sentence
 * that says why with a jab ("I'm not going to any counsellor to wash our dirty linen outside").
 */
const DECISION =
  /^(?=(?:\S+\s+){0,8}\S+$)(?:(?:yeah|nah|no|nope|look|sorry|listen),?\s+)*(?:(?:i['’]?m|i am|we['’]re|we are|i will|we will|i['’]ll|we['’]ll)\s+)?not\s+(?:(?:going|coming)\s+(?:back\s+)?(?:to|with|for)\s+(?:your|my|his|her|their|our|the|that|this|\p{Lu})|(?:apologi[sz]ing|lending|selling|buying|moving|signing)\s+\S)[^?]*$/iu;

/** A sneer said as a word or two of its own: "Typical.", "Classic.", "Figures.", "Nice one." */
const SNEER_TAG =
  /^(?:typical|classic|figures|unreal|as usual|same old|same as always|nice one|real nice|lovely stuff|nice try|good try)(?:,? (?:then|again|innit|eh|mate|hon|babe|\p{Lu}\p{L}+))?[.!]*$/iu;

/**
 * A sentence of three words or fewer that only says again a word of the sentence before it: "I reminded
 * you twice. Twice, Keith.", "…by eleven minutes. Eleven minutes." The echo is emphasis, and beside a
 * calm rewrite it presses (review round 37). An address word at its end does not count.
 */
function echoes(sentence: string, before: string | undefined): boolean {
  if (before === undefined || /[?]/.test(sentence)) return false;
  const body = sentence.replace(/,\s*\p{Lu}\p{L}+[.!]*$/u, '');
  const own = body.toLowerCase().match(/[\p{L}\d'’]+/gu) ?? [];
  if (own.length === 0 || own.length > 3) return false;
  const said = new Set(before.toLowerCase().match(/[\p{L}\d'’]+/gu) ?? []);
  return own.every((w) => said.has(w));
}

/**
 * A short sentence of the writer's that only goes on with the complaint Softer's sentence before it has
 * just said: "…It really hurt that you hung up on me mid-sentence. Hanging up on me mid-sentence." (most
 * of its words, as their base forms, are in Softer's sentence), or a sweep of it ("…I'd like us to
 * understand each other. Never about what I feel.", "Every single time we gan oot.": review round 50
 * graded such wholes fragments).
 */
function saidBy(sentence: string, softer: string): boolean {
  if (/[?]/.test(sentence)) return false;
  if (/^(never|always|every|each|not once)\b(?!,)/i.test(sentence))
    return !/\b(love|thanks?|happy|glad|proud|lovely|welcome|xx*)\b/i.test(sentence);
  // Only a fragment goes on like this ("Hanging up on me mid-sentence."): a sentence with its own verb
  // first ("Find us a counsellor, tonight.") is the writer's request, which stays (review round 43).
  if (
    !/^\p{L}+ing\b/iu.test(sentence) &&
    wordClasses(sentence.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).verbs.length > 0
  )
    return false;
  const base = (w: string) => baseOf(w.toLowerCase());
  const own = (sentence.match(/[\p{L}'’]{4,}/gu) ?? []).map(base);
  if (own.length < 2) return false;
  const said = new Set((softer.match(/[\p{L}'’]{4,}/gu) ?? []).map(base));
  return own.filter((w) => said.has(w)).length * 3 >= own.length * 2;
}

/**
 * A count left on its own once the complaint it counted was rewritten: "Every time like.", "Three years
 * in a row now.", "Twice this month, Dan.", "Not once, in four months." (review round 39: kept after an
 * absolute's rewrite, each graded a fragment or "harsh sentence left").
 */
const COUNT_TAG =
  /^(?:(?:every|each) (?:single |bloody |flamin['’]? |damn )?(?:time|day|night|week|weekend|morning|evening)(?: like| again| now)?|(?:\p{L}+ )?(?:times|years|weeks|months|days|nights|weekends) (?:in a row|running)(?: now)?|(?:twice|three times|four times|five times|\p{L}+ times) (?:this|last) (?:week|month|year|term)|not (?:even )?once(?:,? (?:in|this) (?:\p{L}+ )?(?:years?|months?|weeks?|term))?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty) (?:whole |long )?(?:years|months|weeks|days)(?: now)?)$/iu;

/**
 * What only opened a sentence the rewrite took ("I must say, you are always…" left "I must say."): on
 * its own it says nothing (review round 39).
 */
const OPENER_LEFT =
  /^(?:i (?:must|have to|gotta|got to|need to|just have to) say|to be honest|tbh|honestly|i mean|look|listen|right so|and another thing|you know what|let me tell you|i(?:['’]ll| will) be honest)$/i;

/** A sentence that only says it was not done: "You didn't.", "Oh wait, you never did." */
const DENIAL =
  /^(?:oh,? )?(?:wait[.,!]* )?you (?:didn['’]?t|did not|never did|haven['’]?t|have not|never have)(?: even)?[.!]*$/i;

/**
 * "You can explain that to the kids when we can't move.", "…and you can explain to him": the fallout left
 * to the partner to face, a taunt whatever its situation (review rounds 35 and 36, graded "harsh
 * sentence left" beside a calm rewrite).
 */
const LEFT_TO_EXPLAIN =
  /^(?:and |so )?(?:then )?you can (?:go (?:and )?)?(?:explain|justify|tell) (?:that |it |this |all that )?(?:to\b|yourself\b|(?:her|him|them|your \p{L}+)[.!]*$)/iu;

/**
 * A question asked only to sneer: "Happy?", "What more do you want?", "What are you hiding?", "Should I
 * get you a medal?" (review round 39: kept after a calm rewrite, each graded "harsh sentence left"). It
 * asks nothing the partner could answer, so it goes with the rewrite.
 */
const SNEER_QUESTION =
  /^(?:(?:are you )?(?:happy|satisfied|pleased)(?: now)?|what (?:more|else) do you want(?: from me)?|what (?:else )?are you hiding|(?:should|shall) i (?:get|give|buy) you a (?:medal|trophy|prize|gold star)|(?:do )?(?:you )?want a (?:medal|trophy|prize|gold star)|who does that|make it make sense|is (?:that|it|this) (?:too much|so hard|really so hard|asking too much)(?: to ask)?(?: (?:from|of|for) (?:\p{L}+ ){0,2}\p{L}+)?|(?:(?:can|do) you (?:even )?)?(?:understand|get|hear) (?:that|me|this)|you hear me|(?:and )?then what|what then|where (?:exactly )?(?:am i|do i come|do i fit) (?:on|in) (?:that|the|this|your) list|after (?:ignoring|ghosting|leaving) me (?:all|for) (?:\p{L}+ ){0,2}\p{L}+|(?:what|why|how|where) (?:do|did|does|are|were|would|is) you even (?:\p{L}+ ){0,4}\p{L}+|why would (?:\p{L}+ ){1,2}be any different)$/iu;

/**
 * What the writer has done to carry a threat out: "My bag is already packed.", "I already looked at the
 * trains." Beside an ultimatum rewritten as a request it keeps the threat (review round 39).
 */
const THREAT_BACKING =
  /^(?:my (?:bags?|suitcases?) (?:is|are|['’]s) (?:already )?packed|i(?:['’]ve| have)? (?:already )?(?:packed(?: my bags?)?|looked at (?:the )?(?:trains|flights|tickets|flats|houses|lawyers|solicitors)|booked (?:a|my|the) (?:flight|ticket|train|flat)|called (?:a|the|my) (?:lawyer|solicitor)))$/i;

/** A sentence's words without what opens or closes it: a lead-in, an address word, the marks at its end. */
function bodyOf(sentence: string): string {
  return (
    sentence
      .trim()
      .replace(/[\s.!?,…\p{Extended_Pictographic}]+$/u, '')
      .replace(/^(?:and|so|ok(?:ay)?|look|honestly|seriously|right)\b,?\s*/i, '')
      // An address word after the words ("I mean it, Dave"), never the only word ("Happy?").
      .replace(/(?<=\S),?\s+(?:\p{Lu}\p{L}+|babe|mate|love|hun|bro)$/u, '')
  );
}

/** A boundary about the writer's body or safety: "Don't touch me.", "don't you dare come near me". */
const BODY = /\b(touch|hit|hurt|near|follow|grab|push)\b/i;

/** "Don't look at me.", "Don't even lie to me.", "Don't lecture me.": an order that deflects or accuses. */
const DEFLECTS =
  /^(?:so |and )?(?:just )?(?:do not|doh) (?:even )?(?:try (?:to |and )?)?(?:look at me|lie to me|lie|blame me|lecture me|patroni[sz]e me|judge me|play (?:dumb|the victim|innocent)|pretend|act like|act surprised|look surprised|act shocked|gaslight me|try me|test me|start on me|give me that|tell me to calm down|talk to me about|put (?:this|that|it) on|bring (?:your|my|ur) \p{L}+ into)\b/u;

/**
 * "Don't even try to tell me it's old.", "don't try and make out it was me": the excuse ruled out before the
 * partner gives it, an accusation beside the rewrite however it goes on (review round 60, item 12).
 */
const EXCUSE_BARRED =
  /^(?:so |and )?do not (?:even )?(?:try|bother|start) (?:to |and )?(?:tell me|say|claim|pretend|explain|make out|give me)\b/;

/** "Don't you dare lecture me.", "Dinnae you dare.": an order however it goes on (review round 23). */
const DARE = /^(don['’]?t|dinnae|do not|dont) you dare\b/i;

/** A sentence that says what the partner is: "You're so…", "You are too…", "ur such a…", "You think you are…". */
const VERDICT = /^(you['’]?re|you are|ur|u r|you so|you think you['’]?re|you think you are)\s/i;

/**
 * A sentence of the writer's the rewrite kept, read on its own: beside a long friendly message the
 * analyzer weighs "Fix it or leave." with everything else and may let it pass, but left alone in a
 * rewritten message it is the harshest thing in it (review rounds 3–6: a third of whole rewrites
 * that readers graded "harsh sentence left"). Only a sentence the scorer is sure of on its own
 * (KEPT_HARSH, or the balanced threshold for a curt jab) is rewritten, by itself, or dropped when curt.
 */
function keptHarshRewritten(
  out: string,
  original: string,
  splices: (text: string, findings: readonly Finding[]) => Splice[],
  asksAgain: (f: Finding, text: string) => boolean,
  threatened = false,
  keepDecisions = true,
): string {
  const own = original.toLowerCase();
  let result = '';
  let at = 0;
  // The rewritten message's words, read once and only when a kept sentence needs rewriting.
  let outWords: readonly Word[] | undefined;
  // The sentence before, as the rewrite has it.
  let before: string | undefined;
  let softerRun = '';
  for (const unit of units(out)) {
    const raw = out.slice(unit.start, unit.end);
    const sentence = raw.trim();
    const previous = before;
    if (sentence !== '') before = sentence;
    // Softer's own sentences are never read again: each passed the gate. What they said since the
    // writer's last kept sentence is what a short one after them may only say again.
    if (sentence !== '' && !keptAsTyped(own, sentence)) softerRun += ` ${sentence}`;
    if (sentence === '' || !keptAsTyped(own, sentence)) continue;
    const softerJustSaid = softerRun;
    softerRun = '';
    // A curt jab ("This is final.", "Only took you all morning.") goes with the rewrite beside it; a
    // longer sentence ("I'm giving you until Sunday to decide.") says something, and is rewritten.
    const length = sentence.split(/\s+/).length;
    // A verdict on the partner ("You're so disrespectful of my time.", "You so damn petty it's
    // unreal.") carries no situation of its own: up to ten words it goes like a curt jab (review round
    // 22, items 175 and 197: graded "harsh sentence left").
    const verdict = length <= 10 && VERDICT.test(sentence);
    const curt = length <= 5 || verdict;
    // A jab is made of words ("Selfish to the bone.", "Not once, Graham."): characters with no word
    // of three letters ("SE1 Z h", a postcode) are no jab, whatever the scorer says of them. Thanks,
    // love or laughter said curtly ("Thanks so much!") is the writer's warmth unless the scorer is sure
    // of it: the jab's lower bar is for the rest.
    const read = curt && WORD.test(sentence) ? readMessage(sentence) : undefined;
    // A jab is about the partner: the writer's own "We're not gettin another dog." or "I'm not picking
    // up." is their decision, read at KEPT_HARSH like any refusal (review rounds 46 and 47: such
    // sentences went beside a "leave it there" that no longer said what it was about).
    const jab = read !== undefined && !fondMessage(read) && !aboutTheWriter(sentence);
    const said = read?.words.map((x) => x.w);
    // The sentence's words, read only where a check asks (a curt one was read above).
    const spoken = once(() => (said ?? readMessage(sentence).words.map((x) => x.w)).join(' '));
    // The writer's own mark of sarcasm after it ("Must be exhausting 🙄"), on a sentence that is not fond.
    const typed = sentence.replace(/[.]$/, '');
    const typedAt = own.indexOf(typed.toLowerCase());
    const body = bodyOf(sentence);
    const sneered =
      length <= 12 &&
      typedAt >= 0 &&
      SNEERED.test(original.slice(typedAt + typed.length)) &&
      !fondMessage(read ?? readMessage(sentence));
    // "you're not tired, you're just lazy": the first half of a verdict whose second half was rewritten
    // denies what the partner said of themselves, and goes with it (review round 50, item 290).
    const denied =
      length <= 6 &&
      /^(you['’]?re|you are|ur|u r) not\b/i.test(sentence) &&
      typedAt >= 0 &&
      // ("You're not tired. You're lazy." is the same denial, said as two sentences.)
      /^[,;:.]?\s*(you['’]?re|you are|ur|u r)\b/i.test(original.slice(typedAt + typed.length));
    // "Always, the film started 20 minutes ago.": the sweep that opened it goes, and what it says stays
    // (review round 50, item 208).
    const swept = /^(always|never|again|as usual),\s+(\S+\s+\S+\s+\S+.*)$/is.exec(sentence);
    if (swept && softerJustSaid !== '') {
      const told = swept[2] as string;
      result += `${out.slice(at, unit.start)}${raw.slice(0, raw.length - raw.trimStart().length)}${told.charAt(0).toUpperCase()}${told.slice(1)}${raw.slice(raw.trimEnd().length)}`;
      at = unit.end;
      continue;
    }
    // A curt order of the writer's beside a rewrite that asks gently ("Get help.", "Sleep on the sofa.",
    // "Figure it out.", "Don't test me.", "Don't you dare lecture me.") contradicts it: it goes, whatever
    // the scorer says of it.
    if (
      sneered ||
      denied ||
      INSISTS.test(body) ||
      // Only beside a threat: "Rio trip, I'm done discussing. You decide." hands the choice over.
      (threatened && (CHOICE_TAG.test(sentence) || THREAT_BACKING.test(body))) ||
      (/\?\s*$/.test(sentence) && SNEER_QUESTION.test(body)) ||
      COUNT_TAG.test(body) ||
      OPENER_LEFT.test(sentence.replace(/[\s.!,…]+$/u, '')) ||
      SNEER_TAG.test(sentence) ||
      (softerJustSaid !== '' && VERDICT_BACKING.test(body)) ||
      answeredAgain(sentence, softerJustSaid) ||
      echoes(sentence, previous) ||
      (length <= 8 && softerJustSaid !== '' && saidBy(sentence, softerJustSaid)) ||
      // "…Oh wait. You didn't.": the punchline of sarcastic thanks, which the rewrite says plainly.
      DENIAL.test(sentence) ||
      // "dont bother ringing, i won't answer": said again after "…so I won't be picking up for a bit."
      (/\b(picking up|replying)\b/.test(softerJustSaid) &&
        /^i(?: will not|['’]?m not|['’]ll not| won['’]?t| am not| am not going to) (?:pick up|pick|picking up|answer|answering|reply|replying)\b/i.test(
          sentence,
        )) ||
      (length <= 16 && LEFT_TO_EXPLAIN.test(sentence)) ||
      (jab && said !== undefined && length <= 4 && command(sentence, said)) ||
      // "Don't look at me.", "Don't even lie to me.": an order about the writer is still one to the
      // partner, a deflection or an accusation beside the rewrite (review round 50, items 4 and 225).
      // "Doh test me.", "So don't tell me to calm down.", "Dont bring ur mother into this." (review round
      // 61: kept beside a rewrite that asked gently, items 108, 247 and 167).
      (length <= 7 && DEFLECTS.test(spoken())) ||
      (length <= 10 && EXCUSE_BARRED.test(spoken())) ||
      (length <= 7 && DARE.test(sentence) && !BODY.test(sentence)) ||
      (said !== undefined && bareLabel(sentence, said))
    ) {
      result += out.slice(at, unit.start) + raw.slice(raw.trimEnd().length);
      at = unit.end;
      // Gone, it ends nothing: "…I read about it. It's literally you." backs the same rewrite twice.
      softerRun = softerJustSaid;
      continue;
    }
    let found = findFindings(sentence, { sensitivity: 'strict' }).filter(
      (f) => f.confidence >= (jab && JABS.has(f.category) ? keptJab() : KEPT_HARSH),
    );
    // A threat kept whole beside a calm rewrite undoes it, however the scorer weighs it ("If we don't see
    // the counsellor this month, I'm going back to Mwanza.": review round 29 graded nine such wholes
    // "harsh sentence left"): it is rewritten as the ultimatum it is.
    if (found.length === 0 && keptThreat(sentence))
      found = [placedFinding(sentence, 'ultimatum', 0, KEPT_HARSH)];
    if (found.length === 0) continue;
    // Rewritten as part of its message: a no for good or the help asked for elsewhere in it still counts.
    if (!curt && outWords === undefined) outWords = readWords(out);
    // A sentence asking what a rewrite already asks goes, as in the later passes.
    // (The writer's decision beside a no Softer has said stays as typed: see DECISION.)
    if (
      keepDecisions &&
      found.every((f) => f.category === 'stonewall') &&
      softerJustSaid === '' &&
      DECISION.test(sentence)
    )
      continue;
    const again = found.every((f) => asksAgain(f, sentence));
    let rewritten =
      curt || again || outWords === undefined
        ? ''
        : joinWhole(sentence, splices(sentence, withRewrites(sentence, found, outWords)));
    // Said already in other words ("I'm not ready to talk about this yet" beside "not ready for
    // therapy"), the sentence goes too: half a rewrite would be left after the repeat is taken out.
    const rest = (out.slice(0, unit.start) + out.slice(unit.end)).match(/[^.?!]+[.?!]+/g) ?? [];
    const mine = rewritten.match(/[^.?!]+[.?!]+/g) ?? [];
    if (mine.some((m) => rest.some((r) => r.trim() === m.trim() || nearCopy(r.trim(), m.trim()))))
      rewritten = '';
    result += out.slice(at, unit.start) + rewritten + raw.slice(raw.trimEnd().length);
    at = unit.end;
  }
  return result + out.slice(at);
}

/**
 * A condition that fails ("if you don't…", "if we don't…", "unless…", "…one more time") and what the
 * writer will then do to the partner: tell the family, take the children, go back home, leave, move out,
 * call a lawyer, sell, throw out. A plan with a plain condition ("If it rains, I'm taking the car.") is
 * none.
 */
const THREAT_CONDITION =
  /^(?:(?:if|unless)\b[^,.?!]*?(?:\b(?:(?:don|doesn|won|can|aren|isn|haven|hasn)['’]?t|do not|does not|will not|not|never)\b|\bone more time\b|\bagain\b)|unless\b)/i;
const THREAT_ACT =
  /\b(?:i['’]?m|i am|i will|i['’]ll|i shall|we['’]re|we will)\s+(?:(?:going to|gonna)\s+)?(?:tell(?:ing)? (?:your|my|both|the|everyone|all)\b|tak(?:e|ing) the (?:kids|children|baby|boys|girls)\b|go(?:ing)? (?:back|home) to\b|leav(?:e|ing)\b|mov(?:e|ing) out\b|call(?:ing)? (?:a|the|my) (?:lawyer|solicitor|police)\b|sell(?:ing)?\b|throw(?:ing)? (?:you|your|it|them)\b|kick(?:ing)? you out\b|chang(?:e|ing) the locks\b|done\b|finished\b|out\b|gone\b)|\bi (?:can(?:not|['’]t)|won['’]?t|will not) (?:continue|go on|carry on|stay|do this)\b/i;
function keptThreat(sentence: string): boolean {
  return THREAT_CONDITION.test(sentence.trim()) && THREAT_ACT.test(sentence);
}

/**
 * A finding in `category` placed as the model places its findings, from `start` to the end of `text`
 * (a kept threat here; builder tests place one where the engine puts none).
 */
export function placedFinding(text: string, category: Category, start = 0, confidence = 1): Finding {
  const info = CATEGORY_INFO[category];
  return {
    ruleId: 'model',
    category,
    start,
    end: text.length,
    text: text.slice(start),
    message: info.label,
    why: info.why,
    principle: info.principle,
    confidence,
    sentence: { start, end: text.length },
    rewrites: [],
  };
}

/** "Can we talk tonight?", "Could we talk about it later…": an invitation to talk, said once is enough. */
const INVITATION =
  /^(can|could|shall) we (talk|try again|pick it up|come back|set a time|leave it|work (it )?out|figure|sort)\b|^would you sit down\b|^when could we (do that|talk)\b/i;

/**
 * Words Softer's own sentences are made of ("I'm feeling hurt right now. Can we talk later when we are
 * both calm?"): a sentence of Softer's with no other word of the writer's message says nothing of it.
 */
const FRAME_WORDS = new Set(
  `about again along anything because been before better both calm come could didn't doesn't don't each
  even feel feeling feelings find first from going hard have help honest honestly hurt hurts i'd i'll
  i'm i've just keep kind know later lately leave let like little lot love make matter matters mean
  meant more much need needs nothing other please pick plainly properly rather ready really right say
  saying since snap some something space step still sure take talk talking than that that's then there
  these thing things think this those through time today together tomorrow tonight understand unkind
  upset want was way weekend well were what when where which while will with without words work would
  you'd you're your yours`.split(/\s+/),
);

/** The words of four letters or more a text is made of, in lowercase. */
function longWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}'’]{4,}/gu) ?? [];
}

/** A word's stem for telling one deed said twice: "packed", "packing" and "packs" are "pack". */
function stemOf(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** A deed names at least this many of the writer's words before a second telling of it counts as one. */
const MIN_DEED_WORDS = 3;
/** The share of the first telling's words a later sentence of another rewrite repeats to say it again. */
const RETOLD_SHARE = 0.8;

/** Whether a sentence of Softer's carries a word of the writer's own ("the dishwasher", "Sofia's"). */
function carriesMessage(sentence: string, theirs: ReadonlySet<string>): boolean {
  return longWords(sentence).some((w) => theirs.has(w) && !FRAME_WORDS.has(w));
}

/** What a sentence of Softer's that carries nothing of the writer's does: a pause, a feeling, or neither. */
/** Softer's own ways of saying a subject is closed for good (builders.ts, stonewall). */
const FOR_GOOD_SAID = new RegExp(`\\b(${SOFTER_FOR_GOOD.join('|')})\\b`, 'i');
/** Softer's own ways of saying no to help (frames.ts, stonewall/help): said once, like a no for good. */
const HELP_NO_SAID = /\b(isn't for me|my answer on .+ is no)\b/i;
const PAUSE =
  /\b(space|a break|a moment|a few minutes|a breather|too much for me|too painful|hard for me|hard to talk|let it rest|leave it there|not ready)\b/i;
/** The writer putting a talk off in words of their own: "I'm not ready to talk about it", "don't want to talk". */
const WRITER_PAUSE =
  /\b(not ready to (talk|discuss)|(don['’]?t|do not) want to (talk|discuss)|not (talking|discussing) (about )?(this|it|that) (now|tonight|today|right now))\b/i;
/** The writer's order to drop a subject: "Please stop raising it.", "Don't ask me again." */
const STOP_RAISING =
  /^(?:please |so )?(?:(?:stop|quit) (?:raising|mentioning|asking(?: me)?(?: about)?|bringing)|(?:do not|don['’]?t) (?:ask|raise|mention|bring))(?: (?:it|this|that|me|about it))*(?: (?:up|again|now|anymore|any more))*[.!]*$/i;
/** A request of Softer's: "Can we talk tonight?", "I'd really like us to…", "What would help me is if we…". */
const ASK =
  /^(?:(?:can|could|would|shall|when could) (?:we|you)\b|(?:i'd|i would) (?:really |much )?(?:like|love) (?:us|you) to\b|what would help(?: me)? is if we\b)/i;
const FEELING =
  /\b(feel|feeling|felt|hurt|upset|angry|frustrated|lonely|alone|anxious|stressed|sad|overwhelmed|unimportant|stuck|worried)\b/i;

/** A whole rewrite in sentences, each with the blank space after it, and its line breaks apart. */
function sentencePieces(out: string): string[] {
  return out.match(/[^.?!\n]+[.?!]*["”’)]*\s*|\n+/g) ?? [out];
}

/**
 * Whether `sentence` of a whole rewrite is the writer's, kept as typed: found in the original (`own`,
 * lowercased), a closing full stop aside (a rewrite may have added one). Softer's own sentences are not.
 */
function keptAsTyped(own: string, sentence: string): boolean {
  return own.includes(sentence.toLowerCase().replace(/[.]$/, ''));
}

/** Whether `sentence` is the writer's own, found in the original (`own`, lowercased), closing mark aside. */
function writersOwn(own: string, sentence: string): boolean {
  return own.includes(sentence.toLowerCase().replace(/[.?!]+$/, ''));
}

/**
 * Softer's sentence with the partner's act the writer's kept words before it already state, pointing back
 * at them: "It really hurt that you left the keys at the shack." → "It really hurt me."; "Honestly, I was
 * hurt that you…" → "Honestly, I was hurt by that."; "I'm upset that you…, and…" → "I'm upset about that,
 * and…". Only an act of three words or more, found whole in the writer's words said before it.
 */
function pointedBack(piece: string, own: string, before: string): string {
  const m = /\b(hurt|upset) (?:that|when) (you [^,.;?!]+)/i.exec(piece);
  const act = m?.[2]?.toLowerCase();
  if (!m || !act || act.split(' ').length < 3 || writersOwn(own, piece.trim())) return piece;
  if (!own.includes(act) || !before.toLowerCase().includes(act)) return piece;
  // ("That really hurt." reads as a fragment to the gate's tagger.)
  // "It hurt when you left the hose running…, and I'd like to understand…" → "It hurt me, and…".
  const itHurt = /\bIt (really )?hurt (?:that|when) you [^,.;?!]+/;
  if (itHurt.test(piece))
    return piece.replace(itHurt, (_, really: string | undefined) => `It ${really ?? ''}hurt me`);
  if (!/ that you /i.test(m[0])) return piece;
  return piece.replace(m[0], m[1] === 'hurt' ? 'hurt by that' : 'upset about that');
}

/** The partner's deed a sentence of Softer's tells: "I was really upset that you took the car to Kabulonga." */
const DEED_TOLD = /\b(?:hurt|upset) (?:that|when) (you [^,.;?!]+)/i;

/**
 * The pieces with a sentence of the writer's that tells the deed a rewrite just before it also tells moved
 * ahead of that rewrite: "I was really upset that you took the car to Kabulonga. Could we talk about it
 * tomorrow? You took the car to Kabulonga and left me waiting for a bus…" (review round 53, item 28: a
 * label rewritten from the deed said after it) reads the deed first, and pointedBack then points at it.
 * Only the writer's sentence right after the rewrite, holding the deed of three words or more whole.
 */
function toldFirst(pieces: string[], own: string, inserts: readonly string[]): string[] {
  const originOf = (piece: string) => {
    const sentence = piece.trim();
    return sentence === '' || writersOwn(own, sentence)
      ? -1
      : inserts.findIndex((insert) => insert.includes(sentence));
  };
  const out = [...pieces];
  for (let i = 0; i < out.length; i++) {
    const act = DEED_TOLD.exec(out[i] as string)?.[1]?.toLowerCase();
    const origin = originOf(out[i] as string);
    if (!act || act.split(' ').length < 3 || origin < 0) continue;
    let start = i;
    while (start > 0 && originOf(out[start - 1] as string) === origin) start--;
    let end = i + 1;
    while (end < out.length && originOf(out[end] as string) === origin) end++;
    const next = out[end]?.trim() ?? '';
    if (next === '' || !writersOwn(own, next) || !next.toLowerCase().includes(act)) continue;
    const [moved] = out.splice(end, 1);
    // (The writer's last sentence has no blank after it, and may have no full stop; moved ahead, it needs
    // both: "…and I rang the hospital It really hurt me" was this fix's regrade.)
    const typed = (moved as string).trimEnd();
    out.splice(start, 0, `${typed}${/[.?!…]["”’)]*$/u.test(typed) ? '' : '.'} `);
    i = end;
  }
  return out;
}

/**
 * Softer's own sentences said once: two findings in one message, or a second pass over a rewrite, can
 * each end with "Can we talk tonight?" (review round 2, items 118 and 184). Of the sentences that carry
 * nothing of the writer's, one pause ("Talking about this again is hard for me right now."), one feeling
 * ("I'm feeling hurt right now.") and one invitation are enough: a second rewrite's are dropped (review
 * round 7 graded 20 whole rewrites garbled for stacking two or three of them). `inserts` are the
 * rewrites put in, in order; a rewrite's own sentences are never dropped for each other. A sentence the
 * writer wrote is never dropped.
 */
function withoutRepeats(out: string, original: string, inserts: readonly string[] = []): string {
  const own = original.toLowerCase();
  const kept: string[] = [];
  let invited = false;
  const firstBy = new Map<string, number>();
  const theirs = new Set(longWords(original));
  /** The writer's words each kept request of Softer's names, by the rewrite it came from. */
  const pleas: Array<{ origin: number; words: string[] }> = [];
  /** Rewrites that had a sentence dropped as said already. */
  const repeated = new Set<number>();
  /** The writer's words Softer's kept sentences have named, and the rewrite that first said a feeling. */
  const namedSoFar = new Set<string>();
  let feltBy: number | undefined;
  const named = (sentence: string) => longWords(sentence).filter((w) => theirs.has(w) && !FRAME_WORDS.has(w));
  // The deed each kept sentence of Softer's tells, as the stems of the writer's words it names, by rewrite.
  const theirStems = new Set([...theirs].map(stemOf));
  const toldBy: Array<{ origin: number; stems: Set<string> }> = [];
  /** Rewrites whose deed another had told: what is left of them that carries nothing of the writer's goes. */
  const retoldIn = new Set<number>();
  const told = (sentence: string) =>
    new Set(
      longWords(sentence)
        .filter((w) => !FRAME_WORDS.has(w))
        .map(stemOf)
        .filter((w) => theirStems.has(w)),
    );
  const pieces = toldFirst(sentencePieces(out), own, inserts);
  // The writer's own kept words already put the talk off ("I'm not ready to talk about it."): a
  // rewrite beside them that asks to talk contradicts them.
  const writerPaused = pieces.some((piece) => {
    const sentence = piece.trim();
    return sentence !== '' && writersOwn(own, sentence) && WRITER_PAUSE.test(sentence);
  });
  // The help the writer's own kept words ask for ("Counsellor, this week, please.", "Find us a counsellor,
  // tonight."): a question of Softer's asking for the same help beside them asks twice (review round 43
  // graded four such wholes garbled). Softer's question goes; the writer's words, with their time, stay.
  const writerAsksHelp = new Set(
    pieces
      .map((piece) => piece.trim())
      .filter((sentence) => sentence !== '' && writersOwn(own, sentence) && WRITER_ASKS.test(sentence))
      .flatMap((sentence) => [...sentence.toLowerCase().matchAll(HELP_IN)].map((m) => helpKey(m[0]))),
  );
  let result = '';
  // Softer's question asking for the same help goes, and so does a short question after it that only asked
  // about it ("…Would you be open to it? We need a counsellor before it gets any worse.", review round 44).
  let helpDropped = false;
  /** Each kind of help Softer's rewrites have asked for, and the rewrite (its index in `inserts`) that asked first. */
  const softerHelp = new Map<string, number>();
  for (const said of pieces) {
    // "You left the scooter keys at the beach shack again and now I have to take a taxi. Honestly, I was
    // hurt that you left the scooter keys at the beach shack.": what the writer's kept words just said is
    // not said again; Softer's sentence points back at it (review round 44 graded such wholes garbled).
    const piece = pointedBack(said, own, result);
    const sentence = piece.trim();
    const softers = sentence !== '' && !writersOwn(own, sentence);
    // Only Softer's question: its statement stays beside the writer's bare request ("Please just come to
    // therapy" alone read as a shut-down to the scorer, and the whole failed the gate).
    const keys = softers ? [...sentence.toLowerCase().matchAll(HELP_IN)].map((m) => helpKey(m[0])) : [];
    const sameHelp = /\?$/.test(sentence) && keys.some((k) => writerAsksHelp.has(k));
    const askedOnly = softers && helpDropped && /\?$/.test(sentence) && sentence.split(/\s+/).length <= 6;
    // Two of Softer's rewrites asking for the same help ("…a counsellor could help us understand each
    // other. … a counsellor could be a good place to start.") ask twice: the first stays.
    // Only a second rewrite's: one rewrite's own sentences ("What would therapy mean to you? I'd love us
    // to try therapy…") are one ask (its first regrade read the second dropped).
    const from = softers ? inserts.findIndex((insert) => insert.includes(sentence)) : -1;
    const askedAgain = keys.length > 0 && keys.every((k) => softerHelp.has(k) && softerHelp.get(k) !== from);
    for (const k of keys) if (!softerHelp.has(k)) softerHelp.set(k, from);
    if (sameHelp || askedOnly || askedAgain) {
      helpDropped = true;
      result = result.trimEnd() + piece.slice(piece.trimEnd().length);
      continue;
    }
    if (sentence !== '') helpDropped = false;
    // "…but it isn't for me. Can we let it rest? Please stop raising it.": the writer's order to drop the
    // subject, after Softer's no has asked the same kindly, asks twice (review round 38, item 150).
    if (!softers && STOP_RAISING.test(sentence) && (firstBy.has('pause') || firstBy.has('help-no'))) {
      result = result.trimEnd() + piece.slice(piece.trimEnd().length);
      continue;
    }
    if (softers) {
      // What follows a semicolon can be an invitation of its own ("It matters a lot to me; can we…").
      const semi = sentence.indexOf('; ');
      const afterSemi = semi > 0 && INVITATION.test(sentence.slice(semi + 2));
      const invitation = INVITATION.test(sentence) || afterSemi;
      const origin = inserts.findIndex((insert) => insert.includes(sentence));
      const generic = !carriesMessage(sentence, theirs);
      // A no for good is said once, even where it names the writer's subject ("…your brother again").
      const asking = ASK.test(sentence) || invitation;
      const role = FOR_GOOD_SAID.test(sentence)
        ? 'pause'
        : HELP_NO_SAID.test(sentence)
          ? 'help-no'
          : !generic
            ? undefined
            : asking
              ? 'ask'
              : PAUSE.test(sentence)
                ? 'pause'
                : FEELING.test(sentence)
                  ? 'feeling'
                  : undefined;
      const said = role === undefined ? undefined : firstBy.get(role);
      // One rewrite asks for a pause and another to talk ("I'm not ready to talk about this yet." …
      // "Can we talk about it later?"): the later one goes (review round 14 graded these garbled).
      const opposite =
        role === 'ask' ? firstBy.get('pause') : role === 'pause' ? firstBy.get('ask') : undefined;
      const contradicts = (role === 'ask' && writerPaused) || (opposite !== undefined && opposite !== origin);
      // The same plea from two rewrites ("I'd really like us to see this counsellor together." then "I'd
      // love us to see this counsellor together."; review round 11 graded such whole rewrites garbled).
      const words = asking ? named(sentence) : [];
      const pleaded = pleas.some((p) => p.origin !== origin && p.words.some((w) => words.includes(w)));
      // "It matters a lot to me; can we talk about what's getting in the way?" after another rewrite's
      // "Can we talk about it later?": the second invitation goes, and what it followed stays (review
      // round 18 graded such whole rewrites garbled: two asks to talk).
      if (invited && afterSemi && origin >= 0 && !kept.some((k) => k === sentence || nearCopy(k, sentence))) {
        const head = `${sentence.slice(0, semi)}.`;
        kept.push(head);
        result += piece.replace(sentence, head);
        continue;
      }
      // A second rewrite's feeling about what the first already named ("I'm feeling overwhelmed about the
      // dishes; can we try again this evening?" … "I'm hurt about the dishes, and I want to find kinder
      // words…") says it again (review round 32 graded such wholes garbled).
      const feels = FEELING.test(sentence) && /^(i|i'm|i've|i'd|lately|right now|honestly)\b/i.test(sentence);
      // A deed another rewrite has told already, in other words or another tense: "It's been hard for me
      // when you pack the Christmas lights in with the lawn stuff." then "It hurt when you packed the
      // Christmas lights in with the lawn stuff…" (review round 53, item 12: the second pass's rewrite of a
      // sweep and the first's of a motive, both about the one deed).
      const deed = told(sentence);
      const retold =
        origin >= 0 &&
        deed.size >= MIN_DEED_WORDS &&
        toldBy.some(
          (t) =>
            t.origin !== origin &&
            [...t.stems].filter((w) => deed.has(w)).length >= RETOLD_SHARE * t.stems.size,
        );
      const refelt =
        feels &&
        !asking &&
        origin >= 0 &&
        feltBy !== undefined &&
        feltBy !== origin &&
        named(sentence).every((w) => namedSoFar.has(w));
      if (
        refelt ||
        retold ||
        kept.some((k) => k === sentence || nearCopy(k, sentence)) ||
        (invitation && invited) ||
        pleaded ||
        (said !== undefined && said !== origin) ||
        contradicts
      ) {
        if (origin >= 0) repeated.add(origin);
        if (retold) retoldIn.add(origin);
        continue;
      }
      // What is left of a rewrite whose point was said already goes with it when it says nothing of the
      // writer's: "…leave it there, please." after its "…I'd rather not go back over." went, or "Can we
      // let it rest?" after its "…isn't for me." (review round 11).
      if (generic && origin >= 0 && repeated.has(origin) && (firstBy.size > 0 || retoldIn.has(origin)))
        continue;
      kept.push(sentence);
      if (deed.size >= MIN_DEED_WORDS) toldBy.push({ origin, stems: deed });
      for (const w of named(sentence)) namedSoFar.add(w);
      if (feels && feltBy === undefined && origin >= 0) feltBy = origin;
      if (words.length > 0) pleas.push({ origin, words });
      invited ||= invitation;
      if (role !== undefined && !firstBy.has(role)) firstBy.set(role, origin);
    }
    result += piece;
  }
  return tidySpaces(result);
}

/** Help by name in a sentence as written: "counsellor", "therapy", "Relate", "a couples course". */
const HELP_IN = new RegExp(`\\b${HELP_NAMED}\\b`, 'g');
/**
 * A sentence of the writer's that asks for something ("We need a counselor before Monday.", "find us a
 * counsellor, tonight", "Counsellor, this week, please."), not one that says what happens without it ("if
 * we dont get into couples therapy by next month i dont see how we survive this").
 */
const WRITER_ASKS =
  /^(?!if\b)(?!.*\b(?:not|don['’]t|doesn['’]t|won['’]t|never|no)(?: \S+){0,2} (?:need|want)\b)(?=.*\b(need|want|find|book|ring|call|get|please|let['’]?s|can we|could we|will you|would you)\b)/i;
/** One key per kind of help: "counselling" and "counsellor" ask for the same. */
const helpKey = (word: string) =>
  word
    .replace(/^counsell?(?:or|ing)$/, 'counsel')
    .replace(/^therap(?:y|ist)$/, 'therapy')
    .replace(/^mediat\w+$/, 'mediation');

/** A question of Softer's that asks to talk now: "Could we talk about what happened…?", "What do you think?" */
const TALK_ASK =
  /^(?:(?:can|could|shall|would) (?:we|you)\b.*\b(?:talk|talking|sit down|chat|go over|try again|work (?:out|it)|figure|sort)\b|what do you think\b|would you be open\b|how does that sound\b|when could we\b).*\?$/i;

/**
 * A wish of Softer's to talk now, as the whole sentence ("It would mean a lot if we could make a bit of time
 * to really talk.") or after ", and" ("I'm feeling alone about your family, and I'd like to talk tonight.").
 */
const TALK_WISH =
  /(^|,? and )(?:it would mean a lot if we could|i['’]d (?:really )?(?:like|love) (?:us )?to|i want (?:us )?to) (?:make (?:a bit of |some )?time to )?(?:really )?(?:talk|sit down)\b[^.?!]*[.!]$/i;

/** A sentence of Softer's that puts the talk off or says no: a pause (PAUSE), a no for good, a no to help. */
const PAUSED = new RegExp(
  [
    PAUSE.source,
    FOR_GOOD_SAID.source,
    HELP_NO_SAID.source,
    /\b(said what I can|leave (it|this) (there|for now)|rather leave|come back to it|pick it up another time)\b/
      .source,
  ].join('|'),
  'i',
);

/**
 * A whole rewrite says one thing about talking: where a rewrite of a shut-down asks for a pause or says
 * no ("Going over this again is too much for me right now.", "My answer on counselling is no…"), or the
 * writer's own kept words put the talk off, another rewrite's question asking to talk now ("Could we talk
 * about what happened with the coffee…?", "What do you think?") goes, and the rest of that rewrite stays.
 * withoutRepeats reads this only for sentences that carry nothing of the writer's; over review rounds
 * 2–25, 26 whole rewrites still held both, and readers graded 23 of them garbled ("I feel upset that we
 * missed the ferry to Santander. Could we talk about…? … Going over this again is too much for me right
 * now."). A question that is all its rewrite says stays: dropping it would drop the finding's rewrite.
 */
function withoutTalkBesidePause(out: string, original: string, inserts: readonly string[]): string {
  const own = original.toLowerCase();
  const read = sentencePieces(out).map((piece) => {
    const sentence = piece.trim();
    const writers = sentence === '' || writersOwn(own, sentence);
    const origin = writers ? -1 : inserts.findIndex((insert) => insert.includes(sentence));
    return { piece, sentence, writers, origin };
  });
  const pauses = new Set<number>();
  for (const r of read) {
    if (r.sentence === '') continue;
    if (r.writers ? WRITER_PAUSE.test(r.sentence) : PAUSED.test(r.sentence) && !TALK_ASK.test(r.sentence))
      pauses.add(r.origin);
  }
  if (pauses.size === 0) return out;
  const left = new Map<number, number>();
  for (const r of read) if (!r.writers && r.origin >= 0) left.set(r.origin, (left.get(r.origin) ?? 0) + 1);
  const paused = (origin: number) => [...pauses].some((o) => o !== origin);
  let result = '';
  for (const r of read) {
    if (!r.writers && r.origin >= 0 && paused(r.origin)) {
      // "It matters a lot to me; can we talk about what's getting in the way?" keeps what comes first.
      const semi = r.sentence.indexOf('; ');
      if (semi > 0 && TALK_ASK.test(r.sentence.slice(semi + 2))) {
        result += r.piece.replace(r.sentence, `${r.sentence.slice(0, semi)}.`);
        continue;
      }
      const wish = TALK_WISH.exec(r.sentence);
      if (wish && wish[1] !== '') {
        result += r.piece.replace(r.sentence, `${r.sentence.slice(0, wish.index)}.`);
        continue;
      }
      if ((TALK_ASK.test(r.sentence) || wish) && (left.get(r.origin) ?? 0) > 1) {
        left.set(r.origin, (left.get(r.origin) ?? 0) - 1);
        continue;
      }
    }
    result += r.piece;
  }
  return tidySpaces(result);
}

/**
 * Why the whole rewrite of `text` would not pass the gate, or undefined: the analyzer finds something in
 * it, a contempt emoji is left, a sentence starts in lowercase or a rewrite runs on after a comma, or a
 * sentence Softer wrote (one not in the original) is not well-formed. The writer's own untouched
 * sentences ("Good morning!") are theirs to word.
 */
export function wholeProblem(text: string, findings?: readonly Finding[]): string | undefined {
  const out = rewriteMessage(text, findings);
  if (out === text) return undefined;
  if (findFindings(out).length > 0) return 'harsh';
  if (/👏|🙄|🤡/u.test(out)) return 'contempt-emoji';
  if (/^\s*\p{Ll}|[.?!]\s+\p{Ll}/mu.test(out)) return 'lowercase-start';
  const original = text.toLowerCase();
  // A word doubled by the writer ("Eh eh, so you reach home at 2?", "no no no") is theirs to keep.
  for (const m of out.matchAll(/\b(\w+) \1\b/gi))
    if (!original.includes(m[0].toLowerCase())) return 'doubled';
  for (const sentence of out.split(/(?<=[.?!])\s+|\n+/)) {
    const s = sentence.trim();
    if (s === '' || keptAsTyped(original, s)) continue;
    // Each sentence of Softer's own is read for its grammar; the analyzer has read them together above.
    const problem = grammarProblem(s);
    if (problem) return problem;
  }
  return undefined;
}
