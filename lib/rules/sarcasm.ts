import { predicateValence, sarcastic } from './grammar';
import type { Match, Rule, RulePattern } from './types';

/**
 * Praise, thanks and surprise that mean their opposite. Each pattern is named, so the grammar check
 * below reads by name; the cheap ones that hinge on a single common word ("ok 'love'", a shouted
 * "NOT", a bare "you didn't") are phrases, which are matched without parsing.
 */
const PATTERNS = {
  // "congrats, you wrecked another weekend": praise for harm
  praiseForHarm: { match: '^(congrats|congratulations|bravo|nice one|great job|good job|well done)$' },
  // "oh brilliant, another one of your great plans"
  anotherGreatPlan: {
    match:
      'another (one of)? your (great|brilliant|genius|amazing|wonderful|fantastic|clever|bright|fabulous) (plan|plans|idea|ideas|scheme|schemes)',
  },
  // "picked up the dry cleaning, paid the bill. you're welcome, as always": thanks demanded
  youreWelcome: { match: '^you are welcome$' },
  // "oh look who finally decided to come home"
  lookWho: { match: '(look|guess) who (finally|decided|bothered|managed|remembered)' },
  // "what a surprise, you forgot", "surprise surprise": expecting the worst of them
  whatASurprise: {
    match: '^(what a surprise|surprise surprise|shocker|big surprise|colour me shocked|color me shocked)$',
  },
  // "good for you. really. 👏"
  goodForYou: { match: '^good for you$' },
  // "sure, because you're such an expert on feelings"
  suchAnExpert: {
    match:
      'you are (such|so|quite|a real|the) (an expert|a genius|perfect|a saint|an angel|expert|smart|wise)',
  },
  // "so mature of you", "how grown up of you": sarcastic by the word chosen
  matureOfYou: { match: '^(so|how|very|real|really) (mature|classy|grown up|adult|big) of you$' },
  // "typical man": a stereotype for a person
  typicalMan: { match: '^typical (man|men|woman|women|male|bloke|guy)$' },
  // "nice of you to reply after 6 hours": thanks for what came late
  niceOfYouTo: {
    match:
      '(nice|good|kind|sweet|lovely) of you to (reply|show up|turn up|call|answer|text|join|come|grace|remember|bother)',
  },
  // "would it be so hard to put the seat down", "how difficult is it to reply"
  soHardTo: { match: '(would it be|is it) (so|that|really)? (hard|difficult) to' },
  howHardTo: { match: 'how (hard|difficult) (is it|can it be|would it be) to' },
  // "oh great, you're home. finally": a lone "finally" after the partner's arrival
  lonelyFinally: { match: '^finally$' },
  // "it's never your fault, is it"
  neverYourFault: { match: 'it is never your fault' },
  // "how convenient that you forgot"
  howConvenient: { match: '^how convenient' },
  // "go on then, cry": a dare to be hurt
  dareToCry: { match: '^(cry|sulk)$' },
  // "what kind of parent forgets their kid's recital"
  whatKindOf: {
    match:
      'what kind of (parent|person|partner|husband|wife|man|woman|mother|father|boyfriend|girlfriend) (forgets|does|says|would|leaves|ignores)',
  },
  // "are you seriously this clueless"
  areYouThis: {
    match:
      'are you (seriously|really|actually|honestly)? (this|that|so) (clueless|stupid|dense|thick|selfish|blind|dim)',
  },
  // "cool story": interest that is not
  coolStory: { match: '^cool story (bro|babe|mate)?$' },
  // "real mature", "wow. just wow.": a verdict with nothing else in the clause
  bareVerdict: { match: '^(real|very|so|how|really|just)? (mature|classy|charming|wow)$' },
  // "Great job leaving Moose out in the sleet all night.", "well done losing the keys again": praise for
  // the harm itself, said as a gerund
  praiseForAct: {
    match:
      '^(oh|wow|so)? (great|good|nice|brilliant|fantastic|amazing|stellar|top|fine|excellent|lovely|cracking|smashing|awesome) (job|work|effort|going|move) (#Gerund|/ing$/)',
  },
  praisedAct: {
    match: '^(oh|wow|so)? (well done|nice one|congrats|congratulations|bravo|kudos) (on)? (#Gerund|/ing$/)',
  },
  // "…we'd not be the talk of Birr. I hope you're happy.", "Hope you're proud of yourself.": a wish that
  // means its opposite, said alone after a harm (blind round 87, review round 71).
  hopeYoureHappy: {
    match:
      '^(well|so|i)? (hope|hope that) (you are|u are) (happy|proud of yourself|pleased with yourself|satisfied|proud) (now|then)?$',
  },
  // "What kind of father?": the question said bare, of the partner's role (review round 71).
  whatKindBare: {
    match:
      '^what kind of (parent|partner|husband|wife|man|woman|mother|father|dad|mum|mom|boyfriend|girlfriend|son|daughter) (are you|is that)?$',
  },
} satisfies Record<string, RulePattern>;
type PatternName = keyof typeof PATTERNS;
const NAMES = Object.keys(PATTERNS) as PatternName[];

