/**
 * Frames: the sentence shapes a rewrite is poured into, several per category, each grounded in the
 * article (../shared/article.txt): speak from your own experience, choose a calm moment, a boundary
 * rather than an ultimatum, curiosity about what something means to them, help as a place to learn
 * rather than emergency repair. Which frame leads is chosen by what the message is about (its topic:
 * lateness, chores, money…), and the topic also gives the concrete request ("give me a heads-up when
 * you're running late"), so two messages about different things rarely read alike (issue 12, part 3).
 */
import type { Category } from '../types';
import type { Feeling } from './feelings';

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
    /\b(late|later|on time|waiting|waited|wait|minutes|mins|hours|show up|showed up|turn up|turned up|eta|early|\d+ ?(am|pm))\b/,
    'lateness',
  ],
  [
    /\b(dishes|dish|laundry|clean|cleaning|cleaned|bins?|trash|rubbish|chores?|housework|tidy|mess|cook|cooking|cooked|kitchen|washing|hoover|vacuum|groceries|shopping|sink|bathroom|towels?|lights)\b/,
    'chores',
  ],
  [
    /\b(money|spend|spent|spending|bills?|rent|card|pay|paid|paying|afford|savings|budget|debt|bank|cash|bought|buy|expensive|cost|salary|loan)\b|[£$€]/,
    'money',
  ],
  [
    /\b(phone|phones|scrolling|scroll|screen|instagram|insta|tiktok|gaming|game|games|xbox|playstation|ps5|console|laptop|tv|netflix)\b/,
    'phones',
  ],
  [
    /\b(text|texts|texted|texting|reply|replied|replies|read|call|called|calls|calling|message|messages|ghost|ghosted)\b/,
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

/** A concrete, small request that fits the topic: what the writer would like to happen next time. */
const TOPIC_ASK: Record<Topic, string | undefined> = {
  lateness: "agree to send each other a quick heads-up when we're running late",
  chores: 'sit down and share out the jobs around the house so it feels fair to both of us',
  money: "sit down together and go through the money, so we're on the same page",
  phones: 'have a bit of phone-free time together in the evenings',
  contact: "agree to send each other a quick message when we can't talk",
  family: 'talk about how we handle things with family, as a team',
  therapy: undefined,
  work: "keep a bit of time each week that work doesn't touch",
  friends: 'talk about how we balance time with friends and time together',
  plans: 'make plans we can both count on',
  listening: 'make a bit of time to really listen to each other',
  trust: 'talk about what would help us both feel secure',
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
  /** blame: what happened to the writer, as a clause: "we're late for the wedding". */
  outcome?: string;
  /** blame: the feeling for what happened ("stressed", "upset"). */
  felt?: string;
  /** ultimatum: the request, as a sentence: "I'd really like you to call your sister back." */
  request?: string;
  /** ultimatum: the boundary sentence (about us, or about our marriage). */
  boundary?: string;
  /** ultimatum, "her or me": what the writer competes with. */
  rival?: string;
  /** stonewall, crisis: the help named ("therapy", "a counsellor") and how to ask for it ("try therapy"). */
  help?: { phrase: string; thing: string };
  /** crisis: "we matter to me", "our marriage matters to me". */
  matters?: string;
  /** crisis, ultimatum: the bond the writer named ("our marriage"); frames that cannot say it stand aside. */
  named?: string;
  /** stonewall: what the writer needs a pause from ("this", "the money"). */
  subject?: string;
}

export interface Candidate {
  text: string;
  /** `category/name`: which frame made it (the variety test counts these). */
  frame: string;
}

type Frame = { name: string; render: (s: Slots, time: string) => string | false | undefined };

const about = (thing: string) => (thing ? ` about ${thing}` : '');
const ask = (s: Slots) => TOPIC_ASK[s.topic] ?? s.feeling.request;
const up = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A sentence carried inside another: its first letter down (but "I" stays), its full stop gone. */
const inner = (s: string) =>
  (/^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1)).replace(/[.]$/, '');
/** The topic as "it" where there is none ("talk about it tonight", never "about this this evening"). */
const it = (s: Slots) => s.thing || 'it';

