import type { Rule } from './types';

const HELP =
  '(therapy|counseling|a therapist|a counselor|couples therapy|help|to see anyone|to see someone|to talk to anyone|anyone|someone|a stranger|some stranger|strangers|a shrink|shrink)';

export const dismissHelp: Rule = {
  id: 'dismiss-help',
  category: 'stonewall',
  description: 'Dismissing the request for help: “we don’t need therapy”, “it won’t help”.',
  message: 'Dismissing the request',
  confidence: 0.8,
  patterns: [
    // "we don't need therapy"
    { match: `(we|i) (do|did) not need ${HELP}` },
    // "it won't help", "therapy won't change anything"
    {
      match:
        '(it|therapy|counseling|that|talking|this) (will|would|does|is) not (going to)? (help|work|change anything|fix anything)',
    },
    // "therapy is a waste of money"
    {
      match:
        '(therapy|counseling|therapists|counselors) (is|are) (a waste|pointless|useless|nonsense|rubbish|a scam|a joke|for crazy people|for weak people)',
    },
    // "I'm not going to couples counselling", "I'm not talking to some counsellor": "some" belittles
    {
      match:
        '(i|we) (am|are|will) not (going|go|talking|talk|seeing|see|sitting|paying) (to|with|for)? (couples)? (some|a|any)? (therapy|counseling|therapist|counselor|shrink|see anyone)',
    },
    // "therapy is for people with real problems": help is for others
    {
      match:
        '(therapy|counseling|therapists|counselors) (is|are) (only)? for (people|couples|weak|crazy|broken)',
    },
    // "…the therapy conversation again, it's a waste of time": help, dismissed in the next breath
    { match: '(it|that|this) is (a waste of time|a waste of money|pointless|a joke|useless)' },
    // "I'm not discussing counselling with you"
    {
      match:
        '(i|we) (am|are|will)? not (discussing|talking about|doing|trying) (therapy|counseling|couples therapy|couples counseling)',
    },
    // "couples therapy? no chance", "…if you want, I'm not going": a refusal right after help is named
    {
      match:
        '^(lol|haha)? (no chance|no way|not a chance|not happening|nope|never|no|nah|hell no|i am not going|i will not go|i am not doing it)$',
    },
    // "there's nothing wrong with us"
    { match: 'there is nothing wrong with (us|me|our relationship)' },
    // "Those Relate appointments are a rip-off", "the marriage course sessions were pointless": the
    // sessions of help, dismissed; only where the message names who or what they are with.
    {
      match:
        '(sessions|session|appointments|appointment|course|workshop|retreat) (is|are|was|were) (a waste|pointless|useless|nonsense|rubbish|a scam|a joke|a rip off|a con)',
    },
    // "dont need your help, never did": the partner's help refused, said alone (blind round 87)
    { match: '^(i|we)? (do|did) not need (your|ur) (help|advice|input|opinion)$' },
  ],
  accept(m) {
    // "I'm not sure therapy is for me yet" is not matched at all; a question stays a question; "if
    // therapy doesn't work…" imagines, it does not dismiss.
    if (m.patternIndex === 7) {
      // The refusal must follow help named in the message: "no chance we get tickets" is no refusal.
      const help = /\b(therapy|therapist|counsel\w*|see someone|talk to someone)\b/;
      const at = m.messageText.indexOf(` ${m.words.join(' ')} `);
      return help.test(m.messageText.slice(0, Math.max(0, at))) ? 0.8 : false;
    }
    if (m.isQuestion) return false;
    if (['if', 'unless', 'what'].includes(m.before.at(-1) ?? '')) return false;
    // ("I don't need your help, thanks love x" declines kindly.)
    if (m.words.includes('your') && /\b(thanks|thank you|love you|xx*|sweet|kind)\b/.test(m.messageText))
      return false;
    // Sessions are help's only with help named: "the gym sessions are a waste of money" are the gym's.
    if (m.patternIndex === 9) {
      // "…were a joke at first but they really helped": the verdict taken back.
      const takenBack = /\bat first\b|\bbut\b[^.?!]*\b(help|helped|helps|worked|works|better|great|good)\b/i;
      const help =
        /\b(couples?|therapy|therapist|counsel\w*|relate|marriage|mediation|mediator|dr|doctor|psycholog\w*|psychiatr\w*)\b/i;
      return !takenBack.test(m.messageText) && help.test(m.messageText);
    }
    // "it's a waste of time" dismisses help only when the message is about help.
    if (m.patternIndex === 5)
      return /\b(therapy|therapist|counsel\w*|couples? (therapy|counsel\w*)|see someone|talk to someone)\b/.test(
        m.messageText,
      );
    // "we don't need to see anyone else this weekend, just us" is a plan.
    if (m.after[0] === 'else') return false;
    // "I don't need help with the budget tonight, Sarah sorted it": help with a task, declined (blind
    // round 87); "we don't need help with our marriage" still refuses it.
    if (
      m.patternIndex === 0 &&
      m.words.at(-1) === 'help' &&
      m.after[0] === 'with' &&
      !/^(us|our|this relationship|the relationship|my marriage|our marriage)$/.test(m.after[1] ?? '') &&
      !/^(relationship|marriage)$/.test(m.after[2] ?? '')
    )
      return false;
    // "I'm not going to a therapist who doesn't speak Hindi, can you help me find one?", "…not paying a
    // therapist until I've checked they're registered": a therapist of some kind, or not yet, is no
    // refusal of help (the helper's review).
    if (m.patternIndex === 3 && /^(who|that|which|until|till|unless|without|before)$/.test(m.after[0] ?? ''))
      return false;
    // "not going to therapy this week" is a diary, not a refusal.
    if (['this', 'today', 'tonight', 'tomorrow', 'next', 'on'].includes(m.after[0] ?? '')) return false;
    // A stranger is a therapist only when the message says so: "…telling us how to live".
    if (m.words.some((w) => w.startsWith('stranger')))
      return /\b(tell|telling|therapy|counsel\w*|business|fix us|sort us)\b/.test(m.messageText);
    return true;
  },
  examples: {
    flag: [
      '[[dont need your help]], never did',
      "Stop offering. [[I don't need your advice]].",
      "[[we don't need help]] with our marriage, we need you to stop drinking",
      'those Relate [[appointments are a rip off]], I’m not booking more',
      '[[therapy is a joke]]',
      '[[I don’t need a shrink]], I need you to listen',
      'therapy? [[lol no]]',
      'couples therapy? [[no chance]]',
      '[[I’m not discussing counselling]] with you',
      'you can talk to a therapist if you want, [[I’m not going]]',
      "[[we don't need therapy]]",
      "honestly [[it won't help]]",
      '[[therapy is a waste]] of money',
      "[[there's nothing wrong with us]]",
      '[[therapy is for people]] with real problems',
      "I'm not having the therapy conversation again, [[it's a waste of time]]",
      "we're fine, [[we don't need some stranger]] telling us how to live",
      "[[I'm not going to couples counselling]], end of",
      "nah [[I'm not sitting with some shrink]] in Exeter to be told I'm the problem",
    ],
    pass: [
      "I don't need help with the budget tonight. Sarah sorted my overtime sheet.",
      "I don't need your help, it's sorted, thanks love x",
      'the gym sessions are a waste of money, I’m cancelling mine',
      'the couples sessions were a joke at first but they really helped us',
      'we don’t need to see anyone else this weekend, just us',
      'therapy? lol yes please, I’d love to try it with you',
      'no chance we get tickets, they sold out in a minute',
      'I’m not going to the party, I’m too tired, you go',
      'that meeting was a waste of time lol',
      "we don't need strangers at the wedding, just family",
      "I'm not going to therapy this week, my therapist is on holiday",
      "I'm not sure therapy is for me yet, but I'm glad it's helping you",
      "we don't need milk, I got some",
      'do you think it would help?',
      "I'm not paying for a therapist this month, the insurance covers it",
      "we're not seeing a counsellor on Monday, she moved it to Tuesday",
      "I'm not going to a therapist who doesn't speak Hindi, can you help me find one?",
    ],
  },
};
