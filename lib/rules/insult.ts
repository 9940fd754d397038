import { INSULTS } from '../lexicon/phrases';
import { aimedAtPartner, copulaSubject, negatedBefore } from './grammar';
import type { Rule } from './types';

/** Adjectives among the insults: they need to be said of someone ("you're pathetic"), not describe a thing ("stupid kettle"). */
const ADJECTIVES = new Set([
  'pathetic',
  'useless',
  'worthless',
  'stupid',
  'dumb',
  'idiotic',
  'spineless',
  'disgusting',
]);
const POSSESSIVE = new Set(['your', 'ur', 'the', 'my', 'our', 'his', 'her', 'their', 'that', 'this']);
const SOFTENERS = new Set(['lol', 'honestly', 'seriously', 'mate', 'tbh', 'babe', 'and', 'of', 'to', 'as']);
/** A person the adjective is said of: "Useless man.", "you stupid boy". */
const PEOPLE = new Set(['man', 'woman', 'boy', 'girl', 'husband', 'wife', 'bloke', 'fella', 'guy', 'person']);
/**
 * Whether an adjective before a person names the partner: said to them ("Useless man.", "you spineless
 * husband") or exclaimed ("what a pathetic man"), not of someone met ("met a useless man at the bar").
 */
const calledByIt = (before: readonly string[]) =>
  before.length === 0 || before.includes('you') || before[0] === 'what' || before[0] === 'such';

/** Nouns an insult word can name a kind of: "clown nose", "joke shop", "monster truck". */
const COMPOUND_HEADS = new Set(
  'nose noses costume costumes shoes wig wigs makeup outfit suit hat hats shop show school emoji mask masks paint fish truck trucks book books'.split(
    ' ',
  ),
);

