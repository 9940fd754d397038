import { CONTEMPT_PHRASES, SARCASTIC_REWARDS } from '../lexicon/phrases';
import { predicateValence, sarcastic } from './grammar';
import type { Rule } from './types';

const REWARDS = new Set(SARCASTIC_REWARDS);
const SCARE_QUOTED =
  /\b(ok|okay|sure|fine|whatever|thanks|yeah|right|k|night|bye)[,.!]*\s+['"‘“](love|babe|darling|honey|sweetheart|dear|hun|sweetie)[.!?]*['"’”]\s*[.!?]*\s*$/i;
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
    // "congrats, you wrecked another weekend": praise for harm
    { match: '^(congrats|congratulations|bravo|nice one|great job|good job|well done)$' },
    // "lmao ok 'love'": an endearment in scare quotes (quoted words are never matched themselves, so
    // the word before them is)
    { match: '(ok|okay|sure|fine|whatever|thanks|yeah|right|k|night|bye)' },
    // "oh brilliant, another one of your great plans": praise that means its opposite
    {
      match:
        'another (one of)? your (great|brilliant|genius|amazing|wonderful|fantastic|clever|bright|fabulous) (plan|plans|idea|ideas|scheme|schemes)',
    },
    // "picked up the dry cleaning, paid the bill. you're welcome, as always": thanks demanded
    { match: '^you are welcome$' },
    // "oh look who finally decided to come home"
    { match: '(look|guess) who (finally|decided|bothered|managed|remembered)' },
    // "what a surprise, you forgot", "surprise surprise": expecting the worst of them
    {
      match: '^(what a surprise|surprise surprise|shocker|big surprise|colour me shocked|color me shocked)$',
    },
    // "good for you. really. 👏"
    { match: '^good for you$' },
    // "sure, because you're such an expert on feelings"
    {
      match:
        'you are (such|so|quite|a real|the) (an expert|a genius|perfect|a saint|an angel|expert|smart|wise)',
    },
    // "so mature of you", "how grown up of you": a verdict on the partner, sarcastic by its word
    { match: '^(so|how|very|real|really) (mature|classy|grown up|adult|big) of you$' },
    // "typical man": a stereotype for a person
    { match: '^typical (man|men|woman|women|male|bloke|guy)$' },
    // "nice of you to reply after 6 hours": thanks for what came late
    {
      match:
        '(nice|good|kind|sweet|lovely) of you to (reply|show up|turn up|call|answer|text|join|come|grace|remember|bother)',
    },
    // "thanks for the support, NOT": the shouted take-back
    { match: '^not$' },
    // "would it be so hard to put the seat down", "how difficult is it to reply"
    { match: '(would it be|is it) (so|that|really)? (hard|difficult) to' },
    { match: 'how (hard|difficult) (is it|can it be|would it be) to' },
    // "oh great, you're home. finally": a lone "finally" after the partner's arrival
    { match: '^finally$' },
    // "thanks for asking how my day was. oh wait, you didn't": the take-back
    { match: '^you (did not|never did|have not)$' },
    // "real mature", "wow. just wow.": a verdict with nothing else in the clause
    { match: '^(real|very|so|how|really|just)? (mature|classy|charming|wow)$' },
  ],
  accept(m) {
    if (m.kind === 'phrase' && REWARDS.has(m.words.join(' '))) {
      if (!m.before.every((w) => REWARD_LEAD.has(w))) return false;
      const at = m.messageText.indexOf(` ${m.words.join(' ')} `);
      const partnerDidSomething = / (you|u) /.test(m.messageText.slice(0, at + 1));
      return partnerDidSomething ? 0.8 : false;
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
    if (m.kind === 'pattern' && m.patternIndex === 4) {
      // "congrats, you got the job!" is joy; "congrats, you wrecked another weekend" a sneer.
      const next = m.sentenceAfter;
      return next.includes('you') && predicateValence(next.slice(next.indexOf('you') + 1)) < 0 ? 0.75 : false;
    }
    if (m.kind === 'pattern' && m.patternIndex === 5) {
      // Only before an endearment in scare quotes: "ok 'love'", "sure, “babe”".
      return SCARE_QUOTED.test(m.sentenceText) ? 0.75 : false;
    }
    // "another one of your great plans? count me in!" is keen.
    if (m.kind === 'pattern' && m.patternIndex === 6)
      return !m.isQuestion && !/count me in|love it|i am in\b/i.test(m.messageText);
    if (m.kind === 'pattern' && m.patternIndex === 7) {
      const next = m.sentenceAfter.slice(0, 2).join(' ');
      return ['as always', 'as usual', 'as ever', 'again', 'by the'].some((w) => next.startsWith(w))
        ? 0.75
        : false;
    }
    // "look who finally got the job!" cheers.
    if (m.kind === 'pattern' && m.patternIndex === 8)
      return !m.sentenceText.includes('!') && predicateValence(m.sentenceAfter) <= 0 ? 0.8 : false;
    if (m.kind === 'pattern' && m.patternIndex === 9) {
      // "what a surprise, you booked the restaurant! thank you" is a happy one.
      const next = m.sentenceAfter;
      return next.includes('you') &&
        predicateValence(next.slice(next.indexOf('you') + 1)) <= 0 &&
        !/thank/.test(m.messageText)
        ? 0.8
        : false;
    }
    // Only with the clap of a slow hand or a flat "really.": "good for you!! so proud" is pride.
    if (m.kind === 'pattern' && m.patternIndex === 10)
      return /\b(clap|really|sure)\b/.test(m.messageText) &&
        !/\b(proud|love|amazing|congrats|happy for)\b/.test(m.messageText) &&
        !m.sentenceText.includes('!')
        ? 0.75
        : false;
    // Praise as a jab: after "sure", "because", "oh right", or with an eye-roll.
    if (m.kind === 'pattern' && m.patternIndex === 11)
      return m.sentence.some((w) => ['sure', 'because', 'right', 'yeah', 'oh'].includes(w)) || sarcastic(m)
        ? 0.75
        : false;
    if (m.kind === 'pattern' && (m.patternIndex === 12 || m.patternIndex === 13)) return 0.75;
    // "nice of you to save me a slice ❤️" is thanks; "…after 6 hours" a jab.
    if (m.kind === 'pattern' && m.patternIndex === 14)
      return /\b(finally|eventually|at last|hours|days|weeks|bother)\b/.test(m.messageText) ? 0.75 : false;
    // "NOT" shouted after thanks or praise takes it back.
    if (m.kind === 'pattern' && m.patternIndex === 15)
      return m.shouted && /\b(thanks|thank you|nice|great|good|helpful|support)\b/.test(m.messageText)
        ? 0.8
        : false;
    // A real question ("is it hard to learn?") has no partner in it.
    if (m.kind === 'pattern' && (m.patternIndex === 16 || m.patternIndex === 17))
      return m.sentenceAfter.some((w) => ['you', 'me', 'my', 'the', 'a'].includes(w)) &&
        !/\b(learn|lol|haha\w*)\b/.test(m.messageText)
        ? 0.8
        : false;
    // "finally!" cheers; "…you're home. finally" sighs.
    if (m.kind === 'pattern' && m.patternIndex === 18)
      return !m.sentenceText.includes('!') &&
        m.messageWords.has('you') &&
        /\b(oh|great|wow)\b/.test(m.messageText)
        ? 0.7
        : false;
    if (m.kind === 'pattern' && m.patternIndex === 19)
      return m.sentence.includes('wait') && /\b(thanks|thank|nice|great)\b/.test(m.messageText) ? 0.8 : false;
    if (m.kind === 'pattern' && m.patternIndex === 20) {
      // "wow" alone is awe; "just wow" or a verdict on the partner's conduct is a sneer.
      // The whole sentence: "just wow, what a sunset" is awe.
      if (m.sentenceAfter.length > 0) return false;
      const verdict = m.words.some((w) => w !== 'wow' && w !== 'just');
      return verdict || m.words[0] === 'just' ? 0.7 : false;
    }
    // "sorry I exist" ends a jab ("…I guess"); "sorry I exist so loudly… haha" is a joke.
    if (
      m.words[0] === 'sorry' &&
      (/\b(lol|haha\w*)\b/.test(m.messageText) || !['i', 'then', undefined].includes(m.after[0]))
    )
      return false;
    // "cry more" ends a jab ("cry more at this film…" is about the film); "imagine thinking…" with a
    // laugh is about the bus, not the partner.
    if ((m.words[0] === 'cry' || m.words[0] === 'listen') && m.after.length > 0) return false;
    // "imagine thinking the bus would be on time" mocks a thing; "imagine being 35 and…" a person.
    if (m.words[0] === 'imagine' && ['the', 'a', 'an', 'it'].includes(m.after[0] ?? '')) return false;
    // "must be nice to sleep till noon" is a jab; "must be nice to be home!" is warmth.
    if (m.words[0] === 'must' && (m.sentenceText.includes('!') || predicateValence(m.sentenceAfter) > 0))
      return false;
    // "shut up! that's amazing news!!" is delight.
    if (
      m.words.join(' ') === 'shut up' &&
      /\b(amazing|incredible|no way|omg|congrats|congratulations|brilliant|wow|hilarious|funny|lol|haha\w*)\b/i.test(
        m.messageText,
      )
    )
      return false;
    // "don't cry me a river" is still mockery, but "I won't get over it" is the writer's pain.
    if (m.words[0] === 'get' && m.before.includes('i')) return false;
    return true;
  },
  examples: {
    flag: [
      '[[would it be so hard to]] put the seat down',
      '[[how difficult is it to]] reply to a text',
      'oh great, you’re home. [[finally]]',
      'wow thanks for asking how my day was. oh wait, [[you didn’t]]',
      '[[funny how you’re]] never tired when your mates call',
      '[[so mature of you]]',
      '[[typical man]]',
      '[[nice of you to reply]] after 6 hours',
      'thanks for the support, [[NOT]]',
      '[[sorry I exist]] I guess',
      'oh [[look who finally]] decided to come home',
      '[[what a surprise]], you forgot',
      '[[good for you]]. really. 👏',
      'sure, because [[you’re such an expert]] on feelings',
      '[[listen to yourself]], you sound ridiculous',
      '[[grow up]].',
      '[[man up]] ffs',
      'wow, [[congrats on finally]] doing one thing',
      '[[slow clap]] for remembering my birthday a day late 👏👏',
      'oh well done, [[you finally remembered]]',
      'oh wow, you did the dishes, [[want a medal]]?',
      '[[must be nice to]] sleep till noon',
      'so [[glad you could finally make]] time for me',
      '[[is it too much to ask]] for you to be on time',
      '[[real mature]]',
      '[[nice to know where I]] rank',
      '[[congrats]], you wrecked another weekend',
      "lmao [[ok]] 'love'",
      'oh brilliant, [[another one of your great plans]]',
      "booked the vet, paid the bill. [[you're welcome]], as always",
    ],
    pass: [
      'is it hard to learn the guitar?',
      'finally! the package came',
      'oh wait, you did! thank you',
      'nice of you to call after your shift, I know you were tired',
      'sorry I exist so loudly in the mornings haha',
      'nice of you to save me a slice ❤️',
      'so kind of you to bring soup',
      'thanks for the support today, it meant a lot',
      'typical man stuff on the telly tonight, football again lol',
      'not really, I’m fine',
      'good for you!! so proud 👏👏',
      'look who finally got the job!',
      'oh look, the sun is finally out',
      'what a surprise, you booked the restaurant! thank you',
      'good for you!! so proud',
      'listen to yourself sing, you’re actually good!',
      'you’re such an expert baker now, these are perfect',
      'you’re welcome, any time ❤️',
      'shut up, you’re hilarious',
      'another one of your great plans? count me in!',
      "shut up! that's amazing news!!",
      "ok 'love' is a strong word for a sandwich lol",
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
      'wow',
      'you are so mature about this, thank you',
      'must be nice to be home after all that travelling!',
      'so glad you finally came to see us!!',
      'just wow, what a sunset',
      'congrats, you got the job!',
      'love you, see you at 7',
      "she said 'love' is a verb, and I think she's right",
      'the kids want a medal for finishing the race haha',
    ],
  },
};