const ABSOLUTE: Frame[] = [
  {
    name: 'feel-when',
    render: (s) => s.act && `I feel ${s.feeling.feeling} ${s.act}. Could we ${ask(s)}?`,
  },
  {
    name: 'when-first',
    render: (s) =>
      s.act && `${up(s.act)}, I end up feeling ${s.feeling.feeling}. I'd really like ${s.feeling.need}.`,
  },
  {
    name: 'would-mean',
    render: (s) =>
      s.wish && `It would mean a lot to me if ${s.wish}. I've been feeling ${s.feeling.feeling} about it.`,
  },
  {
    name: 'noticed',
    render: (s, time) =>
      s.act && `I've noticed I feel ${s.feeling.feeling} ${s.act}. Can we talk about it ${time}?`,
  },
  {
    name: 'ask-first',
    render: (s) =>
      TOPIC_ASK[s.topic] !== undefined &&
      `Could we ${ask(s)}? I've been feeling ${s.feeling.feeling} ${s.act ?? (s.thing ? `about ${s.thing}` : 'lately')}.`,
  },
  {
    name: 'love-it',
    render: (s) =>
      s.act && `I'd love it if we could ${s.feeling.request}. ${up(s.act)}, I feel ${s.feeling.feeling}.`,
  },
  {
    name: 'need-first',
    render: (s) =>
      (s.act || s.thing) &&
      `I'd really like ${s.feeling.need}. Lately I've been feeling ${s.feeling.feeling} ${s.act ?? `about ${s.thing}`}.`,
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
      !s.act &&
      `Lately I've been feeling ${s.feeling.feeling}${about(s.thing)}, and I'd really like ${s.feeling.need}.`,
  },
  {
    name: 'what-helps',
    render: (s) =>
      !s.act &&
      `What would help me is if we could ${ask(s)}. I've been feeling ${s.feeling.feeling}${about(s.thing)}.`,
  },
  {
    name: 'stuck',
    render: (s) =>
      (s.act || s.thing) &&
      `I feel stuck${s.act ? ` ${s.act}` : about(s.thing)}, and I don't know how to reach you. I think I'd benefit from some support with that.`,
  },
];

const DIAGNOSIS: Frame[] = [
  {
    name: 'feel-bridge',
    render: (s) =>
      `I feel ${s.feeling.feeling}${about(s.thing)}${s.act ? ` ${s.act}` : ''}, ${s.feeling.bridge}. Could we ${ask(s)}?`,
  },
  {
    name: 'support',
    render: (s) =>
      `${s.act ? up(s.act) : s.thing ? `When ${s.thing} comes up` : 'When this comes up'}, I feel really ${s.feeling.feeling}. I think I'd benefit from some support with that.`,
  },
  {
    name: 'lately',
    render: (s, time) =>
      `I've been feeling ${s.feeling.feeling}${about(s.thing)} lately, and I'd really like ${s.feeling.need}. Can we talk ${time}?`,
  },
  {
    name: 'own-side',
    render: (s) =>
      `I'd rather tell you how I feel than guess what's going on for you: I feel ${s.feeling.feeling}${about(s.thing)}${s.act ? ` ${s.act}` : ''}.`,
  },
  {
    name: 'ask-first',
    render: (s) =>
      `Could we ${ask(s)}? I've been feeling ${s.feeling.feeling}${about(s.thing)}${s.act ? ` ${s.act}` : ''}.`,
  },
  {
    name: 'curious',
    render: (s) =>
      `I'd like to understand what's going on for you${s.act ? ` ${s.act}` : about(s.thing)}. From my side, I feel ${s.feeling.feeling}, and I'd like ${s.feeling.need}.`,
  },
  {
    name: 'notice',
    render: (s, time) =>
      `I notice I feel ${s.feeling.feeling}${about(s.thing)}${s.act ? ` ${s.act}` : ''}, and I'd like ${s.feeling.need}. Could we talk ${time}?`,
  },
  {
    name: 'step-back',
    render: (s) =>
      `Can we take a step back? I'm feeling ${s.feeling.feeling}${about(s.thing)}${s.act ? ` ${s.act}` : ''}, and I'd like to understand what's happening for both of us.`,
  },
  {
    name: 'honest',
    render: (s, time) =>
      `Can I be honest about how this lands for me? I feel ${s.feeling.feeling}${about(s.thing)}, and I'd like to talk ${time}.`,
  },
];