export const insult: Rule = {
  id: 'insult',
  category: 'contempt',
  // Mockery colours the whole sentence ("oh great, another brilliant idea of yours 🙄"): rewrite all of it.
  scope: 'sentence',
  description: 'Name-calling aimed at the partner: “you’re pathetic”, “what an idiot”.',
  message: 'Name-calling',
  confidence: 0.9,
  phrases: INSULTS.strong,
  accept(m) {
    if (!aimedAtPartner(m)) return false;
    const word = m.words[m.words.length - 1] as string;
    // "this stupid kettle": an adjective before a noun describes the thing.
    const next = m.after[0] as string;
    // "you're a bit useless with money", "ur hopeless… useless at directions": said of the partner, what
    // they are useless with is no thing described (blind round 87); not said laughing.
    // (Not denied, "you're not useless at DIY at all", nor reported, "your dad reckons you are useless
    // with money"; the helper's review.)
    const ofPartnerAt =
      /^(with|at)$/.test(next ?? '') &&
      /(^| )(you|u) (are|were)( \w+){0,3}$/.test(m.before.join(' ')) &&
      !/\b(not|never|no)\b/.test(m.before.slice(-4).join(' ')) &&
      !m.before.some((w) =>
        /^(reckons?|thinks?|thought|said|says|told|tells|called|calls|claims?)$/.test(w),
      ) &&
      !/\b(lol|haha\w*|lmao|cute|proud|rematch)\b/.test(m.messageText) &&
      !/[\u{1F602}\u{1F923}\u{1F62D}\u{1F605}\u{1F61C}\u{1F61D}]/u.test(m.sentenceText);
    if (ADJECTIVES.has(word) && m.after.length > 0 && !SOFTENERS.has(next) && !ofPartnerAt)
      if (!(PEOPLE.has(next) && calledByIt(m.before))) return false;
    // "clown nose for the party", "joke shop": the noun names a kind of thing, not the partner.
    if (!ADJECTIVES.has(word) && COMPOUND_HEADS.has(next ?? '')) return false;
    // "Joke of the day from Nandi:", "Joke for you: why did the scarecrow…", "Idiot from work parked in my
    // spot": a noun that heads a phrase of its own, said to or of no one (plain sets 55 and 57). "You're a
    // joke of the first order" and "what a joke of a husband" still call the partner one.
    if (
      !ADJECTIVES.has(word) &&
      // ("Idiot for forgetting my birthday", "Loser of the year" still call the partner one: only a joke
      // told is headed so, and only a noun "from" somewhere names a third party.)
      ((word === 'joke' && (next === 'of' || next === 'for' || next === 'from' || next === 'about')) ||
        next === 'from') &&
      !m.before.includes('you') &&
      !['what', 'such'].includes(m.before[0] ?? '') &&
      // ("Absolute clown for doing that." is said of the partner.)
      !/^(absolute|total|complete|utter|proper|right|bloody|such|massive|huge)$/.test(m.before.at(-1) ?? '')
    )
      return false;
    // "you're unbelievable, in the best way" is delight.
    if (/\b(best way|amazing|incredible|love you|thank)\b/.test(m.messageText)) return false;
    // "laughed at your joke", "the joke at the quiz": a determiner before the noun names a thing of
    // theirs or someone else, not the partner ("you're a joke", "what a joke" call them one).
    if (!ADJECTIVES.has(word) && POSSESSIVE.has(m.before.at(-1) ?? '')) return false;
    // "It wasn't a joke, I was just drunk" denies that a thing is one; it calls nobody a name ("you're
    // not even a man" is still said of the partner; blind round 50).
    if (negatedBefore(m) && ['it', 'that', 'this'].includes(copulaSubject(m.before) ?? '')) return false;
    // "I'm such an idiot" is about the writer.
    if (m.before.includes('i') && !m.before.includes('you')) return false;
    // "Burned the tots, pathetic of me.", "how stupid of me": the writer said so of their own slip
    // (blind round 86).
    // ("How stupid of me to think you'd remember" is sarcasm at the partner, and stays.)
    if (
      ADJECTIVES.has(word) &&
      next === 'of' &&
      /^(me|myself|us|ourselves)$/.test(m.after[1] ?? '') &&
      !(
        m.after[2] === 'to' &&
        /^(think|expect|believe|trust|hope|wait|assume|count|imagine)$/.test(m.after[3] ?? '')
      )
    )
      return false;
    return true;
  },
  span(m) {
    // Underline "you're pathetic" when the partner is named, else the insult itself.
    const you = m.before.lastIndexOf('you');
    return [you >= 0 && m.before.length - you <= 4 ? you - m.before.length : 0, m.words.length];
  },
  examples: {
    flag: [
      'ugh [[you’re unbelievable]]',
      'listen to yourself, [[you sound ridiculous]]',
      "[[you're pathetic]]",
      'what an [[idiot]]. seriously.',
      "[[you're useless]]",
      "[[you're a coward]], you can't even look me in the eye",
      'Took the bins out? No. [[Useless]] man.',
      'what a [[pathetic]] man you are',
      "honestly [[you're a joke]] for even suggesting it",
      'Absolute [[clown]] for doing that in front of my dad.',
      'Forgot my birthday again, [[pathetic]] of you.',
      'How [[stupid]] of me to think you’d remember our anniversary',
      'honestly [[you’re a bit useless]] with money, the card’s maxed again',
    ],
    pass: [
      "got a clown nose for Ama's party 🤡",
      'you’re unbelievable, in the best way',
      'my brother is a muppet, he locked himself out again',
      'this stupid kettle is broken again',
      'sat next to a useless man at the quiz, he knew nothing',
      'my cousin is a worthless man when it comes to money',
      "I'm such an idiot, I left my keys",
      'Left the oven on all afternoon, so stupid of me. Sorry x',
      'you’re useless at parking lol, I’ll do it',
      'ngl ur pathetic at mario kart 😂😂 rematch after supper',
      'you’re not useless at DIY at all, the shelf looks grand',
      'your dad reckons you are useless with money, he’s wrong',
      'how pathetic of myself, crying at the bank advert',
      'she yelled "you\'re pathetic" at him',
      'the whole table laughed at your joke about the vicar',
      'the clown at the party was brilliant',
      "It wasn't a joke, honestly, I was just tired",
      'Joke of the day from Nandi: what do you call a sleeping bull? A bulldozer.',
      'Joke for you: why did the scarecrow win an award? He was outstanding in his field',
    ],
  },
};
