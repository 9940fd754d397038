/**
 * The one decision of the engine, given the rules' reading of a message and a model. The model weighs
 * the whole message (its words, its marks, and the rules' hits as evidence) and says whether it is
 * harsh and in which categories; each category is then placed: on the rules' own findings where they
 * named it (their spans are tighter and their rewrites fit), else on the clause whose words weigh most
 * toward it. Every finding carries the model's calibrated confidence, which the sensitivity setting
 * reads, and the words that weighed most. Strong clean evidence (praise, fond laughter) outweighs a
 * weak rule hit, which is then dropped. Pure; the trainer's cross-validation calls it with each fold's
 * model.
 */
import { CATEGORY_INFO } from '../categories';
import { normalisePhrase, type RuleReading, readWithRules } from '../engine';
import { POINTS_BACK_OPENING, WARNING } from '../lexicon/phrases';
import type { Message } from '../nlp/words';
import { amountStart } from '../text/normalize';
import { type AnalyzeOptions, CATEGORIES, type Category, type Finding } from '../types';
import type { Model } from './codec';
import { fondMessage, playfulMessage } from './features';
import {
  type ClauseWeight,
  heaviestClause,
  type MessageScore,
  scoreMessage,
  sentenceScores,
  topCues,
} from './scorer';

/** The model names at most this many categories for a message; the rules may add their own. */
const MAX_MODEL_CATEGORIES = 2;
/**
 * A category a rule found is kept when the model gives it at least this probability: a rule's hit is
 * precise evidence, and the model vetoes it only when it is sure. At 0.2 the b11 weights dropped "you're
 * so defensive about everything" beside "it's your fault we missed the flight" (diagnosis 0.15).
 */
const RULE_CATEGORY_FLOOR = 0.1;

/**
 * A model finding underlines at most this much of a clause: a 200,000-character run-on is one clause,
 * and a rewrite must never have to read all of it.
 */
const MAX_SPAN = 300;

/**
 * Below this many words the model alone flags nothing: "ok", "sure" and "fine" are how most people
 * answer most messages, and a word or two carries too little for the model to tell a curt reply from an
 * ordinary one. The rules still name the short replies that are harsh on their own ("whatever.",
 * "drop it.", "grow up"), and the model still weighs them.
 */
const MIN_WORDS_FOR_MODEL = 3;

/**
 * A rule hit at least this sure (the rules' insults, labels, threats and refusals) is weighed with its
 * own sentence when the whole message is not harsh: the model gives one verdict per message, and a
 * friendly opener ("hope work is ok.") dilutes the harsh sentence after it.
 */
const SURE_RULE = 0.85;

/**
 * An email's header or greeting ("Subject: The joint account", "Mark,", "Dear Tom,") names no harsh
 * act: the model's finding goes on the heaviest clause of the body instead (review round 49 offered a
 * pause from "The joint account" for a letter whose threat came four lines down).
 */
