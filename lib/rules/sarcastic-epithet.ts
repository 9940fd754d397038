import { INSULTS } from '../lexicon/phrases';
import { opensOnSomeoneElse, predicateValence, warmTowardPartner } from './grammar';
import type { Rule } from './types';

export const sarcasticEpithet: Rule = {
  id: 'sarcastic-epithet',
  category: 'contempt',
  // Mockery colours the whole sentence ("oh great, another brilliant idea of yours 🙄"): rewrite all of it.
  scope: 'sentence',
  description: 'Mock titles as a form of address: “ok genius”, “whatever you say boss”.',
  message: 'Mocking them',
  confidence: 0.85,
  phrases: INSULTS.sarcastic,
  patterns: [
    // "Mr Know-It-All with the boda boda business", "ok Miss Always Right": a mock title, a courtesy
    // title before a trait instead of a name.
    {
      match:
        '(mr|mister|mrs|miss|ms|lady|lord|saint|little miss) (know it all|know all|always right|never wrong|big shot|high and mighty|holier than thou|goody two shoes|fix it|nice guy|perfect|busy|important|responsible|popular|muck|moneybags|organised|organized|sensible|innocent|wonderful|reliable|generous|punctual|helpful|healthy|hero|right)',
    },
  ],
  accept(m) {
    // A mock title wherever it stands, but not a title someone else gave ("the kids call him Mr Fix It
    // lol") or one said fondly.
    if (m.kind === 'pattern')
      return (
        !m.before.some((w) => /^(call|calls|called|calling|named|nicknamed)$/.test(w)) &&
        // "My dad was the Mr Fix-It of the whole yard": a title someone else is said to be (blind round 83);
        // not "my mum thinks you're Mr Perfect", which says it of the partner.
        !(
          opensOnSomeoneElse(
            m.before.filter((w, k) => k > 0 || !/^(so|and|but|well|oh|honestly|apparently)$/.test(w)),
            m.messageText,
          ) && !m.sentence.some((w) => /^(you|your|yours|u|ur|yourself)$/.test(w))
        ) &&
        !/\b(lol|haha\w*|lmao|love you|xx+)\b/i.test(m.messageText)
      );
    // "…you remembered the gas AND the cafezinho! Genius. Te amo.": a one-word verdict in a warm message
    // whose words are praise, not a complaint (blind round 53).
    if (
      m.before.length === 0 &&
      m.after.length === 0 &&
      warmTowardPartner(m) &&
      predicateValence(m.messageText.split(' ')) > 0
    )
      return false;
    const prev = m.before[m.before.length - 1];
    const vocative = [
      'ok',
      'sure',
      'thanks',
      'job',
      'done',
      'one',
      'right',
      'say',
      'yes',
      'yeah',
      'well',
      'oh',
      'wow',
      'lol',
    ];
    return (prev !== undefined && vocative.includes(prev)) || (m.before.length === 0 && m.after.length === 0);
  },
  examples: {
    flag: [
      'lol ok [[genius]]',
      'great job [[genius]], you ruined the whole trip',
      'k whatever you say [[boss]]',
      "You think you're so clever. [[Mr Know-It-All]] who can't boil an egg.",
      'fine, [[Miss Always Right]], have it your way',
      "my mum thinks you're [[Mr Perfect]], she hasn't seen your socks all over the floor",
    ],
    pass: [
      'Parabéns, you remembered the gas AND the cafezinho for the caravan! Genius. Te amo.',
      'my boss always picks on me',
      'she is a genius at maths',
      'the boss said we can leave early',
      'the kids call you Mr Fix It now haha',
      'Mr Bigsby from next door dropped the parcel round',
      'my grandad was the Mr Fix-It of the whole street, he had a shed full of spare parts',
      'so my dad was the Mr Fix-It of his whole street back in the day',
    ],
  },
};
