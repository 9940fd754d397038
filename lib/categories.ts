import type { Category } from './types';

export interface CategoryInfo {
  /** The category in plain words, for the card. */
  label: string;
  /** Why it hurts, one sentence grounded in the psychotherapist's article Softer is built on (on asking a reluctant partner to try therapy). */
  why: string;
  /** The article principle that answers it. */
  principle: { title: string; explanation: string };
}

export const CATEGORY_INFO: Record<Category, CategoryInfo> = {
  absolute: {
    label: 'Sweeping generalisation',
    why: '“Always” and “never” turn one hurt into a verdict on the whole person, and a verdict invites defensiveness, not connection.',
    principle: {
      title: 'Name one situation',
      explanation: 'Speak from your own experience of one moment instead of summing up who they are.',
    },
  },
  diagnosis: {
    label: 'Diagnosing them',
    why: 'Speaking from your own experience invites connection; a diagnosis of theirs invites defensiveness.',
    principle: {
      title: 'Speak from your own experience',
      explanation: '“I feel really stuck” reaches them; “you shut down” makes them defend themselves.',
    },
  },
  blame: {
    label: 'Blame',
    why: 'Blame makes the other person defend themselves; saying what you feel and need lets them come toward you.',
    principle: {
      title: 'Your feeling and your need',
      explanation: 'Own your part: say how it felt and what would help, not whose fault it is.',
    },
  },
  contempt: {
    label: 'Contempt',
    why: 'Mockery and name-calling wound more than any complaint; the hurt underneath is what you actually want them to hear.',
    principle: {
      title: 'Say the hurt underneath',
      explanation: 'Respect keeps them listening: name what hurt instead of what is wrong with them.',
    },
  },
  ultimatum: {
    label: 'Ultimatum',
    why: 'A threat forces a yes without changing anything; a boundary says honestly what you can and cannot keep sustaining.',
    principle: {
      title: 'A boundary, not an ultimatum',
      explanation: 'Say kindly what you need and what you will do for yourself, without a threat.',
    },
  },
  stonewall: {
    label: 'Shutting the conversation down',
    why: 'Shutting the talk down leaves the other person alone with it; asking for a pause, or getting curious about what this means to them, keeps you connected.',
    principle: {
      title: 'Pause, or get curious',
      explanation: 'Ask for time and name when you will come back, or ask what the request means to them.',
    },
  },
  crisis: {
    label: 'Crisis framing',
    why: 'Framing help as a last resort or an emergency raises the threat; help is a space to learn and grow, not emergency repair.',
    principle: {
      title: 'Separate help from crisis',
      explanation: 'Ask for support as something you want to learn together, chosen in a calm moment.',
    },
  },
};
