/**
 * Frames: the sentence shapes a rewrite is poured into, several per category, each grounded in the
 * article Softer is built on: speak from your own experience, choose a calm moment, a boundary
 * rather than an ultimatum, curiosity about what something means to them, help as a place to learn
 * rather than emergency repair. Which frame leads is chosen by what the message is about (its topic:
 * lateness, chores, money…), and the topic also gives the concrete request ("give me a heads-up when
 * you're running late"), so two messages about different things rarely read alike (issue 12, part 3).
 */
import { taggedSentences, verbBase, verbPast } from '../nlp/adapter';
import { lowerFirst, upperFirst } from '../text/case';
import type { Category } from '../types';
import { type Feeling, SCREEN_PHONE } from './feelings';

/**
 * What happened, told after a past "hurt": "you've left the bin out" → "you left the bin out" (review
 * round 66, item 45 read "I was hurt that you've left…" as a slip of tense). "you've been", "you've got" and
 * "you have to" stay.
 */
export function toldAsPast(happened: string): string {
  const pastOf = (verb: string) => {
    const base = verbBase(verb);
    return base && base !== verb ? verbPast(base) : '';
  };
  return (
    happened
      .replace(
        /^(you|we|I)(?:['’]ve| have) (?!(?:to|got|been|had)\b)([a-z]+)\b/i,
        (all, who: string, verb: string) => {
          // Only a participle that is the past too ("left", "forgotten" → "forgot"); anything else stays.
          const past = pastOf(verb);
          return past ? `${who} ${past}` : all;
        },
      )
      // "you managed to upset my mum": the sarcasm's "managed", said plainly ("you upset my mum").
      .replace(/^(you|we|I) managed to ([a-z]+)\b/i, (all, who: string, verb: string) => {
        const past = verbPast(verb);
        return past ? `${who} ${past}` : all;
      })
  );
}

/** What a message is about, read from its words. */
export type Topic =
  | 'lateness'
  | 'chores'
  | 'money'
  | 'phones'
  | 'contact'
  | 'family'
  | 'therapy'
  | 'work'
  | 'friends'
  | 'plans'
  | 'listening'
  | 'trust'
  | 'general';

/** First match wins: the more specific topics come first. */
const TOPIC_CUES: Array<[RegExp, Topic]> = [
  [
    /\b(therapy|therapist|counsell?ing|counseling|counsell?or|counselor|shrink|session|sessions)\b/,
    'therapy',
  ],
  [
    // Not "later": "you only get affectionate when you're after something later" is not about lateness.
    /\b(late|on time|waiting|waited|minutes|mins|show up|showed up|turn up|turned up|eta)\b/,
    'lateness',
  ],
  [
    /\b(dishes|dish|laundry|clean|cleaning|cleaned|bins?|trash|rubbish|chores?|housework|tidy|mess|cook|cooking|cooked|kitchen|washing|hoover|vacuum|groceries|shopping|sink|bathroom|towels?|lights)\b/,
    'chores',
  ],
  [
    // Time spent is no money: "spent the whole weekend on that boat", "spent all day in the shed" (review
    // round 68 read a budget talk for a day spent at the bookies).
    /\b(money|(?:spend|spent|spending)(?! (?:the (?:whole |entire )?(?:day|weekend|evening|night|morning|afternoon|week|holiday)|all (?:day|night|weekend|evening|morning)|(?:hours|ages|the time|your life)\b))|bills?|rent|card|pay|paid|paying|afford|savings|budget|debt|bank|cash|bought|buy|expensive|cost|salary|loan)\b|[£$€]/,
    'money',
  ],
  [
    new RegExp(
      `\\b(${SCREEN_PHONE}|phones|scrolling|scroll|screen|instagram|insta|tiktok|gaming|games|xbox|playstation|ps5|console|laptop|tv|netflix)\\b`,
    ),
    'phones',
  ],
  [
    // Not "call" as naming: "I'd call this an emergency", "call it a day" (review round 54, item 91).
    /\b(text|texts|texted|texting|reply|replied|replies|read|call(?! (?:this|it|that|him|her|me|you|them|us) (?:a|an|the)\b)|called|calls|calling|message|messages|ghost|ghosted)\b/,
    'contact',
  ],
  [
    /\b(mom|mum|mother|dad|father|sister|brother|family|parents|kids?|children|son|daughter|grandma|nan|in laws|in-laws|aunt|uncle|cousin)\b/,
    'family',
  ],
  [/\b(work|job|office|boss|overtime|shift|shifts|meeting|meetings|career|colleagues?|emails?)\b/, 'work'],
  [/\b(friends?|mates?|pub|party|parties|drinks|drinking|going out|night out|lads|girls|boys)\b/, 'friends'],
  [
    /\b(plans?|cancel|cancels|cancelled|canceled|date|dates|weekend|holiday|trip|birthday|anniversary|dinner|christmas|wedding)\b/,
    'plans',
  ],
  [
    /\b(trust|jealous|lie|lied|lies|liar|lying|cheat|cheated|cheating|ex|flirt|flirting|honest|secret|secrets)\b/,
    'trust',
  ],
  [
    /\b(listen|listening|hear|heard|interrupt|interrupting|talk|talking|said|say|tell|told|understand|feelings)\b/,
    'listening',
  ],
];

export function topicOf(words: readonly string[]): Topic {
  const text = ` ${words.join(' ')} `;
  for (const [cue, topic] of TOPIC_CUES) if (cue.test(text)) return topic;
  return 'general';
}

/** A time a request is bound to: "by ten", "by 6", "before bedtime", "on time". */
const DEADLINE =
  /\b(?:by|before|for) (?:\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|bedtime|dinner|tea)\b|\bon time\b/i;

/** A concrete, small request that fits the topic: what the writer would like to happen next time. */
// Graded over review rounds 2–28 (every item whose first rewrite carried one), the asks for work (0
// faithful and specific, 10 changing the meaning), friends (7, 18), plans (6, 10) and trust (5, 8, and 12
// generic) answered a complaint the writer did not make ("balance time with friends" for caring what
// mates think): those topics ask for nothing of their own; the others stay.
const TOPIC_ASK: Record<Topic, string | undefined> = {
  lateness: "agree to send each other a quick heads-up when we're running late",
  chores: 'sit down and share out the jobs around the house so it feels fair to both of us',
  money: "sit down together and go through the money, so we're on the same page",
  phones: 'have a bit of phone-free time together in the evenings',
  contact: "agree to send each other a quick message when we can't talk",
  family: 'talk about how we handle things with family, as a team',
  therapy: undefined,
  work: undefined,
  friends: undefined,
  plans: undefined,
  listening: 'make a bit of time to really listen to each other',
  trust: undefined,
  general: undefined,
};

/** When to talk: a calm, ordinary moment (the article: "not in the middle of a fight"). */
const CALM_TIMES = ['tonight', 'this evening', 'later when we are both calm', 'at the weekend', 'tomorrow'];

/** A small stable hash (FNV-1a): the same sentence always gets the same frame. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The pieces a frame is filled with. Optional pieces make the frames that need them apply. */
export interface Slots {
  feeling: Feeling;
  topic: Topic;
  /** The topic noun phrases as the writer named them ("the dishes", "your mum"), or ''. */
  thing: string;
  /** The partner's act, with the right polarity, as a "when" clause: "when you forget the bins". */
  act?: string;
  /** What the writer wishes for, as a clause after "if": "you called me back", "you didn't shout". */
  wish?: string;
  /** contempt, diagnosis: what the partner did, as the writer said it: "you told my mum first". */
  happened?: string;
  /** contempt: `happened` was read behind sarcastic thanks ("thanks for telling my mum first"). */
  sarcastic?: boolean;
  /** blame: what happened to the writer, as a clause: "we're late for the wedding". */
  outcome?: string;
  /** blame: the feeling for what happened ("stressed", "upset"). */
  felt?: string;
  /** ultimatum: the request, as a sentence: "I'd really like you to call your sister back." */
  request?: string;
  /** ultimatum: the boundary sentence (about us, or about our marriage). */
  boundary?: string;
  /**
   * crisis: the writer says it cannot wait ("this is an emergency, ring the counsellor today", "tomorrow
   * is too late"): the talk is tonight, and help is no slow "way to grow" (review round 27).
   */
  urgent?: boolean;
  /** ultimatum, "her or me": what the writer competes with. */
  rival?: string;
  /**
   * ultimatum: the threat is to a thing, not to the relationship ("phone down or it goes in the sink"):
   * no frame says the writer can hardly go on (review round 27 graded that as overstated).
   */
  minor?: boolean;
  /**
   * stonewall, crisis: the help named ("therapy", "a counsellor") and how to ask for it ("try therapy");
   * `booked` when it is a session the couple already has ("Thursday's session"), `person` when it is
   * someone to see ("the pastor"), who is given no "real try" and is no "place to start".
   */
  help?: { phrase: string; thing: string; booked?: boolean; person?: boolean };
  /** crisis: "we matter to me", "our marriage matters to me". */
  matters?: string;
  /** crisis, ultimatum: the bond the writer named ("our marriage"); frames that cannot say it stand aside. */
  named?: string;
  /** stonewall: what the writer needs a pause from ("this", "the money"). */
  subject?: string;
  /** stonewall: the writer refuses to hear or be told ("I don't want to hear it"), not to say more. */
  hearing?: boolean;
}

export interface Candidate {
  text: string;
  /** `category/name`: which frame made it (the variety test counts these). */
  frame: string;
}

/**
 * A frame, and whether it is `weak`: among the frames that carry nothing of the writer's, the ones review
 * rounds 2-48's readers would send least often as a first rewrite (each read over 100 times and sent
 * 12-22% of the time, where the best such frame of its category was sent 27-48%; npm run review's frame
 * names joined with each round's grades). A weak frame comes after every other frame of its group, so it
 * leads only where the gate drops the rest. Two stay in place for variety: demoted, "I don't like how I'm
 * talking to you right now…" (sent 18%) left "my-side" 17.4% of contempt's first rewrites, and "Can I be
 * honest about how this lands for me?" (24%) left "ask-first" 15.9% of diagnosis's, over the variety
 * test's 15%.
 */
type Frame = { name: string; weak?: true; render: (s: Slots, time: string) => string | false | undefined };

const about = (thing: string) => (thing ? ` about ${thing}` : '');
/**
 * Feelings English does not have "about" a thing: "lonely about the Gambier Show", "alone about your
 * whole family", "unimportant about the bins" (over review rounds 2-65 readers graded "alone about" a
 * slip 80 times in 104, "unimportant about" 32 in 43, "lonely about" 112 in 184; "hurt about" 166 in
 * 666). With a thing named, the nearest feeling that has one is said; the need keeps the first.
 */
const FELT_ABOUT: Record<string, string> = {
  lonely: 'sad',
  alone: 'hurt',
  unimportant: 'hurt',
  stuck: 'frustrated',
};
/** The feeling, and what it is about: "hurt about the bins". */
const feltAbout = (s: Slots, thing = s.thing) =>
  thing ? `${FELT_ABOUT[s.feeling.feeling] ?? s.feeling.feeling}${about(thing)}` : s.feeling.feeling;
const ask = (s: Slots) => TOPIC_ASK[s.topic] ?? s.feeling.request;
/** A sentence carried inside another: its first letter down (but "I" stays), its full stop gone. */
const inner = (s: string) => (/^I\b/.test(s) ? s : lowerFirst(s)).replace(/[.]$/, '');
/**
 * "her or me": the rival as the subject of "is getting between us" ("she is", never "her is"); a plural
 * rival takes "are" ("the pokies are", "them lads from the pub are": review round 41).
 */
const asSubject = (rival: string) => {
  const pronoun = ({ her: 'she is', him: 'he is', them: 'they are' } as Record<string, string>)[
    rival.toLowerCase()
  ];
  if (pronoun) return pronoun;
  // The head noun is the last before a preposition: "them lads from the pub are".
  const terms = taggedSentences(rival).flatMap((x) => x.terms);
  const cut = terms.findIndex((t, k) => k > 0 && t.tags.includes('Preposition'));
  const head = (cut > 0 ? terms.slice(0, cut) : terms).at(-1);
  return `${rival} ${head?.tags.includes('Plural') ? 'are' : 'is'}`;
};
/** The topic as "it" where there is none ("talk about it tonight", never "about this this evening"). */
const it = (s: Slots) => s.thing || 'it';

/**
 * The frames of each category. Round 1 of the rewrite review (data/reviews/README.md) graded each
 * frame's sentences: frames that no reader would send ("I think I'd benefit from some support with
 * that", "I can't keep going the way things are", a refusal turned into "Would tonight work?") went,
 * and a refusal to talk now keeps its refusal, said as a need for space (the writer's own boundary).
 */
const ABSOLUTE: Frame[] = [
  {
    name: 'feel-when',
    render: (s) => s.act && `I feel ${s.feeling.feeling} ${s.act}. Could we ${ask(s)}?`,
  },
  {
    name: 'when-first',
    render: (s) =>
      s.act &&
      `${upperFirst(s.act)}, I end up feeling ${s.feeling.feeling}. I'd really like ${s.feeling.need}.`,
  },
  {
    name: 'would-mean',
    render: (s) =>
      s.wish && `It would mean a lot to me if ${s.wish}. I've been feeling ${feltAbout(s, 'it')}.`,
  },
  {
    name: 'noticed',
    render: (s, time) =>
      s.act && `I've noticed I feel ${s.feeling.feeling} ${s.act}. Can we talk about it ${time}?`,
  },

  {
    name: 'been-feeling',
    render: (s) =>
      s.act && `I've been feeling ${s.feeling.feeling} ${s.act}, and I'd really like ${s.feeling.need}.`,
  },
  {
    name: 'hard-for-me',
    render: (s) =>
      s.act && `It's been hard for me ${s.act}. It would mean a lot if we could ${s.feeling.request}.`,
  },

  {
    name: 'ask-first',
    render: (s) =>
      s.act &&
      TOPIC_ASK[s.topic] !== undefined &&
      `Could we ${ask(s)}? I've been feeling ${s.feeling.feeling} ${s.act}.`,
  },
  {
    name: 'love-it',
    render: (s) =>
      s.act &&
      `I'd love it if we could ${s.feeling.request}. ${upperFirst(s.act)}, I feel ${s.feeling.feeling}.`,
  },
  {
    name: 'need-first',
    render: (s) =>
      (s.act || s.thing) &&
      `I'd really like ${s.feeling.need}. Lately I've been feeling ${s.act ? `${s.feeling.feeling} ${s.act}` : feltAbout(s)}.`,
  },
  {
    name: 'talk-about',
    render: (s, time) =>
      !s.act &&
      `Can we talk about ${s.thing || 'how things have been'} ${time}? I've been feeling ${s.feeling.feeling}, and I'd like ${s.feeling.need}.`,
  },
  {
    name: 'pattern',
    render: (s, time) =>
      !s.act &&
      `I've noticed a pattern${s.thing ? ` around ${s.thing}` : ''} that leaves me feeling ${s.feeling.feeling}. Can we talk about it ${time}?`,
  },
  {
    name: 'understand',
    // Without the act only: "what's going on for you when you take my side" read to graders as a
    // complaint about the opposite of what the writer meant (review round 1, item 5).
    render: (s) =>
      !s.act &&
      `I'd like to understand what's going on for you${about(s.thing)}. From my side, I feel ${s.feeling.feeling}, and I'd like ${s.feeling.need}.`,
  },
  {
    name: 'lately-need',
    render: (s) =>
      !s.act && `Lately I've been feeling ${feltAbout(s)}, and I'd really like ${s.feeling.need}.`,
  },
  {
    name: 'what-helps',
    render: (s) =>
      !s.act && `What would help me is if we could ${ask(s)}. I've been feeling ${feltAbout(s)}.`,
  },
];

const DIAGNOSIS: Frame[] = [
  // What they did, said as what happened: the label left out, the act and the feeling kept.
  {
    name: 'upset-that',
    render: (s, time) =>
      s.happened && `I was really upset that ${s.happened}. Could we talk about it ${time}?`,
  },
  {
    name: 'what-going-on',
    render: (s) =>
      s.happened &&
      `It hurt when ${s.happened}, and I'd like to understand what was going on for you. Can we talk about it?`,
  },
  {
    name: 'feel-bridge',
    render: (s) =>
      `I feel ${feltAbout(s)}${s.act ? ` ${s.act}` : ''}, ${s.feeling.bridge}. Could we ${ask(s)}?`,
  },
  {
    name: 'lately',
    render: (s, time) =>
      `I've been feeling ${feltAbout(s)} lately, and I'd really like ${s.feeling.need}. Can we talk ${time}?`,
  },
  {
    name: 'ask-first',
    render: (s) => `Could we ${ask(s)}? I've been feeling ${feltAbout(s)}${s.act ? ` ${s.act}` : ''}.`,
  },
  {
    name: 'curious',
    render: (s) =>
      `I'd like to understand what's going on for you${s.act ? ` ${s.act}` : about(s.thing)}. From my side, I feel ${s.feeling.feeling}, and I'd like ${s.feeling.need}.`,
  },
  {
    name: 'notice',
    render: (s, time) =>
      `I notice I feel ${feltAbout(s)}${s.act ? ` ${s.act}` : ''}, and I'd like ${s.feeling.need}. Could we talk ${time}?`,
  },
  {
    name: 'step-back',
    render: (s) =>
      `Can we take a step back? I'm feeling ${feltAbout(s)}${s.act ? ` ${s.act}` : ''}, and I'd like to understand what's happening for both of us.`,
  },
  {
    name: 'honest',
    render: (s, time) =>
      `Can I be honest about how this lands for me? I feel ${feltAbout(s)}, and I'd like to talk ${time}.`,
  },
  {
    name: 'reach',
    render: (s) =>
      `I want to understand you better. Right now I feel ${feltAbout(s)}${s.act ? ` ${s.act}` : ''}, ${s.feeling.bridge}.`,
  },
  {
    name: 'when-i',
    weak: true,
    render: (s, time) =>
      `${s.act ? `${upperFirst(s.act)}, ` : ''}I feel ${feltAbout(s)}. Could we talk about it ${time}?`,
  },
  {
    name: 'talk-soon',
    render: (s, time) =>
      `Could we talk ${time}? I've been feeling ${feltAbout(s)}${s.act ? ` ${s.act}` : ''}, ${s.feeling.bridge}.`,
  },
];

/**
 * An outcome that is a feeling of the writer's own: "I was ashamed in front of all family". A feeling
 * "that" it stacks on it ("I'm hurt that I was ashamed…", review round 66, item 224); said first, with the
 * feeling after it, it reads as it happened.
 */
const FELT_OUTCOME =
  /^(I|we) (was|were|felt|feel|am|are) (so |really |very |totally |completely )?(ashamed|embarrassed|humiliated|mortified|stupid|small|foolish|invisible|useless|worthless|scared|afraid|devastated|heartbroken|sad|hurt|upset|angry|alone|lonely)\b/i;
const stacked = (s: Slots) => s.outcome !== undefined && FELT_OUTCOME.test(s.outcome);

const BLAME: Frame[] = [
  {
    name: 'feel-that',
    render: (s) =>
      s.outcome &&
      !stacked(s) &&
      `I feel ${s.felt} that ${s.outcome}. Could we talk about what happened${s.thing ? ` with ${s.thing}` : ''} and what would help next time?`,
  },
  {
    name: 'outcome-first',
    render: (s) =>
      s.outcome &&
      `${upperFirst(s.outcome)}, and I'm feeling ${s.felt}. Can we work out together what would help${s.thing ? ` with ${s.thing}` : ''}?`,
  },
  {
    name: 'outcome-calm',
    render: (s, time) =>
      s.outcome &&
      !stacked(s) &&
      `I'm ${s.felt} that ${s.outcome}. Can we talk it through ${time}, without blaming each other?`,
  },
  {
    name: 'outcome-own',
    render: (s) =>
      s.outcome &&
      `${upperFirst(s.outcome)}, and I'm ${s.felt}. I'd like us to work out what would help next time.`,
  },
  {
    name: 'outcome-ask',
    render: (s) =>
      s.outcome &&
      !stacked(s) &&
      TOPIC_ASK[s.topic] !== undefined &&
      `I'm ${s.felt} that ${s.outcome}. Could we ${ask(s)}?`,
  },
  {
    name: 'about-what',
    render: (s) =>
      !s.outcome &&
      `I'm really ${s.felt} about ${s.thing || 'what happened'}. Can we talk about it without blaming each other?`,
  },
  {
    name: 'together',
    render: (s) =>
      !s.outcome &&
      `I'd like us to work out ${s.thing ? `what went wrong with ${s.thing}` : 'what went wrong'} together. Right now I'm feeling ${s.felt}.`,
  },
  {
    name: 'when-calm',
    render: (s, time) =>
      !(s.outcome && s.thing) &&
      // A time after a clause reads as part of it ("how you told her we'd come tomorrow"): after an
      // outcome, the time goes with the wish instead (review round 18's regrade).
      (s.outcome
        ? `Can we talk about how ${s.outcome}? I'm still feeling ${s.felt}, and I'd like us to find a way through it ${time}.`
        : `Can we talk about ${s.thing || 'what happened'} ${time}? I'm still feeling ${s.felt}, and I want us to find a way through it.`),
  },
  {
    name: 'no-fingers',
    render: (s, time) =>
      !s.outcome &&
      `I don't want to point fingers; I'm just ${s.felt} about ${s.thing || 'what happened'}. Can we talk it through ${time}?`,
  },
  {
    name: 'thing-ask',
    render: (s) =>
      !s.outcome &&
      TOPIC_ASK[s.topic] !== undefined &&
      `I'm ${s.felt} about ${s.thing || 'what happened'}. Could we ${ask(s)}?`,
  },
  {
    name: 'work-out',
    render: (s) =>
      !s.outcome &&
      `I'm ${s.felt} about ${s.thing || 'what happened'}. Can we work out together what would help next time?`,
  },

  {
    name: 'still',
    render: (s, time) =>
      !s.outcome &&
      `I'm still ${s.felt} about ${s.thing || 'what happened'}, and I'd like us to talk it over ${time}.`,
  },
  {
    name: 'left-me',
    render: (s, time) =>
      !s.outcome &&
      `What happened${s.thing ? ` with ${s.thing}` : ''} has left me ${s.felt}. Can we talk about it ${time}?`,
  },
];

const CONTEMPT: Frame[] = [
  {
    name: 'moment',
    render: (s) =>
      !s.thing && !s.happened && "I'm really hurt right now, and I need a moment before we talk.",
  },
  {
    name: 'frustrated',
    render: (s) =>
      `I'm feeling frustrated${about(s.thing)}, and I don't want to say something unkind. Can we talk about it later?`,
  },
  {
    name: 'rather-tell',
    render: (s, time) =>
      `I'm upset${about(s.thing)}, and I'd rather tell you how I feel than snap at you. Can we talk ${time}?`,
  },
  {
    name: 'try-again',
    render: (s, time) =>
      `I don't like how I'm talking to you right now. I'm feeling ${feltAbout(s)}; can we try again ${time}?`,
  },
  {
    name: 'pause',
    render: (s, time) =>
      `I need a few minutes before I say something I don't mean. I'm feeling ${feltAbout(s)}, and I'd like to talk ${time}.`,
  },
  {
    name: 'ask',
    render: (s) => TOPIC_ASK[s.topic] && `I'm feeling ${feltAbout(s)}. Could we ${ask(s)}?`,
  },
  {
    name: 'angry',
    render: (s, time) =>
      `I'm really angry${about(s.thing)} right now, and I don't want to say something I'll regret. Can we talk ${time}?`,
  },
  {
    name: 'calmly',
    render: (s, time) =>
      `I'm feeling ${feltAbout(s)}, and I want to say it calmly rather than lash out. Can we talk ${time}?`,
  },
  {
    name: 'my-side',
    render: (s) =>
      `I'm feeling ${feltAbout(s)}. I'd like to tell you what's going on for me, when you have a moment.`,
  },
  // "…find kinder words for it than the ones I had" read as odd talk about talking: 18 of the 153 first
  // rewrites graded in review rounds 2-44 would be sent, the fewest of any contempt frame.
  {
    name: 'kinder-words',
    weak: true,
    render: (s, time) =>
      `I'm hurt${about(s.thing)}, and I'd rather say so than say something unkind. Can we talk ${time}?`,
  },

  // Sarcastic thanks ("appreciate you telling my mum before me"): what happened, said plainly.
  {
    name: 'hurt-that',
    render: (s) => s.happened && `It really hurt that ${toldAsPast(s.happened)}. Can we talk about it?`,
  },
  {
    name: 'upset-that',
    render: (s) =>
      s.happened &&
      (s.sarcastic
        ? `I'm upset that ${s.happened}, and I'd rather say it plainly than be sarcastic.`
        : `I'm upset that ${s.happened}, and I'd rather tell you that than snap at you.`),
  },
  {
    name: 'honest-that',
    render: (s, time) =>
      s.happened && `Honestly, I was hurt that ${toldAsPast(s.happened)}. Could we talk about it ${time}?`,
  },
];

const ULTIMATUM: Frame[] = [
  {
    name: 'boundary',
    render: (s) =>
      !s.rival && !s.minor && `${s.boundary} ${s.request ?? 'Can we talk about what needs to change?'}`,
  },
  {
    name: 'request-first',
    render: (s) =>
      !s.named &&
      s.request &&
      `${s.request} It matters a lot to me; can we talk about what's getting in the way?`,
  },
  {
    name: 'matters',
    render: (s, time) =>
      !s.named &&
      s.request &&
      `This really matters to me, and I want to say it calmly: ${inner(s.request)}. Can we talk ${time}?`,
  },
  {
    name: 'sustain',
    render: (s) =>
      !s.rival &&
      !s.minor &&
      `I care about ${s.named ?? 'you'}, and I'm finding it hard to carry on the way things are. ${s.request ?? `Can we talk about what needs to change${s.thing ? ` with ${s.thing}` : ''}?`}`,
  },
  {
    name: 'agree',
    weak: true,
    render: (s) =>
      !s.named &&
      !s.rival &&
      !s.request &&
      `I'd like us to agree on something${about(s.thing)} that we can both live with. Can we talk about it?`,
  },
  {
    name: 'matters-change',
    render: (s, time) =>
      !s.named &&
      !s.rival &&
      !s.request &&
      `This matters a lot to me, and I need something to change. Can we talk about ${it(s)} ${time}?`,
  },
  {
    name: 'talk-properly',
    render: (s) =>
      !s.named &&
      !s.rival &&
      !s.request &&
      `I need us to talk properly${about(s.thing)}. It matters a lot to me. When could we do that?`,
  },
  {
    name: 'not-okay',
    render: (s, time) =>
      !s.named &&
      !s.rival &&
      !s.request &&
      `I want us both to feel okay${about(s.thing)}, and right now I don't. Can we talk ${time}?`,
  },
  {
    name: 'sort-together',
    weak: true,
    render: (s, time) =>
      !s.named &&
      !s.rival &&
      !s.request &&
      // "This is really important to me about your sister" is no sentence (review round 11). The topic
      // stays: said without it, the frame is dropped by the gate wherever a topic exists and its items
      // move to other frames that carry the same noun (tried: 123 graded items would change).
      `This is really important to me, and I need us to sort ${s.thing ? `out what's going on with ${s.thing}` : 'it out'} together. Can we talk ${time}?`,
  },

  {
    name: 'work-out',
    render: (s, time) =>
      !s.named &&
      !s.rival &&
      !s.request &&
      `Something needs to change for me${s.thing ? ` with ${s.thing}` : ''}, and I'd like us to work out what together. Can we talk ${time}?`,
  },
  {
    name: 'asking',
    render: (s) =>
      s.request &&
      `${s.request} I'm asking because I care about ${s.named ?? 'us'}, and I want this to work.`,
  },
  {
    name: 'hope',
    render: (s) =>
      !s.named &&
      !s.rival &&
      s.request !== undefined &&
      // Named in the request already, the thing said again jars: "sort out the game together. I'd
      // really like you to get off the game." (review round 22, items 26, 70, 102, 103, 113).
      `I really hope we can ${s.thing && !s.request.toLowerCase().includes(s.thing.toLowerCase()) ? `sort out ${s.thing}` : 'sort this out'} together. ${s.request}`,
  },

  // A request to be somewhere by a time ("be home by ten", "be on that train by 6"): what to do when
  // the time slips, said before it does, which is the calm moment the article asks for.
  {
    name: 'heads-up',
    render: (s) =>
      !s.named &&
      s.request !== undefined &&
      DEADLINE.test(s.request) &&
      // Being somewhere by then, not a job done by then ("delete the betting app by Friday").
      /\b(?:be|get|come|back|home|there|here)\b/i.test(s.request) &&
      `${s.request} If something comes up, a quick text would mean a lot, so I'm not left wondering.`,
  },
  {
    name: 'what-i-need',
    render: (s) =>
      !s.named && s.request && `I want to be honest with you about what I need: ${inner(s.request)}.`,
  },
  {
    name: 'rival-miss',
    render: (s) =>
      !s.named &&
      s.rival &&
      `I miss you, and ${asSubject(s.rival)} getting between us. Can we talk about it?`,
  },
  {
    name: 'rival-lonely',
    render: (s) =>
      !s.named &&
      s.rival &&
      `I feel lonely when I'm competing with ${s.rival}. Could we make some time that is just ours?`,
  },
  {
    name: 'rival-first',
    render: (s) =>
      !s.named &&
      s.rival &&
      `I need to feel like I come first with you sometimes. Can we talk about ${s.rival}?`,
  },
];

/**
 * A refusal keeps its refusal: the writer needs space from the subject, said as their own need, with
 * the door left open but no date the writer never offered (round 1: "Would tonight work?" after "I'm
 * not having the care home conversation again" changed what the writer meant).
 */
const STONEWALL: Frame[] = [
  {
    name: 'leave-it',
    render: (s) =>
      !s.help && `I'd rather leave ${s.subject} for now. It's a lot for me, and I need some time with it.`,
  },
  {
    name: 'hard',
    render: (s) =>
      !s.help && `I find ${s.subject} really hard to talk about, and I need some space from it for now.`,
  },
  {
    name: 'said',
    render: (s) =>
      !s.help &&
      !s.hearing &&
      `I've said what I can about ${s.subject} for now. I need a bit of space before we talk about it again.`,
  },
  {
    name: 'too-much',
    render: (s) =>
      !s.help &&
      `Going over ${s.subject} again is too much for me right now. Can we leave it there for today?`,
  },
  {
    name: 'breather',
    render: (s) =>
      // "a breather from my salary" is from the salary itself: a named subject is a breather from the talk.
      !s.help &&
      `I need a breather from ${s.subject === 'this' ? 'this' : `talking about ${s.subject}`}. I'll come back to it when I'm feeling calmer.`,
  },
  {
    name: 'not-ready',
    render: (s) => !s.help && `I'm not ready to talk about ${s.subject} yet. I'll let you know when I am.`,
  },
  {
    name: 'set-time',
    render: (s) =>
      !s.help &&
      `I'm finding ${s.subject} hard to talk about right now. Could we set a time to come back to it?`,
  },
  {
    name: 'break',
    render: (s) =>
      !s.help && `I need a short break from talking about ${s.subject}. Can we pick it up another time?`,
  },
  {
    name: 'space-first',
    render: (s) =>
      !s.help && `Talking about ${s.subject} again is hard for me right now. I need a little space first.`,
  },
  // A refusal of help stays a refusal, said calmly, and the topic closed as the writer closed it: "not
  // ready yet" (round 2), and then curiosity about why it matters to them (round 8's fix, graded again),
  // were read as reopening a no the writer had asked the partner to stop pressing.
  {
    name: 'help-leave-there',
    render: (s) =>
      // "Those Relate appointments aren't for me": a plural help takes "aren't".
      s.help &&
      `${upperFirst(asSubject(s.help.thing)).replace(/ (is|are)$/, " $1n't")} for me, and I'd like us to leave it there, please.`,
  },
  {
    name: 'help-let-rest',
    render: (s) =>
      s.help && `I know ${s.help.thing} matters to you, but it isn't for me. Can we let it rest?`,
  },
  {
    name: 'help-not-want',
    render: (s) =>
      s.help &&
      `${upperFirst(s.help.thing)} isn't something I want. I'd like us to find another way through this.`,
  },
  {
    name: 'help-answer',
    render: (s) => s.help && `My answer on ${s.help.thing} is no, and I'd like us to leave it there.`,
  },
  {
    name: 'help-another-way',
    render: (s) =>
      s.help &&
      `${upperFirst(s.help.thing)} isn't the way I want to go, but I do want us to sort this out. Could we find another way together?`,
  },
];

const CRISIS: Frame[] = [
  // A session already booked is asked for as it is, not offered as something to try (review round 18).
  {
    name: 'booked-with-me',
    render: (s) =>
      s.help?.booked &&
      `It would mean a lot to me if you came to ${s.help.thing} with me, because ${s.matters}. Will you come?`,
  },
  {
    name: 'booked-there',
    render: (s) =>
      s.help?.booked &&
      `I'm worried about ${s.named ?? 'us'}, and I'd really like us both to be at ${s.help.thing}. Could you do that for me?`,
  },
  {
    name: 'learn-grow',
    render: (s) =>
      !s.urgent &&
      s.help &&
      !s.help.booked &&
      `I'd really like us to ${s.help.phrase} together, as a space to learn and grow, because ${s.matters}. Would you be open to it?`,
  },
  {
    name: 'with-me',
    render: (s) =>
      s.help &&
      `I'd like us to learn some new ways of handling things together, because ${s.matters}. Would you ${s.help.phrase} with me?`,
  },

  {
    name: 'own-work',
    render: (s) =>
      !s.named &&
      s.help &&
      `I'd like us to ${s.help.phrase}, and I'm willing to do my own work too. What do you think?`,
  },
  {
    name: 'understand',
    render: (s, time) =>
      s.help &&
      // Talking a booked session over "at the weekend" puts it off (review round 38).
      !s.help.booked &&
      // ("getting some help could help": review round 60, items 117 and 138.)
      `I'm committed to ${s.named ?? 'us'}, and I think ${s.help.thing} could ${/\bhelp\b/.test(s.help.thing) ? 'make it easier for us to' : 'help us'} understand each other. Could we talk about it ${time}?`,
  },

  // Once "What would counselling mean to you? I'd love us to try counselling together, as a way to grow.":
  // readers would send 50 of the 136 graded in review rounds 2-44 ("therapy-speak", "breezy beside a
  // deadline"), where the other frames that name the help were sent 0.57-0.89 of the time. It keeps its
  // place in the list, so the other sentences keep the lead frame they were graded with.
  {
    name: 'curious',
    render: (s) =>
      !s.urgent &&
      !s.named &&
      s.help &&
      !s.help.booked &&
      `I want things to get easier between us, and I think ${s.help.thing} could make a real difference. How would you feel about it?`,
  },
  {
    name: 'deserve',
    render: (s) =>
      s.help &&
      !s.help.booked &&
      !s.help.person &&
      `I think ${s.named ? `${s.named} deserves` : 'we deserve'} some support, and ${s.help.thing} could be a good place to start. What do you think?`,
  },
  {
    name: 'go-together',
    render: (s) =>
      s.help &&
      `I think ${s.help.thing} could be good for ${s.named ?? 'us'}, and I'd like us to go together. Would you be up for it?`,
  },
  {
    name: 'real-try',
    render: (s) =>
      s.help &&
      !s.help.booked &&
      !s.help.person &&
      // "give getting some help a real try" reads badly (review round 56, item 26): a gerund of getting or
      // talking is tried ("counselling" is help by name, and keeps its real try).
      (/^(getting|talking|seeing|going|finding)\b/.test(s.help.thing)
        ? `I'd love us to try ${s.help.thing} together, because ${s.matters}. What do you think?`
        : `I'd love us to give ${s.help.thing} a real try, together, because ${s.matters}. What do you think?`),
  },

  {
    name: 'team',
    render: (s, time) =>
      !s.help &&
      `I care about ${s.named ?? 'us'}, and I'd like us to work on this as a team. Can we talk ${time}?`,
  },
  {
    name: 'learn',
    weak: true,
    render: (s) =>
      !s.help && `I'd like us to learn some new ways of handling things together, because ${s.matters}.`,
  },
  {
    name: 'support',
    render: (s) =>
      !s.named &&
      !s.help &&
      'I care about us, and I think some support could help us understand each other better. Can we talk about it when we are both calm?',
  },
  {
    name: 'step',
    weak: true,
    render: (s, time) =>
      !s.help &&
      `${upperFirst(s.matters ?? 'we matter to me')}, and I'd like us to work on this together, step by step. Could we talk ${time}?`,
  },
  {
    name: 'better',
    weak: true,
    render: (s, time) =>
      !s.named &&
      !s.help &&
      `I think we could get better at this together. Would you sit down with me ${time} and talk about what would help?`,
  },
  {
    name: 'worried',
    render: (s, time) =>
      !s.help &&
      `Things feel really hard between us right now, and I'm worried about ${s.named ?? 'us'}. Can we talk ${time}?`,
  },
];

export const FRAMES: Record<Category, Frame[]> = {
  absolute: ABSOLUTE,
  diagnosis: DIAGNOSIS,
  blame: BLAME,
  contempt: CONTEMPT,
  ultimatum: ULTIMATUM,
  stonewall: STONEWALL,
  crisis: CRISIS,
};

/**
 * Every frame of the category that the slots fill, best first. The topic decides which frames apply
 * (a frame with a concrete request only where the topic has one) and fills in the request; among those,
 * the sentence itself picks the lead, so two messages on one topic still read differently.
 */
export function framed(category: Category, slots: Slots, key: string): Candidate[] {
  const specific: Candidate[] = [];
  const general: Candidate[] = [];
  const h = hashOf(`${key}\u0000${slots.topic}`);
  const time = slots.urgent ? 'tonight' : (CALM_TIMES[h % CALM_TIMES.length] as string);
  const weak = new Set<Candidate>();
  for (const frame of FRAMES[category]) {
    const text = frame.render(slots, time);
    if (typeof text !== 'string' || text === '') continue;
    const candidate = { text, frame: `${category}/${frame.name}` };
    if (carriesWriter(text, slots)) specific.push(candidate);
    else {
      general.push(candidate);
      if (frame.weak) weak.add(candidate);
    }
  }
  // Frames that carry the writer's own words (the act, the wish, the topic) lead: review round 1 found
  // that a reader sends a rewrite that says what happened far more often than one that only says a
  // feeling. Within each group the sentence picks the order; then the weak frames step to the back, so
  // every other sentence keeps the frame it had.
  const strided = inStride(general, key, h);
  return [
    ...inStride(specific, key, h),
    ...strided.filter((c) => !weak.has(c)),
    ...strided.filter((c) => weak.has(c)),
  ];
}

/** Whether a rendered frame says something only this message said: its act, wish, outcome or topic. */
function carriesWriter(text: string, s: Slots): boolean {
  const own = [s.act, s.wish, s.outcome, s.request, s.rival, s.happened, s.help?.thing, s.thing, s.subject];
  return own.some(
    (part) => part !== undefined && part !== '' && part !== 'this' && text.includes(part.replace(/[.]$/, '')),
  );
}

/**
 * The frames in an order the sentence picks: a lead, then the rest in a stride the sentence also
 * picks, so where the gate drops the lead the next frame is not always the same neighbour.
 */
function inStride(rendered: Candidate[], key: string, h: number): Candidate[] {
  const n = rendered.length;
  if (n === 0) return rendered;
  const lead = h % n;
  let step = n > 2 ? 1 + (hashOf(`${key}\u0001`) % (n - 1)) : 1;
  while (gcd(step, n) !== 1) step++;
  return rendered.map((_, k) => rendered[(lead + k * step) % n] as Candidate);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * When no candidate passes the gate: only the feeling and a calm time (issue 12, part 2). Where the
 * writer refuses being told to calm down (`calmRefused`), the time that says "calm" is "later today".
 */
export function fallback(category: Category, feeling: string, key: string, calmRefused = false): Candidate {
  const picked = CALM_TIMES[hashOf(key) % CALM_TIMES.length] as string;
  const time = calmRefused && /\bcalm\b/.test(picked) ? 'later today' : picked;
  const text =
    category === 'stonewall'
      ? `I need a little time right now. Can we talk ${time}?`
      : `I'm feeling ${feeling} right now. Can we talk ${time}?`;
  return { text, frame: `${category}/fallback` };
}