const BLAME: Frame[] = [
  {
    name: 'feel-that',
    render: (s) =>
      s.outcome &&
      `I feel ${s.felt} that ${s.outcome}. Could we talk about what happened${s.thing ? ` with ${s.thing}` : ''} and what would help next time?`,
  },
  {
    name: 'outcome-first',
    render: (s) =>
      s.outcome &&
      `${up(s.outcome)}, and I'm feeling ${s.felt}. Can we work out together what would help${s.thing ? ` with ${s.thing}` : ''}?`,
  },
  {
    name: 'about-what',
    render: (s) =>
      !s.outcome &&
      `I'm really ${s.felt} about ${s.thing || 'what happened'}. Can we talk about what happened, without blaming each other?`,
  },
  {
    name: 'looking-back',
    render: (s) =>
      !s.outcome &&
      `Looking back at ${s.thing ? `what happened with ${s.thing}` : 'what happened'}, I feel ${s.felt}. What could we both do differently next time?`,
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
      `Can we talk about ${s.outcome ? `how ${s.outcome}` : s.thing || 'what happened'} ${time}? I'm still feeling ${s.felt}, and I want us to find a way through it.`,
  },
  {
    name: 'next-time',
    render: (s) =>
      !s.outcome &&
      `Next time${s.thing ? ` something like ${s.thing} comes up` : ''}, could we ${ask(s)}? I'm still feeling ${s.felt} about what happened.`,
  },
  {
    name: 'no-fingers',
    render: (s, time) =>
      !s.outcome &&
      `I don't want to point fingers; I'm just ${s.felt} about ${s.thing || 'what happened'}. Can we talk it through ${time}?`,
  },
  {
    name: 'repair',
    render: (s) =>
      !s.outcome &&
      `I'm ${s.felt} about ${s.thing || 'what happened'}, and I'd like us to put it right together. What would help you?`,
  },
  {
    name: 'outcome-calm',
    render: (s, time) =>
      s.outcome &&
      `I'm ${s.felt} that ${s.outcome}${s.thing ? `, and about ${s.thing}` : ''}. Can we talk it through ${time}, without blaming each other?`,
  },
  {
    name: 'outcome-own',
    render: (s) =>
      s.outcome &&
      `${up(s.outcome)}, and I'm ${s.felt}${about(s.thing)}. I'd like us both to look at what we could do differently.`,
  },
  {
    name: 'own-part',
    render: (s) =>
      !(s.outcome && s.thing) &&
      `I'm feeling ${s.felt}${s.outcome ? ` that ${s.outcome}` : about(s.thing)}. I'd like us both to look at our part in it, me included.`,
  },
];

const CONTEMPT: Frame[] = [
  {
    name: 'moment',
    render: (s) => !s.thing && "I'm really hurt right now, and I need a moment before we talk.",
  },
  {
    name: 'frustrated',
    render: (s) =>
      `I'm feeling frustrated${about(s.thing)}, and I don't want to say something unkind. Can we talk about it later?`,
  },
  {
    name: 'getting-to-me',
    render: (s) => `Something${about(s.thing)} is really getting to me. Can we talk about it calmly?`,
  },
  {
    name: 'rather-tell',
    render: (s, time) =>
      `I'm upset${about(s.thing)}, and I'd rather tell you how I feel than snap at you. Can we talk ${time}?`,
  },
  {
    name: 'try-again',
    render: (s, time) =>
      `I don't like how I'm talking to you right now. I'm feeling ${s.feeling.feeling}${about(s.thing)}; can we try again ${time}?`,
  },
  {
    name: 'need',
    render: (s) =>
      `I'm feeling ${s.feeling.feeling}${about(s.thing)}, and I'd really like ${s.feeling.need}.`,
  },
  {
    name: 'pause',
    render: (s, time) =>
      `I need a few minutes before I say something I don't mean. I'm feeling ${s.feeling.feeling}${about(s.thing)}, and I'd like to talk ${time}.`,
  },
  {
    name: 'kinder',
    render: (s) =>
      `I want to say this more kindly: I'm feeling ${s.feeling.feeling}${about(s.thing)}, and I'd really like ${s.feeling.need}.`,
  },
  {
    name: 'ask',
    render: (s) =>
      TOPIC_ASK[s.topic] && `I'm feeling ${s.feeling.feeling}${about(s.thing)}. Could we ${ask(s)}?`,
  },
];