function header(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  // "Dear Raj, after what happened at Priya's engagement…", "Hiya, a reminder…": a greeting that opens
  // the line, its message going on after the comma (review round 50 placed a diagnosis on "Dear Raj",
  // and the fortieth session's retraining contempt on "Hiya").
  if (
    text.slice(lineStart, start).trim() === '' &&
    /^(?:(?:dear|dearest)\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?|(?:hi|hiya|hello|hey|heya|morning|evening)(?:\s+[\p{L}'’.-]+)?),?$/iu.test(
      text.slice(start, end).trim(),
    )
  )
    return true;
  return (
    lineEnd >= 0 &&
    (/^(subject|re|fwd?|cc)\s*:/i.test(line) ||
      /^(?:(?:dear|hi|hello|hey|dearest)\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?,$/u.test(line))
  );
}

/** A threat or a last-resort frame reads across its commas ("if you don't come, I'm done"). */
const SENTENCE_WIDE = new Set<Category>(['ultimatum', 'crisis']);

/** "you are so" in the normalised words of a clause, shown as typed: "you're so". */
function asTyped(msg: Message, from: number, to: number, cue: string): string {
  const want = cue.split(' ');
  for (let i = from; i + want.length <= to; i++) {
    if (want.every((w, k) => msg.words[i + k]?.w === w)) {
      const first = msg.tokens[msg.words[i]?.tok ?? 0];
      const last = msg.tokens[msg.words[i + want.length - 1]?.tok ?? 0];
      if (first && last) return msg.text.slice(first.start, last.end);
    }
  }
  return cue;
}

/** The end of the last whole word that ends at or before `limit` (or the first word's end). */
function wordEnd(msg: Message, limit: number): number {
  let end = -1;
  for (const t of msg.tokens) {
    if (t.end > limit) break;
    end = t.end;
  }
  return end > 0 ? end : (msg.tokens[0]?.end ?? limit);
}

/** Character offsets of a message's words: where word `k` starts and ends in its text. */
function charsOf(msg: Message) {
  return {
    charStart: (word: number) => msg.tokens[msg.words[word]?.tok ?? 0]?.start ?? 0,
    charEnd: (word: number) => msg.tokens[msg.words[word]?.tok ?? 0]?.end ?? 0,
  };
}

/** The index of the sentence of `msg` that holds the character at `offset`. */
function sentenceAt(msg: Message, offset: number): number {
  const { charEnd } = charsOf(msg);
  return msg.sentences.findIndex((s) => s.end > s.start && charEnd(s.end - 1) > offset);
}

/** Openings of a sentence a jab never answers: a greeting, a sign-off, an apology, a plain yes or no. */
const NOT_ANSWERED =
  /^(?:hi|hey|hiya|hello|morning|evening|afternoon|dear|love you|night|ok|okay|sorry|yes|yeah|no|nope)\b/i;

/**
 * A sentence that says how things are, no demand: "It's been dripping on the porch for a month.", "He
 * was here at six." ("It has to be fixed by Friday." and "There needs to be a change." still ask.)
 */
const STATEMENT =
  /^\W*(?:it|this|there|he|she|they)(?:['’]s|['’]ve| is| was| has| had| have| were)\b(?![^.!?]*\b(?:to be|has to|have to|needs? to|must|better)\b)/i;

/** A sentence that thanks, maybe after "oh" or "wow": the set-up a sneer after it turns into sarcasm. */
const THANKED =
  /^\W*(?:(?:oh|wow|well|so),?\s+)*(?:thanks|thank you|thx|ty|cheers|merci|gracias|danke|ta)\b/i;
/**
 * A contempt finding that is a whole sentence of three words or fewer ("Classy.", "Pathetic.", "oh
 * wait"), or of up to five after a sentence of thanks, is the tail of the sentence before it ("Thanks
 * for announcing my debt at dinner.", "58 and can't boil an egg."): its sentence, which a rewrite reads
 * and replaces, takes that one in too. Review round 26 graded such tails rewritten alone generic ("I'm
 * feeling hurt, and I want to say it calmly…"), with the sarcasm they closed kept beside them. Not
 * across a line break, not a question (it may be meant: "You're home at midnight? wow."), not a greeting
 * or a sentence of two words or fewer, and not a sentence another finding already covers.
 * The scorer's tags in other categories close the statement before them the same way: "…by half ten. Not
 * once.", "Every festival you spend with your office friends. Every single one.", "…I going stay by my
 * sister. choose.", "…there's a python in the laundry. your doing." (review round 50: 55 of the 103
 * generic first rewrites were the scorer's, many on such a tag alone, with the statement it closed left
 * harsh beside it). Not a shut-down's: "Bye.", "Don't call." and "Stop asking." are acts of their own,
 * and the sentence before one may be news the partner needs ("I'll be at my sister's. Don't call.").
 */
function withStatementBefore(msg: Message, findings: Finding[]): Finding[] {
  if (msg.sentences.length < 2) return findings;
  const { charStart } = charsOf(msg);
  return findings.map((f) => {
    const jab = f.category === 'contempt';
    if (!jab && (f.ruleId !== 'model' || f.category === 'stonewall')) return f;
    const at = sentenceAt(msg, f.start);
    const own = msg.sentences[at];
    const before = msg.sentences[at - 1];
    // A one- or two-word sneer ("Shocker.", "Real gentleman.") closes a two-word complaint too ("Late
    // again. Shocker.": review round 32 graded its rewrite, read alone, generic).
    const words = own ? own.end - own.start : 0;
    if (!own || !before || before.end - before.start < (words <= 2 ? 2 : 3)) return f;
    const start = amountStart(msg.text, charStart(before.start));
    const ownStart = charStart(own.start);
    // After thanks, a sneer of up to five words closes it too: "Merci for leaving the car on empty.
    // Really thoughtful, as usual.
    const prior = msg.text.slice(start, ownStart);
    // A mock award ("Husband of the year.") is the sarcastic rule's verdict on the sentence before, as
    // thanks are.
    if (words > 5 || (words > 3 && (!jab || !(THANKED.test(prior) || f.ruleId === 'thanks-for-harm'))))
      return f;
    if (f.sentence.start > ownStart || f.start < ownStart) return f;
    if (prior.includes('\n') || prior.includes('?') || NOT_ANSWERED.test(prior)) return f;
    if (findings.some((g) => g !== f && g.start < ownStart && g.end > start)) return f;
    return { ...f, sentence: { start, end: f.sentence.end } };
  });
}

/** A warning said as a sentence of its own: "Last chance.", "ja no, last warning.", "Final warning, Dev." */
const WARNING_TAG = new RegExp(`\\b${WARNING}\\b`, 'i');
/** A threat's condition: "If you don't…", "…unless…", "…or I…", "…again and I'm…". */
const CONDITION = /\b(?:if|unless|or|otherwise)\b|\band (?:i|i['’]m|i['’]ll|i will|i am|we['’]re|we are)\b/i;

/** A sentence of a message, as word indices [start, end). */
type Span = Message['sentences'][number];

/** A tail after a threat that adds no condition of its own: "And you can explain it to her yourself." */
const TAIL_OPEN = /^\W*(?:and|then|so)\b/i;

/**
 * An ultimatum said across two sentences is rewritten from both: the scorer or a rule flags one of them,
 * and the rewrite of that one alone was a stock "I need us to talk properly" or "Something needs to
 * change", with the threat or the demand kept beside it (review round 52, items 60, 100, 154, 184, 247).
 * - A warning said as a sentence of its own, of four words or fewer ("Last chance chetta.", "ja no, last
 *   warning."), takes in the threat said next, when that sentence states a condition ("If you don't come
 *   to the family counselling in Kochi, I'm telling appa everything.") and holds no finding of another
 *   category.
 * - A threat that points back ("If not, I'm telling your aunty…") takes in the demand said before it ("Send
 *   money for the kids' school fees by Friday."), and a tail ("And you can explain it to her yourself.")
 *   the threat before it, when that sentence states the condition itself; only when the sentence before
 *   has no finding of its own, is no greeting or question, and is on the same line.
 */
function withThreatBeside(msg: Message, findings: Finding[]): Finding[] {
  if (msg.sentences.length < 2) return findings;
  const { charStart, charEnd } = charsOf(msg);
  const span = (s: Span) => ({ start: charStart(s.start), end: charEnd(s.end - 1) });
  const others = (f: Finding, start: number, end: number, also: (g: Finding) => boolean) =>
    findings.some((g) => g !== f && also(g) && g.start < end && g.end > start);
  const threatAfter = (f: Finding, own: Span, next: Span | undefined): Finding | undefined => {
    if (!next || next.end <= next.start || own.end - own.start > 4) return undefined;
    const { start, end } = span(next);
    const ownSpan = span(own);
    const ownText = msg.text.slice(ownSpan.start, ownSpan.end);
    if (!WARNING_TAG.test(ownText) || !CONDITION.test(msg.text.slice(start, end))) return undefined;
    if (msg.text.slice(f.end, start).includes('\n')) return undefined;
    // The threat flagged on its own as well is the same ultimatum: the warning's rewrite is built from it
    // too, and not a second category's.
    if (others(f, start, end, (g) => g.category !== 'ultimatum')) return undefined;
    return { ...f, sentence: { start: f.sentence.start, end: Math.max(f.sentence.end, end) } };
  };
  const demandBefore = (f: Finding, own: Span, before: Span | undefined): Finding | undefined => {
    if (!before || before.end - before.start < 2 || before.end - before.start > 25) return undefined;
    const ownSpan = span(own);
    if (f.start !== ownSpan.start && f.sentence.start !== ownSpan.start) return undefined;
    const ownText = msg.text.slice(ownSpan.start, ownSpan.end);
    const start = span(before).start;
    const prior = msg.text.slice(start, ownSpan.start);
    const pointsBack = POINTS_BACK_OPENING.test(ownText);
    const tail = !pointsBack && TAIL_OPEN.test(ownText) && CONDITION.test(prior) && !CONDITION.test(ownText);
    if (!pointsBack && !tail) return undefined;
    if (prior.includes('\n') || prior.includes('?') || NOT_ANSWERED.test(prior) || STATEMENT.test(prior))
      return undefined;
    if (others(f, start, ownSpan.start, () => true)) return undefined;
    return { ...f, sentence: { start, end: f.sentence.end } };
  };
  return findings.map((f) => {
    if (f.category !== 'ultimatum') return f;
    const at = sentenceAt(msg, f.start);
    const own = msg.sentences[at];
    if (!own) return f;
    return threatAfter(f, own, msg.sentences[at + 1]) ?? demandBefore(f, own, msg.sentences[at - 1]) ?? f;
  });
}

/** The categories of a harsh message: the model's strongest, any it is confident of, and the rules' it allows. */
export function chooseCategories(
  model: Model,
  probabilities: readonly number[],
  ruleCategories: ReadonlySet<Category>,
): Category[] {
  const ranked = CATEGORIES.map((c, i) => ({ c, p: probabilities[i] as number })).sort((a, b) => b.p - a.p);
  const chosen = ranked
    .filter((r, i) => i === 0 || r.p >= model.categoryThreshold)
    .slice(0, MAX_MODEL_CATEGORIES)
    .map((r) => r.c);
  for (const r of ranked)
    if (ruleCategories.has(r.c) && r.p >= RULE_CATEGORY_FLOOR && !chosen.includes(r.c)) chosen.push(r.c);
  return chosen;
}

/**
 * The findings of the first sentence with a sure rule hit that is harsh on its own, in the message's
 * offsets. Not when the message laughs, loves or thanks: "ur an idiot. love u 😂" is fond, and the
 * whole message's verdict stands. A threat is the exception, unless the message laughs or sends a warm
 * emoji (playfulMessage): a greeting or a sign-off of love does not take it back ("…if you work nights
 * again this December I'm taking the kids to Mom's in Bangor for Christmas. Love you, drive safe.", blind
 * round 78).
 */
function bySentence(text: string, reading: RuleReading, model: Model, options: AnalyzeOptions): Finding[] {
  const fond = fondMessage(reading.msg);
  const sure = reading.findings.filter(
    (f) =>
      f.confidence >= SURE_RULE && (!fond || (f.category === 'ultimatum' && !playfulMessage(reading.msg))),
  );
  if (sure.length === 0) return [];
  const tried = new Set<number>();
  for (const f of sure) {
    const { start, end } = reading.rewriteBounds(f.clause, 'sentence');
    if (tried.has(start) || (text.slice(0, start).trim() === '' && text.slice(end).trim() === '')) continue;
    tried.add(start);
    const part = text.slice(start, end);
    const found = decideFindings(part, readWithRules(part), model, true, options);
    if (found.length > 0)
      return found.map((g) => ({
        ...g,
        start: g.start + start,
        end: g.end + start,
        sentence: { start: g.sentence.start + start, end: g.sentence.end + start },
      }));
  }
  return [];
}

/**
 * The harshest sentence of a message the model does not find harsh as a whole, when that sentence read
 * by itself is harsh at the gentle setting's threshold (out-of-fold precision 0.98), or the person's own
 * if stricter. The verdict weighs the whole message, so friendly news around one harsh sentence ("Had a
 * lovely chat with Siobhan… and if you're off to the races instead of the christening, you needn't come
 * home after.") can outweigh it; read alone, the scorer is sure of it. It needs as many words as the
 * model needs to flag anything.
 */
function harshSentence(
  model: Model,
  reading: RuleReading,
  score: MessageScore,
  options: AnalyzeOptions,
): MessageScore | undefined {
  const threshold = Math.max(model.thresholds.gentle, model.thresholds[options.sensitivity ?? 'balanced']);
  let best: MessageScore | undefined;
  for (const sentence of sentenceScores(model, reading, score)) {
    const words = sentence.features.reduce((n, cf) => {
      const clause = reading.msg.clauses[cf.clause];
      return n + (clause ? clause.end - clause.start : 0);
    }, 0);
    if (words < MIN_WORDS_FOR_MODEL || sentence.harsh < threshold) continue;
    if (!best || sentence.harsh > best.harsh) best = sentence;
  }
  return best;
}

/** Every finding the model (with or without the rules' hits as evidence) keeps, sorted by position. */
export function decideFindings(
  text: string,
  reading: RuleReading,
  model: Model,
  withRules: boolean,
  options: AnalyzeOptions = {},
): Finding[] {
  const { msg } = reading;
  if (msg.words.length === 0) return [];
  if (msg.words.length < MIN_WORDS_FOR_MODEL && (!withRules || reading.findings.length === 0)) return [];
  let score = scoreMessage(model, reading, withRules);
  let ruleFindings = withRules ? reading.findings : [];
  if (score.harsh < model.thresholds[options.sensitivity ?? 'balanced']) {
    const sure = withRules ? bySentence(text, reading, model, options) : [];
    if (sure.length > 0) return sure;
    const alone = harshSentence(model, reading, score, options);
    if (!alone) return [];
    score = alone;
    const own = new Set(alone.features.map((cf) => cf.clause));
    ruleFindings = ruleFindings.filter((f) => own.has(f.clause));
  }
  const categories = chooseCategories(model, score.categories, new Set(ruleFindings.map((f) => f.category)));
  const clauseWeight = new Map(score.clauses.map((c) => [c.clause, c]));
  const cues = (clause: ClauseWeight | undefined, category: Category) => {
    if (!clause) return [];
    const words = msg.clauses[clause.clause] as { start: number; end: number };
    return topCues(model, clause, category).map((cue) => asTyped(msg, words.start, words.end, cue));
  };
  const findings: Finding[] = [];
  for (const category of categories) {
    const named = ruleFindings.filter((f) => f.category === category);
    // Where no word of the clause weighs toward the category by itself, what weighed is the rule's own
    // hit on its phrase ("you never think"): the finding names that phrase, never nothing.
    for (const { clause, ...f } of named) {
      const weighed = cues(clauseWeight.get(clause), category);
      findings.push({ ...f, confidence: score.harsh, cues: weighed.length > 0 ? weighed : [f.text] });
    }
    if (named.length > 0) continue;
    const clause = heaviestClause(score, category, (c) => header(text, c.start, c.end));
    if (!clause) continue;
    const info = CATEGORY_INFO[category];
    // A sneer of three words or fewer ("third year running", "Oh right,") leans on the clause beside it
    // ("great job forgetting our anniversary, …"): its rewrite reads the sentence, as the rules'
    // mockery does (review round 22: rewritten alone, such tails became stock lines).
    // So does a clause of three words or fewer in any category: "You have never, not once in twelve
    // years, planned a holiday." rewritten from "You have never" alone left "Not once in twelve years,
    // planned a holiday." behind (review round 32).
    const own = msg.clauses[clause.clause];
    const tail = own !== undefined && own.end - own.start <= 3;
    const bounds = reading.rewriteBounds(
      clause.clause,
      SENTENCE_WIDE.has(category) || tail ? 'sentence' : 'clause',
    );
    const end = clause.end - clause.start > MAX_SPAN ? wordEnd(msg, clause.start + MAX_SPAN) : clause.end;
    findings.push({
      ruleId: 'model',
      category,
      start: clause.start,
      end,
      text: text.slice(clause.start, end),
      message: info.label,
      why: info.why,
      principle: info.principle,
      confidence: score.harsh,
      sentence: bounds.end - bounds.start > 2 * MAX_SPAN ? { start: clause.start, end } : bounds,
      rewrites: [],
      cues: cues(clause, category),
    });
  }
  const disabled = new Set(options.disabledCategories ?? []);
  const ignored = new Set((options.ignoredPhrases ?? []).map(normalisePhrase));
  return withThreatBeside(msg, withStatementBefore(msg, findings))
    .filter((f) => !disabled.has(f.category) && !ignored.has(normalisePhrase(f.text)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
