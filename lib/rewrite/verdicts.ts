/**
 * Four verdicts borrowed from therapy talk, answered with what the writer is missing instead of a stock
 * "I feel hurt": "narcissist" (room for the writer, or support at a time that mattered), "manipulative"
 * (words turned around, tears that end the talk, guilt), "gaslighting" (what happened, remembered
 * differently) and "toxic" (a kinder way to talk).
 *
 * Graded over review rounds 2-57, 40 of 42 messages calling the partner a narcissist and 33 of 34 calling
 * them manipulative had a first rewrite that was generic or changed the meaning ("Can I be honest about
 * how this lands for me? I feel hurt…", "I feel anxious, and I'd like reassurance"), while the sentence
 * beside the label said what the writer wanted: "everything is about your startup", "even my dad's
 * funeral", "you twist everything I say". As with the labels in labels.ts, a deed said beside the verdict
 * is the builders' own reading and comes first; these are asked only when there is none.
 */

import { type LabelSpecial, labelAt } from './labels';
import { OCCASION, plainClause } from './parts';
import type { FlaggedSentence, Word } from './sentence';

const CENTRE = /^(narcissist|narcissists|narcissistic|narc|egomaniac|egotist|egotistical)$/;
const MANIPULATES = /^(manipulative|manipulator|manipulating|manipulate|manipulates|manipulation)$/;
const GASLIGHTS = /^(gaslight|gaslights|gaslighting|gaslighter|gaslit)$/;
const TOXIC = /^toxic$/;

/** A clause's words, and the sentence's, ending where a clause ends or a verb goes on about the partner. */
const PHRASE_ENDS = /^(was|were|is|became|becomes|turned|somehow|got|had|has|and|but|too|about|even)$/;

/**
 * "even my dad's funeral (was about you)", "even about the dog's surgery", "even at my sister's wedding":
 * the occasion, as typed, from "my", "our", "the" or "your" to its noun. Undefined where the words after
 * "even" name no such time ("even my therapist agrees").
 */