const ULTIMATUM: Frame[] = [
  {
    name: 'boundary',
    render: (s) => !s.rival && `${s.boundary} ${s.request ?? 'Can we talk about what needs to change?'}`,
  },
  {
    name: 'request-first',
    render: (s) =>
      !s.named &&
      s.request &&
      `${s.request} It matters a lot to me; can we talk about what's getting in the way?`,
  },
  {
    name: 'honest',
    render: (s, time) =>
      !s.named &&
      !s.request &&
      !s.rival &&
      `I need to be honest about what I can keep doing. Can we talk about ${it(s)} ${time}?`,
  },
  {
    name: 'committed',
    render: (s) =>
      s.request &&
      `I'm committed to ${s.named ?? 'us'}, and I really hope we can work on ${s.thing || 'this'} together. ${s.request}`,
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
      `I care about ${s.named ?? 'you'}, and I'm finding it hard to carry on the way things are. ${s.request ?? `Can we talk about what needs to change${s.thing ? ` with ${s.thing}` : ''}?`}`,
  },
  {
    name: 'agree',
    render: (s) =>
      !s.named &&
      !s.rival &&
      !s.request &&
      `I'd like us to agree on something${about(s.thing)} that we can both live with. Can we talk about it?`,
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
    render: (s, time) =>
      !s.named &&
      !s.rival &&
      `I really hope we can ${s.thing ? `sort out ${s.thing}` : 'sort this out'} together. ${s.request ?? `Can we talk ${time}?`}`,
  },
  {
    name: 'own-work',
    render: (s, time) =>
      !s.named &&
      !s.rival &&
      !s.request &&
      `I'm committed to doing my own work on this, and I really hope we can do some of it together. Can we talk about ${it(s)} ${time}?`,
  },
  {
    name: 'clear',
    render: (s) =>
      !s.named &&
      !s.rival &&
      !s.request &&
      "I want to be clear and kind about this: I can't keep going the way things are. Can we talk about what would help?",
  },
  {
    name: 'what-i-need',
    render: (s) =>
      !s.named && s.request && `I want to be honest with you about what I need: ${inner(s.request)}.`,
  },
  {
    name: 'rival-miss',
    render: (s) =>
      !s.named && s.rival && `I miss you, and ${s.rival} is getting between us. Can we talk about it?`,
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

const STONEWALL: Frame[] = [
  {
    name: 'overwhelmed',
    render: (s, time) =>
      !s.help && `I'm too overwhelmed to talk about ${s.subject} right now. Can we come back to it ${time}?`,
  },
  {
    name: 'break',
    render: (s) =>
      !s.help && `I need a short break from talking about ${s.subject}. Can we pick it up tomorrow?`,
  },
  {
    name: 'set-time',
    render: (s) =>
      !s.help &&
      `I'm finding ${s.subject} hard to talk about right now. Could we set a time to come back to it?`,
  },
  {
    name: 'properly',
    render: (s, time) =>
      !s.help &&
      `I want to talk about ${s.subject} properly, and I can't do that well right now. Can we try again ${time}?`,
  },
  {
    name: 'calm-down',
    render: (s) =>
      !s.help &&
      `Give me a little time to calm down, and then I'd like to talk about ${s.subject}. Would tonight work?`,
  },
  {
    name: 'not-ready',
    render: (s, time) =>
      !s.help &&
      `I'm not ready to talk about ${s.subject} yet, but I don't want to shut you out. Can we talk ${time}?`,
  },
  {
    name: 'flooded',
    render: (s) =>
      !s.help && `I'm feeling flooded right now. I'll come back to ${s.subject} once I've had a breather.`,
  },
  {
    name: 'pause',
    render: (s, time) =>
      !s.help &&
      `Can we pause this for now? I want to come back to ${s.subject} ${time}, when I can listen properly.`,
  },
  {
    name: 'wound-up',
    render: (s) =>
      !s.help &&
      `I'm getting too wound up to talk about ${s.subject} well. Can we take twenty minutes and try again?`,
  },
  {
    name: 'help-nervous',
    render: (s) =>
      s.help && `I feel nervous about ${s.help.thing}. Can you tell me what it would mean to you?`,
  },
  {
    name: 'help-understand',
    render: (s) =>
      s.help &&
      `I'm not sure about ${s.help.thing} yet, but I want to understand. What are you hoping it would change for us?`,
  },
  {
    name: 'help-wary',
    render: (s) =>
      s.help &&
      `Can you tell me what ${s.help.thing} means to you? I feel a bit wary of it, and I'd like to understand.`,
  },
  {
    name: 'help-scared',
    render: (s, time) =>
      s.help && `I'm scared of what ${s.help.thing} might bring up. Could we talk about it ${time}?`,
  },
  {
    name: 'help-step',
    render: (s) =>
      s.help &&
      `${up(s.help.thing)} feels like a big step for me. Could we talk about what it would look like?`,
  },
  {
    name: 'help-willing',
    render: (s, time) =>
      s.help &&
      `I'm not ready to say yes to ${s.help.thing} yet, but I'm willing to talk about it. Can we do that ${time}?`,
  },
];

const CRISIS: Frame[] = [
  {
    name: 'learn-grow',
    render: (s) =>
      s.help &&
      `I'd really like us to ${s.help.phrase} together, as a space to learn and grow, because ${s.matters}. Would you be open to it?`,
  },
  {
    name: 'with-me',
    render: (s) =>
      s.help &&
      `I'd like us to learn some new ways of handling things together, because ${s.matters}. Would you ${s.help.phrase} with me?`,
  },
  {
    name: 'not-last',
    render: (s) =>
      !s.named &&
      s.help &&
      `I don't see ${s.help.thing} as a last resort; I see it as a way to learn. Would you think about it with me?`,
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
      `I'm committed to ${s.named ?? 'us'}, and I think ${s.help.thing} could help us understand each other. Could we talk about it ${time}?`,
  },
  {
    name: 'growth',
    render: (s) =>
      !s.named &&
      s.help &&
      `Lots of couples ${s.help.phrase} to get better at this, not because something is broken. Would you think about it with me?`,
  },
  {
    name: 'curious',
    render: (s) =>
      !s.named &&
      s.help &&
      `What would ${s.help.thing} mean to you? I'd love us to ${s.help.phrase} together, as a way to grow.`,
  },
  {
    name: 'deserve',
    render: (s) =>
      s.help &&
      `I think ${s.named ? `${s.named} deserves` : 'we deserve'} some support, and ${s.help.thing} could be a good place to start. What do you think?`,
  },
  {
    name: 'hard-moments',
    render: (s) =>
      !s.named &&
      !s.help &&
      "I'd like us to find better ways through the hard moments together. What would help you?",
  },
  {
    name: 'team',
    render: (s, time) =>
      !s.help &&
      `I care about ${s.named ?? 'us'}, and I'd like us to work on this as a team. Can we talk ${time}?`,
  },
  {
    name: 'space',
    render: (s) =>
      !s.named &&
      !s.help &&
      "I'd love for us to find a space to learn and grow together. Would you think about it with me?",
  },
  {
    name: 'learn',
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
    name: 'grow',
    render: (s, time) =>
      !s.named &&
      !s.help &&
      `I'm finding things hard between us, and I want us to grow through this together. Can we talk ${time}?`,
  },
  {
    name: 'step',
    render: (s, time) =>
      !s.help &&
      `${up(s.matters ?? 'we matter to me')}, and I'd like us to work on this together, step by step. Could we talk ${time}?`,
  },
  {
    name: 'better',
    render: (s, time) =>
      !s.named &&
      !s.help &&
      `I think we could get better at this together. Would you sit down with me ${time} and talk about what would help?`,
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
  const rendered: Candidate[] = [];
  const h = hashOf(`${key}\u0000${slots.topic}`);
  const time = CALM_TIMES[h % CALM_TIMES.length] as string;
  for (const frame of FRAMES[category]) {
    const text = frame.render(slots, time);
    if (typeof text === 'string' && text !== '') rendered.push({ text, frame: `${category}/${frame.name}` });
  }
  if (rendered.length === 0) return rendered;
  // The lead, then the rest in a stride the sentence also picks: where the gate drops the lead, the next
  // frame is not always the same neighbour.
  const n = rendered.length;
  const lead = h % n;
  let step = n > 2 ? 1 + (hashOf(`${key}\u0001`) % (n - 1)) : 1;
  while (gcd(step, n) !== 1) step++;
  return rendered.map((_, k) => rendered[(lead + k * step) % n] as Candidate);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** When no candidate passes the gate: only the feeling and a calm time (issue 12, part 2). */
export function fallback(category: Category, feeling: string, key: string): Candidate {
  const time = CALM_TIMES[hashOf(key) % CALM_TIMES.length] as string;
  const text =
    category === 'stonewall'
      ? `I need a little time right now. Can we talk ${time}?`
      : `I'm feeling ${feeling} right now. Can we talk ${time}?`;
  return { text, frame: `${category}/fallback` };
}