/** Words before an endearment in scare quotes: "lmao ok 'love'". */
const SCARE_LEADS = [
  'ok',
  'okay',
  'sure',
  'fine',
  'whatever',
  'thanks',
  'yeah',
  'right',
  'k',
  'night',
  'bye',
];
const SCARE_QUOTED =
  /\b(ok|okay|sure|fine|whatever|thanks|yeah|right|k|night|bye)[,.!]*\s+['"‘“](love|babe|darling|honey|sweetheart|dear|hun|sweetie)[.!?]*['"’”]\s*[.!?]*\s*$/i;
/** "thanks for asking how my day was. oh wait, you didn't", "thanks for the support, NOT". */
const TAKE_BACKS = ['you did not', 'you never did', 'you have not', 'not'];

const THANKS = /\b(thanks|thank you|thank|nice|great|good|helpful|support)\b/;
const LAUGHTER = /\b(lol|lmao|haha\w*|hehe)\b/;

/** What the partner is said to have done, after the sarcastic opener: "…, you wrecked another weekend". */
function afterYou(m: Match): string[] {
  const next = m.sentenceAfter;
  return next.includes('you') ? next.slice(next.indexOf('you') + 1) : [];
}

/**
 * Acts praised sarcastically that are harm whatever follows: "great job forgetting…", "well done losing…".
 * Not the gerunds praise also uses ("killing it", "smashing your 5k", "standing up to your boss").
 */
const HARMFUL_GERUND =
  /^(forgetting|losing|breaking|burning|ruining|crashing|wasting|missing|spilling|embarrassing|humiliating|ignoring|wrecking|scratching|flooding|overdrawing|maxing|bouncing|abandoning|upsetting|insulting|shouting|yelling|screaming)$/;
/**
 * Harm said after an act that is harm only with it: "leaving Moose out in the sleet all night", "leaving
 * the gate open". Not a bare "out" or "again" ("good job sorting out the garage").
 */
const HARM_AFTER =
  /\b(open|unlocked|behind|running|empty|all night|all day|overnight|on again|in the rain|in the cold|in the sleet|in the snow|in the car|out all night|out in the)\b/;

function acceptPattern(name: PatternName, m: Match): boolean | number {
  switch (name) {
    case 'praiseForAct':
    case 'praisedAct': {
      // Warmth said with it is praise ("great job leaving the porch light on for me ❤️", "well done
      // passing your test!!").
      if (m.isQuestion || LAUGHTER.test(m.messageText) || /!/.test(m.sentenceText)) return false;
      if (
        /\b(thank|thanks|love|proud|xx+)\b/.test(m.messageText) ||
        /❤|🥰|😍|😘|💕|😊|🙂/u.test(m.sentenceText)
      )
        return false;
      const gerund = m.words.at(-1) ?? '';
      const rest = ` ${m.sentenceAfter.join(' ')} `;
      return HARMFUL_GERUND.test(gerund) || (HARM_AFTER.test(rest) && predicateValence(m.sentenceAfter) <= 0)
        ? 0.8
        : false;
    }
    case 'praiseForHarm':
      // "congrats, you got the job!" is joy.
      return m.sentenceAfter.includes('you') && predicateValence(afterYou(m)) < 0 ? 0.75 : false;
    case 'anotherGreatPlan':
      // "another one of your great plans? count me in!" is keen.
      return !m.isQuestion && !/count me in|love it|i am in\b/i.test(m.messageText);
    case 'youreWelcome': {
      const next = m.sentenceAfter.slice(0, 2).join(' ');
      return ['as always', 'as usual', 'as ever', 'again', 'by the'].some((w) => next.startsWith(w))
        ? 0.75
        : false;
    }
    case 'lookWho':
      // "look who finally got the job!" cheers.
      return !m.sentenceText.includes('!') && predicateValence(m.sentenceAfter) <= 0 ? 0.8 : false;
    case 'whatASurprise':
      // "what a surprise, you booked the restaurant! thank you" is a happy one.
      return m.sentenceAfter.includes('you') &&
        predicateValence(afterYou(m)) <= 0 &&
        !/thank/.test(m.messageText)
        ? 0.8
        : false;
    case 'goodForYou':
      // Only with a slow clap or a flat "really.": "good for you!! so proud" is pride.
      return /\b(clap|really|sure)\b/.test(m.messageText) &&
        !/\b(proud|love|amazing|congrats|happy for)\b/.test(m.messageText) &&
        !m.sentenceText.includes('!')
        ? 0.75
        : false;
    case 'suchAnExpert':
      // Praise as a jab: after "sure", "because", "oh right", or with an eye-roll.
      return m.sentence.some((w) => ['sure', 'because', 'right', 'yeah', 'oh'].includes(w)) || sarcastic(m)
        ? 0.75
        : false;
    case 'matureOfYou':
    case 'typicalMan':
      return 0.75;
    case 'niceOfYouTo':
      // "nice of you to save me a slice ❤️" is thanks; "…after 6 hours" a jab.
      return /\b(finally|eventually|at last|hours|days|weeks|bother)\b/.test(m.messageText) ? 0.75 : false;
    case 'soHardTo':
    case 'howHardTo':
      // A real question ("is it hard to learn the guitar?") has no partner in it.
      return m.sentenceAfter.some((w) => ['you', 'me', 'my', 'the', 'a'].includes(w)) &&
        !/\blearn\b/.test(m.messageText) &&
        !LAUGHTER.test(m.messageText)
        ? 0.8
        : false;
    case 'lonelyFinally':
      // "finally!" cheers; "…you're home. finally" sighs.
      return !m.sentenceText.includes('!') &&
        m.messageWords.has('you') &&
        /\b(oh|great|wow)\b/.test(m.messageText)
        ? 0.7
        : false;
    case 'neverYourFault':
      // Only with the tag that turns it: "…, is it" ("it's never your fault you're ill" comforts).
      return /,\s*is it\s*\??\s*$/i.test(m.sentenceText) ? 0.8 : false;
    case 'howConvenient':
      return m.sentenceAfter.includes('you') ? 0.75 : false;
    case 'dareToCry':
      return /\b(go on|fine|then)\b/.test(m.messageText) ? 0.8 : false;
    case 'whatKindOf':
    case 'areYouThis':
      return 0.8;
    case 'hopeYoureHappy':
      // "You passed! Hope you're proud of yourself 😊" is pride; "Hope you're happy ❤️" a wish; and so is
      // "…hope you're proud of yourself, because I am".
      return m.sentenceAfter.length === 0 &&
        !m.sentenceText.includes('!') &&
        !/[\u{2764}\u{1F970}\u{1F60A}\u{1F642}\u{1F618}\u{1F495}\u{1F917}\u{1F973}]/u.test(m.sentenceText) &&
        !LAUGHTER.test(m.messageText) &&
        !/\b(congrat\w*|well done|passed|amazing|brilliant|proud of you|love you|so happy for you|new job|xx+)\b/.test(
          m.messageText,
        )
        ? 0.75
        : false;
    case 'whatKindBare':
      return m.isQuestion && !LAUGHTER.test(m.messageText) ? 0.75 : false;
    case 'coolStory':
      // "cool story, tell me more tonight!" wants the rest.
      return !m.sentenceText.includes('!') && !/\btell me more\b/.test(m.messageText) ? 0.75 : false;
    case 'bareVerdict': {
      // "wow" alone is awe, and so is "just wow, what a sunset"; "real mature" or "just wow." is a sneer.
      if (m.sentenceAfter.length > 0) return false;
      const verdict = m.words.some((w) => w !== 'wow' && w !== 'just');
      return verdict || m.words[0] === 'just' ? 0.7 : false;
    }
  }
}

export const sarcasm: Rule = {
  id: 'sarcasm',
  category: 'contempt',
  // Sarcasm colours the whole sentence: rewrite all of it.
  scope: 'sentence',
  description:
    'Praise, thanks or surprise that mean their opposite: “so mature of you”, “what a surprise, you forgot”.',
  message: 'Sarcasm',
  confidence: 0.8,
  patterns: NAMES.map((name) => PATTERNS[name]),
  phrases: [...SCARE_LEADS, ...TAKE_BACKS],
  accept(m) {
    if (m.kind === 'pattern') return acceptPattern(NAMES[m.patternIndex] as PatternName, m);
    const phrase = m.words.join(' ');
    if (SCARE_LEADS.includes(phrase)) return SCARE_QUOTED.test(m.sentenceText) ? 0.75 : false;
    // A take-back is its whole clause, after thanks or praise.
    if (m.before.length > 0 || m.after.length > 0 || !THANKS.test(m.messageText)) return false;
    if (phrase === 'not') return m.shouted ? 0.8 : false;
    return m.sentence.includes('wait') ? 0.8 : false;
  },
  examples: {
    flag: [
      '[[what kind of parent forgets]] their kid’s recital',
      'The whole village knows because you told Deb. [[I hope you’re happy]].',
      'she cried herself to sleep. [[hope you’re proud of yourself]]',
      'Missed her first goal for a pint. [[What kind of father]]?',
      '[[are you seriously this clueless]]',
      'go on then, [[cry]]',
      '[[it’s never your fault]], is it',
      '[[how convenient]] that you forgot',
      '[[cool story]]',
      '[[would it be so hard to]] put the seat down',
      '[[how difficult is it to]] reply to a text',
      'oh great, you’re home. [[finally]]',
      'wow thanks for asking how my day was. oh wait, [[you didn’t]]',
      '[[so mature of you]]',
      '[[typical man]]',
      '[[nice of you to reply]] after 6 hours',
      'thanks for the support, [[NOT]]',
      'oh [[look who finally]] decided to come home',
      '[[what a surprise]], you forgot',
      '[[good for you]]. really. 👏',
      'sure, because [[you’re such an expert]] on feelings',
      '[[real mature]]',
      '[[congrats]], you wrecked another weekend',
      '[[Great job leaving]] the chickens out in the rain all night. Really.',
      '[[well done losing]] the car keys again',
      '[[oh nice work forgetting]] my mum’s birthday',
      "lmao [[ok]] 'love'",
      'oh brilliant, [[another one of your great plans]]',
      "booked the vet, paid the bill. [[you're welcome]], as always",
    ],
    pass: [
      'what kind of cake should we get for the party?',
      'You passed your test! Hope you’re proud of yourself 😊',
      'Three new regulars since you changed the menu. Hope you’re proud of yourself, because I am.',
      'Moved your desk by the window for the light. Hope you’re happy now haha',
      'what kind of dad are you going to be, the fun one or the strict one? haha',
      'are you seriously making pancakes? best day ever',
      'go on then, pick the film',
      'it’s never your fault that you’re ill, rest up',
      'how convenient, the shop is open late tonight',
      'cool story, tell me more tonight!',
      'is it hard to learn the guitar?',
      'finally! the package came',
      'oh wait, you did! thank you',
      'nice of you to call after your shift, I know you were tired',
      'nice of you to save me a slice ❤️',
      'so kind of you to bring soup',
      'thanks for the support today, it meant a lot',
      'typical man stuff on the telly tonight, football again lol',
      'not really, I’m fine',
      'good for you!! so proud 👏👏',
      'look who finally got the job!',
      'another one of your great plans? count me in!',
      'you’re welcome, any time ❤️',
      'oh look, the sun is finally out',
      'what a surprise, you booked the restaurant! thank you',
      'good for you!! so proud',
      'you’re such an expert baker now, these are perfect',
      'just wow, what a sunset',
      'wow',
      'you are so mature about this, thank you',
      'congrats, you got the job!',
      'great job leaving the porch light on for me ❤️',
      'well done passing your test!!',
      'nice work fixing the gate, the dog stays in now',
      'good job leaving early, the traffic got bad after six',
      'Great job getting the kids to bed. Thank you.',
      'great job killing it at the presentation today',
      'well done smashing your 5k, proud of you',
      'nice work standing up to your boss',
      'Good job sorting out the garage',
      'Great job getting the kids to bed again, they were out like lights',
      'love you, see you at 7',
      "she said 'love' is a verb, and I think she's right",
      "ok 'love' is a strong word for a sandwich lol",
    ],
  },
};