function occasionIn(words: readonly Word[]): string | undefined {
  for (let k = 0; k < words.length - 1; k++) {
    if ((words[k] as Word).w !== 'even') continue;
    let j = k + 1;
    if (/^(about|at|with|on|during|for|in)$/.test(words[j]?.w ?? '')) j++;
    if (!/^(my|our|the|your)$/.test(words[j]?.w ?? '')) continue;
    for (let end = j + 1; end < Math.min(words.length, j + 5); end++) {
      const x = words[end] as Word;
      // "dad's" is read as "dad" and an unshown "is".
      if (x.d === '' && x.clause === (words[j] as Word).clause) continue;
      if (x.clause !== (words[j] as Word).clause || PHRASE_ENDS.test(x.w) || x.harsh || x.label) break;
      if (OCCASION.test(x.w)) {
        const text = plainClause(words, j, end + 1);
        return /^[\p{L}\d\s'’-]+$/u.test(text) ? text.replace(/^your\b/i, 'your') : undefined;
      }
    }
  }
  return undefined;
}

/** A partner's thing that is no pastime to set aside: health, a body that hurts, feelings, worries. */
const NOT_A_PASTIME =
  /^(back|knee|knees|hip|hips|shoulder|neck|leg|legs|foot|feet|ankle|wrist|arm|hand|head|tooth|teeth|sore|bad|injury|injured|surgery|op|pain|ache|health|illness|stress|feelings|feeling|problems|problem|needs|mood|moods|mental|anxiety|depression|day)$/;

/**
 * "everything is about your band", "everything's about you and your cricket": what the partner's
 * attention goes to, as typed from "your" to the clause's end (up to six words). Undefined for "about
 * you" alone, "how you feel", or a thing of health or feeling ("your bad back", "your feelings").
 */
function attentionIn(words: readonly Word[]): string | undefined {
  for (let k = 1; k < words.length - 1; k++) {
    if ((words[k] as Word).w !== 'about') continue;
    const before = words.slice(Math.max(0, k - 5), k).map((x) => x.w);
    if (!before.some((w) => /^(everything|everythin|all|always|every)$/.test(w))) continue;
    let j = k + 1;
    // "about you and your cricket": the thing beside "you".
    if (words[j]?.w === 'you' && words[j + 1]?.w === 'and') j += 2;
    if (words[j]?.w !== 'your') continue;
    let end = j + 1;
    while (
      end < words.length &&
      (words[end] as Word).clause === (words[j] as Word).clause &&
      !/^(but|so|because|even|again|somehow|lol|tbh|honestly)$/.test((words[end] as Word).w)
    )
      end++;
    const own = words.slice(j, end);
    if (own.length < 2 || own.length > 6 || own.some((x) => x.harsh || x.label)) continue;
    if (own.some((x) => NOT_A_PASTIME.test(x.w))) continue;
    const text = plainClause(words, j, end);
    if (/^[\p{L}\d\s'’-]+$/u.test(text)) return text.toLowerCase();
  }
  return undefined;
}

/**
 * "you're a narcissist, everything has to be about you, even my dad's funeral" → "I really needed to feel
 * supported around my dad's funeral, and I didn't."; "…everything is about your startup" → "Lately so much
 * of our attention goes to your startup, and I'd love some room for me and us too."; bare, room for what
 * the writer is going through.
 */
function centreNamed(
  words: readonly Word[],
  all: () => readonly (readonly Word[])[],
): LabelSpecial | undefined {
  if (labelAt(words, CENTRE) < 0) return undefined;
  const occasion = all().map(occasionIn).find(Boolean);
  if (occasion)
    return {
      name: 'supported-around',
      texts: [`I really needed to feel supported around ${occasion}, and I didn't. Could we talk about it?`],
    };
  const thing = all().map(attentionIn).find(Boolean);
  if (thing)
    return {
      name: 'room-for-us',
      texts: [
        `Lately so much of our attention goes to ${thing}, and I'd love some room for me and us too. Could we talk about it?`,
      ],
    };
  return {
    name: 'room-for-me',
    names: ['room-for-me', 'matters-too'],
    texts: [
      "Lately I've been feeling unheard, and I'd love there to be room for what I'm going through too. Could we talk about it?",
      "I'd love to feel that what I'm going through matters to you as well. Could we make some time to talk about how I've been?",
    ],
  };
}

/** Verbs that turn words by themselves ("twist", "spin"), and "turn", which needs "around" after it. */
const TWISTS = /^(twist|twists|twisted|twisting|spin|spins)$/;
const TURNS = /^(turn|turns|turned|turning)$/;
const TEARS = /^(cry|cries|crying|cried|tears|tear|sob|sobbing|waterworks|weep|weeping)$/;
/** "…until I'm the one apologising", "…so I'm the bad guy", "…the villain". */
const MADE_WRONG = /^(apologising|apologizing|apologise|apologize|sorry|villain|bad|wrong|blame)$/;

/** "(You cried so I'd drop) the subject of the money", "(so I feel guilty) about the credit card". */
function talkedOf(words: readonly Word[]): string | undefined {
  for (let k = 0; k < words.length - 2; k++) {
    if (!/^(about|of|over)$/.test((words[k] as Word).w)) continue;
    const j = k + 1;
    if (!/^(the|our|my)$/.test(words[j]?.w ?? '')) continue;
    if (words[j + 1]?.w === 'subject' || words[j + 1]?.w === 'topic') continue;
    let end = j + 1;
    while (
      end < words.length &&
      end < j + 4 &&
      (words[end] as Word).clause === (words[j] as Word).clause &&
      /^[\p{L}'’-]+$/u.test((words[end] as Word).w) &&
      !/^(and|but|so|until|till|because|when|again|every|then|too)$/.test((words[end] as Word).w)
    )
      end++;
    // Inside the flagged phrase is fine ("stop gaslighting me about the receipts" is flagged whole); a
    // label is not.
    const own = words.slice(j, end);
    if (own.length < 2 || own.some((x) => x.label)) continue;
    const text = plainClause(words, j, end);
    if (/^[\p{L}\s'’-]+$/u.test(text)) return text.toLowerCase();
  }
  return undefined;
}

/** Whether the words turn what the writer says around: "twist everything I say", "turn it around on me". */
function turnsWords(ws: readonly Word[]): boolean {
  return ws.some(
    (x, i) =>
      TWISTS.test(x.w) ||
      (TURNS.test(x.w) && ws.slice(i + 1, i + 5).some((y) => y.w === 'around' || y.w === 'round')),
  );
}

/**
 * "you're manipulative. you twist everything I say" → words turned around, and both heard; "…you cry so
 * I'll drop it" → what the writer meant to say, come back to calmly; bare, saying what each wants
 * straight out.
 */
function manipulationNamed(
  words: readonly Word[],
  all: () => readonly (readonly Word[])[],
): LabelSpecial | undefined {
  if (labelAt(words, MANIPULATES) < 0) return undefined;
  const said = all();
  if (said.some(turnsWords))
    return {
      name: 'words-turned',
      texts: [
        said.some((ws) => ws.some((x) => MADE_WRONG.test(x.w)))
          ? "When we argue, I feel like my words get turned around until I'm the one in the wrong. I'd like us both to feel heard. Could we slow down and take turns?"
          : "When we argue, I feel like my words get turned around. I'd like us both to feel heard. Could we slow down and take turns?",
      ],
    };
  if (said.some((ws) => ws.some((x) => TEARS.test(x.w)))) {
    const about = said.map(talkedOf).find(Boolean);
    return {
      name: 'come-back-to-it',
      texts: [
        `When things get tearful between us, I lose track of what I needed to say${about ? ` about ${about}` : ''}, and it doesn't get settled. Could we find a calm time to come back to it together?`,
      ],
    };
  }
  return {
    name: 'straight-out',
    texts: [
      "I'd like us both to be able to say what we want straight out, without pressure on either side. Could we talk about how we've been handling things?",
    ],
  };
}

/** Words of what was said or seen, after "I know (exactly)": "what you said at the braai". */
function rememberedIn(words: readonly Word[]): string | undefined {
  for (let k = 0; k < words.length - 2; k++) {
    const x = words[k] as Word;
    // "stop gaslighting me about the receipts": what it is about.
    if (x.w === 'about' && GASLIGHTS.test(words[k - 2]?.w ?? words[k - 1]?.w ?? '')) {
      const about = talkedOf(words.slice(k));
      if (about) return about;
    }
    if (x.w !== 'know' || words[k - 1]?.w !== 'i') continue;
    let j = k + 1;
    if (/^(exactly|full|well)$/.test(words[j]?.w ?? '')) j++;
    if (words[j]?.w !== 'what' || !/^(you|u)$/.test(words[j + 1]?.w ?? '')) continue;
    const verb = words[j + 2]?.w ?? '';
    if (!/^(said|did|told|saw|wrote|texted|promised)$/.test(verb)) continue;
    let end = j + 3;
    while (
      end < words.length &&
      end < j + 9 &&
      (words[end] as Word).clause === (words[j] as Word).clause &&
      !/^(and|but|so|because)$/.test((words[end] as Word).w)
    )
      end++;
    const own = words.slice(j, end);
    if (own.some((y) => y.harsh || y.label)) continue;
    const text = plainClause(words, j, end);
    if (/^[\p{L}\d\s'’-]+$/u.test(text)) return text.toLowerCase().replace(/^what (you|u) /, 'what you ');
  }
  return undefined;
}

/**
 * "stop gaslighting me about the receipts" → "I remember the receipts differently, and it's unsettling
 * when we can't agree on what happened."; "…I know exactly what you said at the braai" → what was said,
 * remembered differently; bare, things remembered differently.
 */
function gaslightNamed(
  words: readonly Word[],
  all: () => readonly (readonly Word[])[],
): LabelSpecial | undefined {
  if (labelAt(words, GASLIGHTS) < 0) return undefined;
  const remembered = all().map(rememberedIn).find(Boolean);
  return {
    name: 'remember-differently',
    texts: [
      remembered
        ? `I remember ${remembered} differently, and it's unsettling when we can't agree on what happened. Could we go through it together, calmly?`
        : "I remember things differently, and it's unsettling when I start doubting myself. Could we go through what happened together, calmly?",
    ],
  };
}

/** People and things a "toxic" may be said of that are not the partner: "your toxic mum", "toxic job". */
const NOT_THE_PARTNER =
  /^(mom|mother|dad|father|family|friend|friends|ex|boss|job|work|workplace|sister|brother|parents|mate|mates|masculinity|positivity|trait|traits|habit|habits)$/;

/** "ur literally so toxic", "you're toxic": a kinder way to talk, asked for. */
function toxicNamed(words: readonly Word[]): LabelSpecial | undefined {
  const k = labelAt(words, TOXIC);
  if (k < 0) return undefined;
  const next = words[k + 1];
  if (next && next.clause === (words[k] as Word).clause && NOT_THE_PARTNER.test(next.w)) return undefined;
  // "you're toxic" said of the partner: "you", "ur" or "you're" before it in its clause.
  const own = words.slice(0, k).filter((x) => x.clause === (words[k] as Word).clause);
  if (!own.some((x) => /^(you|u|ya)$/.test(x.w))) return undefined;
  return {
    name: 'kinder-way',
    texts: [
      "Things between us have felt really heavy lately, and I'd like us to find a kinder way to talk to each other. Could we sit down and talk about how?",
    ],
  };
}

/**
 * The need behind a therapy-talk verdict, or undefined. `near` is the sentences around the flagged one and
 * `message` the whole message's words, read in that order only when the sentence alone does not say it.
 */
export function verdictNamed(
  sentence: FlaggedSentence,
  near: () => readonly FlaggedSentence[],
  message?: readonly Word[],
): LabelSpecial | undefined {
  const { words } = sentence;
  let around: (readonly Word[])[] | undefined;
  // The whole message last: "You're a narcissist. Everything is about you. Even my dad's surgery…".
  const all = () => {
    around ??= [words, ...near().map((other) => other.words), ...(message ? [message] : [])];
    return around;
  };
  return (
    centreNamed(words, all) ?? manipulationNamed(words, all) ?? gaslightNamed(words, all) ?? toxicNamed(words)
  );
}
