import { negatedBefore, predicateValence, warmTowardPartner } from './grammar';
import type { Rule } from './types';

/** What the partner's act is said to have landed the couple in: "…we wouldn't be in this mess". */
const PREDICAMENTS = new Set([
  'mess',
  'situation',
  'trouble',
  'position',
  'state',
  'fighting',
  'arguing',
  'debt',
  'broke',
]);

/** Words of something gone wrong, that "down to you" then blames: "the deposit's gone and that's down to you". */
const WENT_WRONG = new Set([
  'kept',
  'lost',
  'gone',
  'ruined',
  'missed',
  'late',
  'broke',
  'broken',
  'failed',
  'failing',
  'towed',
  'fined',
  'cut',
  'bounced',
  'overdrawn',
  'mess',
  'wrong',
  'crying',
  'cancelled',
  'canceled',
  'short',
]);

export const yourFault: Rule = {
  id: 'your-fault',
  category: 'blame',
  description: 'Fault assigned to the partner: “it’s your fault”, “because of you”, “this is on you”.',
  message: 'Assigning fault',
  confidence: 0.9,
  phrases: [
    'your fault',
    'because of you',
    'because of your',
    'thanks to you',
    'this is on you',
    'it is on you that',
    'that is on you',
    'you are to blame',
    'blame you',
    'all on you',
    'your mess',
    'your doing',
    'your own fault',
    'brought this on yourself',
    'bring this on yourself',
    'had it coming',
    'your problem not mine',
    'on you not me',
    'down to you',
  ],
  patterns: [
    // "I wouldn't have to nag if you did anything": the writer's act blamed on the partner
    { match: 'i would not have to .{1,5} if you' },
    // "if you had listened we wouldn't be in this mess"
    { match: 'if you had .{1,6} (we|i) would not' },
    // "this mess is on you"
    { match: '(this|that|the) (mess|situation|state|disaster) is (all)? on you' },
    // "if you hadn't said that to my mum none of this would have happened"
    { match: 'if you had not .{1,8} (none|nothing|this|it|we|i) .{0,2} would' },
    // "well who forgot the passports? not me": a question that points
    { match: 'who (forgot|lost|broke|left|ruined|missed|spent|booked|said) .{0,6}' },
    // "(we) wouldn't be late if you'd filled the ute": the predicament first, the partner's lapse after it
    // (blind round 87).
    { match: 'would not (be|have been|have) .{1,4} if you (had|would have|would)' },
  ],
  accept(m) {
    // "who forgot the passports?" points only with the writer's "not me" after it.
    if (m.kind === 'pattern' && m.patternIndex === 4) return /\bnot me\b/.test(m.messageText) ? 0.75 : false;
    if (m.kind === 'pattern' && m.patternIndex === 1) {
      // "…we wouldn't be in this mess" blames; "if you had told me I wouldn't have worried" explains.
      const after = m.sentenceAfter.slice(0, 8);
      return !m.isQuestion && after.some((w) => PREDICAMENTS.has(w));
    }
    // "if you hadn't said anything I would have forgotten, thank you" is gratitude.
    if (m.kind === 'pattern' && m.patternIndex === 3)
      return (
        !m.isQuestion &&
        !/\b(thank|thanks|grateful|glad)\b/.test(m.messageText) &&
        (m.words.includes('none') ||
          m.words.includes('nothing') ||
          m.sentenceAfter.some((w) => PREDICAMENTS.has(w)))
      );
    // ("I wouldn't be so happy if you hadn't…" and "…if you had asked me, thank you" are not blame.)
    if (m.kind === 'pattern' && m.patternIndex === 5)
      return (
        !m.isQuestion &&
        m.words.some((w) => PREDICAMENTS.has(w) || WENT_WRONG.has(w)) &&
        !/\b(thank|thanks|grateful|glad|lol|haha\w*)\b/.test(m.messageText)
      );
    if (m.kind === 'pattern') return !m.isQuestion;
    // "it's on you that we got the flat" credits; "…that we're in this state" blames.
    if (m.words.join(' ') === 'it is on you that')
      return m.sentenceAfter.some((w) => PREDICAMENTS.has(w)) || predicateValence(m.sentenceAfter) < 0;
    // "that's on you, you pick the restaurant this time": a turn, not a fault.
    if (
      m.words.includes('on') &&
      ['pick', 'choose', 'turn', 'decide', 'tonight'].some((w) => m.messageWords.has(w))
    )
      return false;
    // Credit in blame's words, in a warm message with nothing bad after it: "because of you the stall
    // sold out, I'm so proud of you", "the garden's all your doing ❤️" (blind rounds 24 and 25).
    if (m.kind === 'phrase' && warmTowardPartner(m) && predicateValence(m.sentenceAfter) >= 0) return false;
    // "it's because of you that I believe in myself" credits, and so does what it made possible at
    // last: "because of your overtime we can finally pay off the car" (blind round 22). Something gone
    // wrong after it never does: "…we missed the matatu … and now we will reach the harambee late" reads
    // as a positive product of two negatives (blind round 75).
    if (
      ['because of you', 'because of your'].includes(m.words.join(' ')) &&
      ((predicateValence(m.sentenceAfter) > 0 &&
        !m.sentenceAfter.some((w) => WENT_WRONG.has(w)) &&
        // "…my mother now thinks I can't manage money" is a loss the negation makes read as a gain: with a
        // negation, only warmth says credit (blind round 80).
        (!m.sentenceAfter.some((w) => /^(not|never|no|cannot)$/.test(w)) || warmTowardPartner(m))) ||
        /\b(we|i) (can|could|are able to|get to) finally\b/.test(m.sentenceAfter.join(' ')))
    )
      return false;
    // "because of your advice I got the job!" credits.
    if (
      m.words.join(' ') === 'because of your' &&
      ['advice', 'help', 'support', 'idea', 'encouragement', 'love', 'kindness'].includes(m.after[0] ?? '')
    )
      return false;
    // "it's not your fault", "not because of you" reassure.
    if (negatedBefore(m, 3)) return false;
    // "your mess" blames only as a verdict ("it's your mess"), not "your messy desk" or a question.
    if (
      ['your mess', 'your doing'].includes(m.words.join(' ')) &&
      (m.isQuestion ||
        !['is', 'your', 'clean', 'sort'].some((w) => m.before.includes(w) || m.after.includes(w)))
    )
      return false;
    // "thanks to you" is often gratitude: only blame when the sentence is about damage.
    if (m.words[0] === 'thanks') {
      const bad = [
        'late',
        'ruined',
        'gone',
        'broke',
        'broken',
        'stressed',
        'fighting',
        'mess',
        'missed',
        'lost',
        'worst',
        'awful',
        'terrible',
        'horrible',
      ];
      return m.sentence.some((w) => bad.includes(w)) ? 0.7 : false;
    }
    if (m.words.join(' ') === 'blame you' && m.before.at(-1) !== 'i') return false;
    // "the deposit's gone and that's down to you" blames; "it's down to you where we eat" leaves a
    // choice, and "down to you and me" shares it (blind round 41).
    if (m.words.join(' ') === 'down to you') {
      if (m.isQuestion || !['is', 'was', 'all'].includes(m.before.at(-1) ?? '')) return false;
      if (
        /^(and (me|i)|to (pick|choose|decide)|(where|what|which|whether|when|who|if|how)\b)/.test(
          m.after.join(' '),
        )
      )
        return false;
      const gone = m.sentence.some((w) => WENT_WRONG.has(w)) || predicateValence(m.sentence) < 0;
      return gone ? 0.8 : false;
    }
    return true;
  },
  examples: {
    flag: [
      '[[Because of you]] my dad now thinks I can’t hold down a job',
      'it’s [[your own fault]] you’re tired, you stayed up gaming',
      'you [[brought this on yourself]]',
      '[[this mess is on you]]',
      '[[thanks to you]] I’ve had the worst week',
      '[[it’s on you that]] we’re in this state',
      "it's [[your fault]] we're always late",
      "[[because of you]] we can't afford the holiday",
      'im this stressed [[because of u]]',
      "and now I'm in a foul mood [[because of you]]",
      "ok cool. anyway it's [[your mess]], you sort it out",
      "[[I wouldn't have to nag if you]] did anything",
      "[[if you had listened we wouldn't]] be in this mess",
      'well [[who forgot the passports]]? not me',
      'this is all [[your doing]]',
      "[[if you hadn't said that to my mum none of this would]] have happened",
      "we [[wouldn't be late if you'd]] filled the ute like I asked",
      'I [[would not have been fined if you had]] paid the toll',
      '[[because of you]] we lost the deposit. thanks a lot',
      'its [[because of you]] we missed the ferry and the kids were crying the whole way',
      'we missed the flight [[thanks to you]] 🙄 love you too',
      "so proud of you for 'sorting' the boiler, this is [[all on you]]",
      "Landlord kept the whole deposit, and that's [[down to you]] and the state you left the oven in",
      'we missed the ferry and that is all [[down to you]]',
    ],
    pass: [
      "it's nae your fault the dug's fat, the vet says it's his thyroid",
      'it’s because of you that I believe in myself',
      'it’s my own fault I’m tired, I stayed up reading',
      'because of your advice I got the job!',
      'because of your night shifts we can finally book the cottage in May',
      'it’s on you that we got the flat, you found it',
      "if you hadn't said anything I would have forgotten, thank you",
      "I wouldn't be so calm if you hadn't talked me down, thank you",
      "we wouldn't be late if you'd told me the new time, but honestly no harm, I should have checked lol",
      "it's not your fault, please don't beat yourself up",
      "if you had told me earlier I wouldn't have worried so much",
      'who left the door open? the cat lol',
      "that's on you, you pick the restaurant this time",
      'sorry about your messy desk, I moved some papers',
      "the landlord said it's our fault the boiler broke",
      'I got the job thanks to you!',
      'not because of you, I promise',
      'because of you the stall sold out by noon, so proud of you',
      'the garden looks like a magazine and that is all your doing ❤️',
      'thanks to you the kids finally sleep through. love you',
      "it's down to you where we eat tonight",
      'the flat looks amazing and that is all down to you ❤️',
      'whether we go to the wedding is down to you and me',
    ],
  },
};
