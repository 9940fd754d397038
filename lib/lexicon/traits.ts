/**
 * Labels for a person's character or inner state. Said of the partner ("you're so defensive"),
 * each is a diagnosis; said of a third party ("Sarah is so defensive") or of the writer, it is not.
 * Multi-word labels are written with spaces; hyphens in the text are read as spaces.
 */
// biome-ignore format: a dense data table reads better than one word per line
export const NEGATIVE_TRAITS = [
  'defensive', 'cold', 'distant', 'selfish', 'self absorbed', 'self centered', 'self obsessed',
  'passive aggressive', 'aggressive', 'paranoid', 'inconsiderate', 'dismissive', 'controlling',
  'manipulative', 'insecure', 'jealous', 'possessive', 'needy', 'clingy', 'lazy', 'immature',
  'childish', 'dramatic', 'hysterical', 'crazy', 'insane', 'irrational', 'unreasonable', 'impossible',
  'toxic', 'narcissistic', 'narcissist', 'emotionally unavailable', 'unavailable', 'closed off',
  'heartless', 'cruel', 'mean', 'rude', 'arrogant', 'stubborn', 'difficult', 'negative', 'bitter',
  'petty', 'spiteful', 'vindictive', 'cold hearted', 'judgmental', 'judgemental', 'critical',
  'condescending', 'patronizing', 'patronising', 'entitled', 'spoiled', 'spoilt', 'ungrateful',
  'unreliable', 'irresponsible', 'careless', 'thoughtless', 'clueless', 'oblivious', 'fake', 'two faced',
  'dishonest', 'sneaky', 'shady', 'avoidant', 'obsessed', 'obsessive', 'neurotic', 'hostile', 'moody',
  'grumpy', 'miserable', 'stingy', 'cheap', 'greedy', 'vain', 'shallow', 'boring', 'cowardly', 'weak',
  'spineless', 'sloppy', 'messy', 'overdramatic', 'coward', 'a coward',
  'oversensitive', 'over sensitive', 'touchy', 'uptight', 'high maintenance', 'full of yourself',
  'out of control', 'unbearable', 'exhausting', 'draining', 'impossible to please', 'never happy',
  'unhappy', 'angry', 'furious', 'hot headed', 'short tempered', 'volatile', 'unstable', 'nasty',
  'hypocritical', 'hypocrite', 'liar', 'cheater', 'control freak', 'workaholic', 'addict', 'alcoholic',
  'emotionless', 'robotic', 'cold blooded', 'callous', 'uncaring', 'unsupportive', 'insensitive',
  'self righteous', 'stuck up', 'bossy', 'pushy', 'demanding', 'nagging', 'whiny', 'passive',
  'checked out', 'not present', 'not over her', 'not over him', 'not over your ex', 'in denial',
  'weird', 'incapable', 'evasive', 'cagey', 'secretive', 'flaky', 'sulky', 'snappy', 'prickly',
  'irritable', 'sarcastic', 'cynical', 'hopeless', 'unfair', 'harsh', 'victim', 'disrespectful',
  'ignorant', 'disloyal', 'untrustworthy', 'unkind',
  // review round 49 and 50's labels (a kind of person, said of the partner)
  'snob', 'snobby', 'people pleaser', 'manipulator', 'pushover', 'cheapskate', 'bully', 'show off',
  'know it all', 'freeloader', "mama's boy", "mummy's boy", "mommy's boy", "momma's boy", "mammy's boy",
  'man child',
];

/** Behaviours that, said of the partner, diagnose them: "you shut down", "you're manipulating me". */
// biome-ignore format: a dense data table reads better than one word per line
export const DIAGNOSING_BEHAVIOURS = [
  'shut down', 'shut me out', 'shut off', 'close off', 'withdraw', 'stonewall', 'gaslight',
  'manipulate', 'sulk', 'overreact', 'overthink', 'play the victim', 'play games', 'twist my words',
  'twist everything', 'deflect', 'project', 'get defensive', 'go cold', 'go quiet', 'go silent',
  'check out', 'pretend', 'exaggerate', 'sabotage', 'guilt trip', 'lash out', 'blow up', 'push me away',
  'pull away', 'run away', 'control me', 'control everything', 'love playing the victim', 'twist things',
  'act innocent', 'play innocent', 'play dumb',
  'twist it',
  'like playing the victim', 'love being the victim',
];

/** Inner states attributed to the partner: "you're afraid of commitment", "you're scared of being vulnerable". */
export const ATTRIBUTED_STATES = [
  'afraid',
  'scared',
  'terrified',
  'frightened',
  'jealous',
  'threatened',
  'ashamed',
  'obsessed',
];

/** Relatives the partner is compared to: "you're just like your father". */
export const RELATIVES = [
  'father',
  'mother',
  'dad',
  'mom',
  'daddy',
  'parents',
  'brother',
  'sister',
  'ex',
  'family',
];
