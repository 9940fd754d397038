import type { Rule } from './types';

export const blameVerbs: Rule = {
  id: 'blame-verbs',
  category: 'blame',
  description: 'The partner as the cause of the damage: “you ruined the evening”, “you started it”.',
  message: 'Putting it all on them',
  confidence: 0.85,
  patterns: [
    // "you ruined the whole evening", "you wrecked my car" (one pattern per verb: compromise does not
    // match {root} terms inside an alternation)
    ...['{ruin}', '{wreck}', '{destroy}', '{spoil}', '{cause}', '{mess} up', '{screw} up', '{blow} up'].map(
      (verb) => ({
        match: `you #Adverb? ${verb}`,
      }),
    ),
    // "we're only fighting because you started it"
    { match: 'you (started|caused|began) (it|this|all this|all of this|the fight|the argument)' },
    // "you pushed me to it", "you drove me to this"
    { match: 'you (pushed|drove|forced|provoked) me (to|into)' },
    // "you turned my own family against me"
    { match: 'you {turn} .{1,4} against me' },
    // "you're the one who forgot to book it"
    { match: 'you are the one (who|that)' },
    // "look what you did", "look what you made me do"
    { match: 'look (at)? what you (did|have done|made me do|have made me do|did to)' },
  ],
  examples: {
    flag: [
      '[[you ruined]] the whole evening',
      "don't blame me, [[you're the one who]] forgot to book it",
      '[[you turned my own family against me]]',
      '[[you wrecked]] my car and now you want me to be calm??',
      'I only snapped because [[you pushed me to]] it',
    ],
    pass: [
      "you didn't ruin anything, the cake was delicious",
      'the rain ruined the picnic',
      'I ruined the sauce again lol',
      'you turned the oven off right?',
    ],
  },
};
