import { CONTEMPT_PHRASES, SARCASTIC_REWARDS } from '../lexicon/phrases';
import { KIN, opensOnSomeoneElse, predicateValence, warmTowardPartner } from './grammar';
import type { Match, Rule } from './types';

const REWARDS = new Set(SARCASTIC_REWARDS);
/** A laugh that makes a jab a joke ("sorry I exist so loudly… haha"). */
const LAUGHS = /\b(lol|haha\w*)\b/;
/** What may come before a sarcastic reward in its clause: "do you want a medal", "oh, want a cookie". */
const REWARD_LEAD = new Set([
  'do',
  'you',
  'u',
  'oh',
  'wow',
  'so',
  'and',
  'now',
  'what',
  'ok',
  'okay',
  'great',
]);

/** Subjects that "grow up" on their own: "the kids grow up so fast". */
const GROWERS = new Set([
  'they',
  'he',
  'she',
  'we',
  'i',
  'kids',
  'children',
  'babies',
  'boys',
  'girls',
  'puppies',
  'kittens',
  'ones',
  // Other words for children (blind round 54: "bairns grow up quick").
  'bairns',
  'weans',
  'kiddos',
  'kiddies',
  'nippers',
  'toddlers',
  'twins',
  'grandkids',
  'pups',
]);

/** Words between a subject and "grow up" that keep it the subject's own growing: "she is gonna grow up". */
const GROWING_AUX = new Set([
  'is',
  'are',
  'will',
  'would',
  'gonna',
  'going',
  'to',
  'might',
  'may',
  'can',
  'll',
  'all',
  'both',
  'get',
  'got',
]);

/**
 * "the kids grow up", "she's gonna grow up", "the kids will all grow up": the nearest subject, across only
 * the words of GROWING_AUX, is one that grows, not "you".
 */
function growingOf(before: readonly string[]): boolean {
  for (let k = before.length - 1; k >= Math.max(0, before.length - 5); k--) {
    const w = before[k] as string;
    if (GROWERS.has(w)) return true;
    if (!GROWING_AUX.has(w)) return false;
  }
  return false;
}

/** What someone else is said to need: "needs to", "should", "has got to", "really must". */
const NEEDS = new Set([
  'needs',
  'need',
  'has',
  'have',
  'got',
  'gotta',
  'should',
  'must',
  'ought',
  'to',
  'really',
  'just',
  'seriously',
  'honestly',
  'better',
  'had',
]);

/** A parent, whom co-parents name to each other for the partner: "Dad needs to grow up." */
const PARENTS = new Set([
  'dad',
  'daddy',
  'mum',
  'mummy',
  'mom',
  'mommy',
  'mam',
  'mammy',
  'father',
  'mother',
  'papa',
  'mama',
]);

/**
 * "my cousin needs to grow up", "her Kyle should man up": someone else, named at the clause's start, is
 * said to need it; a complaint about them to the partner, not a jibe at the partner (blind round 86).
 * "you need to grow up", "I need you to grow up", "mum needs to grow up and so do you" and a bare "Dad
 * needs to grow up" between co-parents still tell the partner.
 */
function neededOfSomeoneElse(before: readonly string[], m: Match): boolean {
  let k = before.length - 1;
  while (k >= 0 && NEEDS.has(before[k] as string)) k--;
  if (k === before.length - 1 || k < 0) return false;
  if (/ (so do you|you too|and you|same (goes )?for you|means you|including you) /.test(m.messageText))
    return false;
  const head = before[k] as string;
  if (k <= 1 && opensOnSomeoneElse(before.slice(Math.max(0, k - 1), k + 1), m.sentenceText)) return true;
  return k === 0 && KIN.has(head) && !PARENTS.has(head);
}

export const mockery: Rule = {
  id: 'mockery',
  category: 'contempt',
  // Mockery colours the whole sentence ("oh great, another brilliant idea of yours 🙄"): rewrite all of it.
  scope: 'sentence',
  description: 'Dismissive or mocking expressions: “grow up”, “cry me a river”, “slow clap”.',
  message: 'Mockery',
  confidence: 0.85,
  phrases: [...CONTEMPT_PHRASES, ...SARCASTIC_REWARDS],
  patterns: [
    // "wow, congrats on finally doing one thing", "thanks for actually showing up"
    {
      match:
        '(congrats|congratulations|thanks|bravo|kudos|well done|nice of you) (on|for|to)? (finally|actually|bothering|remembering)',
    },
    // "oh well done, you finally remembered"
    { match: 'you (finally|actually) #Verb' },
    // "so glad you could finally make time for me": the writer waited for what was owed
    {
      match:
        '(glad|nice|lovely|great|good) (that)? you (could|can|decided to|managed to|bothered to)? (finally|actually) #Verb',
    },
    // "is it too much to ask for you to be on time"
    { match: 'is it (too much|so much|really too much) to ask' },
  ],
  accept(m) {
    if (m.kind === 'phrase' && REWARDS.has(m.words.join(' '))) {
      if (!m.before.every((w) => REWARD_LEAD.has(w))) return false;
      const at = m.messageText.indexOf(` ${m.words.join(' ')} `);
      const partnerDidSomething = / (you|u) /.test(m.messageText.slice(0, at + 1));
      // "want a medal for doing one wash?": the act said after, as "for" and a gerund.
      const forAct = m.after[0] === 'for' && /ing$/.test(m.after[1] ?? '') && !LAUGHS.test(m.messageText);
      return partnerDidSomething || forAct ? 0.8 : false;
    }
    // "oh well done, you finally remembered": "finally" is a sneer only after a sarcastic opener.
    if (m.kind === 'pattern' && m.patternIndex === 1)
      return /\b(oh|wow|well done|congrats|congratulations|bravo|great job|nice one|slow clap)\b/.test(
        m.sentence.join(' '),
      )
        ? 0.75
        : false;
    if (m.kind === 'pattern' && m.patternIndex === 2) {
      // "…finally make time for me" counts what was owed; "so glad you finally came to see us!!" welcomes.
      const after = m.sentenceAfter.join(' ');
      return /\bfor (me|us)\b/.test(after) || m.words.includes('bothered') ? 0.75 : false;
    }
    // A real question about a thing ("…for extra cheese? haha") is not an attack on the partner.
    if (m.kind === 'pattern' && m.patternIndex === 3)
      return m.sentenceAfter.includes('you') && !/\b(lol|haha\w*|hehe)\b/i.test(m.sentenceText) ? 0.8 : false;
    // "sorry I exist" ends a jab ("…I guess"); "sorry I exist so loudly… haha" is a joke.
    if (
      m.words[0] === 'sorry' &&
      (LAUGHS.test(m.messageText) || !['i', 'then', undefined].includes(m.after[0]))
    )
      return false;
    // "paint it purple for all I care 😂", "what do I know about boilers lol", "some of us work Saturdays
    // haha": said laughing, or of a subject ("what do I know about…"), they tease or ask.
    if (
      /^(for all i care|some of us|what do i know)/.test(m.words.join(' ')) &&
      (LAUGHS.test(m.messageText) || /[😂🤣😜😉😘]/u.test(m.sentenceText) || m.after[0] === 'about')
    )
      return false;
    // "talking to the kids is like talking to a brick wall lol" is about the kids.
    if (m.words.includes('brick') && (!m.sentence.includes('you') || LAUGHS.test(m.messageText)))
      return false;
    // "oh poor baby, the vet said he'll be fine" is about the dog.
    if (m.words.includes('poor') && !m.sentence.some((w) => w === 'you' || w === 'your')) return false;
    // "cry more" ends a jab ("cry more at this film…" is about the film); "imagine thinking…" with a
    // laugh is about the bus, not the partner.
    if ((m.words[0] === 'cry' || m.words[0] === 'listen') && m.after.length > 0) return false;
    // "spare me a chip?", "can you spare me a tenner": asking for something, not "spare me the drama".
    if (m.words.join(' ') === 'spare me' && /^(a|an|one|two|five|ten|some|a few|\d+)$/.test(m.after[0] ?? ''))
      return false;
    // "imagine thinking the bus would be on time" mocks a thing; "imagine being 35 and…" a person.
    if (m.words[0] === 'imagine' && ['the', 'a', 'an', 'it'].includes(m.after[0] ?? '')) return false;
    // "must be nice to sleep till noon" is a jab; "must be nice to be home!" is warmth.
    if (m.words[0] === 'must' && (m.sentenceText.includes('!') || predicateValence(m.sentenceAfter) > 0))
      return false;
    // "typical you, always thinking of the neighbours ❤️": their nature named with love.
    if (m.words.includes('typical') && warmTowardPartner(m)) return false;
    // "shut up! that's amazing news!!" is delight.
    if (
      m.words.join(' ') === 'shut up' &&
      /\b(amazing|incredible|no way|omg|congrats|congratulations|brilliant|wow|hilarious|funny|lol|haha\w*)\b/i.test(
        m.messageText,
      )
    )
      return false;
    // "it's no big deal", "not a big deal either way": reassurance, not "big deal 🙄".
    if (m.words.join(' ') === 'big deal' && /(^| )(no|not)( a)?$/.test(m.before.join(' '))) return false;
    // "the puppies grow up so fast", "she's gonna grow up just like you": "grow up" said of someone (a
    // child's future too), not told to the partner.
    if (m.words.join(' ') === 'grow up' && growingOf(m.before)) return false;
    if (/^(grow|man|toughen) up$/.test(m.words.join(' ')) && neededOfSomeoneElse(m.before, m)) return false;
    // "they all grow up so quick", "…grow up too fast": how fast someone grows is growing, not a jibe.
    if (
      m.words.join(' ') === 'grow up' &&
      m.before.length > 0 &&
      /^((so|too|way too|really) )?(fast|quick|quickly|soon)\b/.test(m.after.join(' '))
    )
      return false;
    // "don't cry me a river" is still mockery, but "I won't get over it" is the writer's pain.
    if (m.words[0] === 'get' && m.before.includes('i')) return false;
    return true;
  },
  examples: {
    flag: [
      'it’s [[like talking to a brick wall]] with you',
      '[[do you even hear yourself]]',
      'you spend money [[like it grows on trees]]',
      'aww [[did someone get their feelings hurt]]',
      '[[grow a spine]]',
      'bins out, lawn mowed, car washed, [[no thanks to you]]',
      'stay at the lodge till Monday [[for all I care]]',
      'you want a lie-in? [[some of us actually work]]',
      'sure, you know best, [[what do I know]]',
      'yeah [[because that worked so well]] last time',
      '[[funny how you’re]] never tired when your mates call',
      '[[sorry I exist]] I guess',
      '[[listen to yourself]], you sound ridiculous',
      '[[grow up]].',
      'honestly you need to [[grow up]], it was one parking ticket',
      'I need you to [[man up]] and tell your mum we are not coming',
      'mum needs to [[grow up]] and so do you',
      '[[man up]] ffs',
      'wow, [[congrats on finally]] doing one thing',
      '[[slow clap]] for remembering my birthday a day late 👏👏',
      'oh well done, [[you finally remembered]]',
      'oh wow, you did the dishes, [[want a medal]]?',
      '[[want a medal]] for emptying the bin once?',
      '[[must be nice to]] sleep till noon',
      'so [[glad you could finally make]] time for me',
      '[[is it too much to ask]] for you to be on time',
      '[[nice to know where I]] rank',
      'oh [[spare me]] the sob story, you knew the date',
    ],
    pass: [
      'paint the shed purple for all I care 😂 your shed, your rules',
      'what do I know about gearboxes lol, ask your dad',
      'some of us work Saturdays haha, save me a slice',
      'the puppies grow up so quickly, look at them now',
      "he's going to grow up with the best dad in the world 🥹",
      'the twins will both grow up bilingual',
      'bairns grow up quick',
      'my cousin needs to grow up fr 🙄 she rang me crying over a boy again',
      'ma brother really has to man up and ring the landlord himself',
      'her Kyle should man up and tell his boss no',
      'our Tom and Ellie grow up too fast, I miss them being tiny',
      'the boiler man is late again, honestly not a big deal',
      "it's no big deal if we miss the start",
      'so typical of you to bake for the whole street, love you',
      'talking to the kids is like talking to a brick wall lol',
      'oh poor baby, the vet said he’ll be fine',
      'grow a garden with me this spring?',
      'can you spare me a tenner till Friday?',
      'sorry I exist so loudly in the mornings haha',
      'listen to yourself sing, you’re actually good!',
      'shut up, you’re hilarious',
      "shut up! that's amazing news!!",
      "cry more at this film and we'll need more tissues",
      'imagine thinking the bus would be on time lol',
      'you finally made it, welcome home!',
      "my mum used to say 'grow up' whenever I cried",
      'the kids are growing up so fast',
      'thanks for the flowers, finally had a chance to put them in water',
      'want a cookie? I baked some',
      'must be nice in Spain right now, jealous!',
      'is it too much to ask for extra cheese? haha',
      'so glad you finally got the job!!',
      'must be nice to be home after all that travelling!',
      'so glad you finally came to see us!!',
      'the kids want a medal for finishing the race haha',
    ],
  },
};
