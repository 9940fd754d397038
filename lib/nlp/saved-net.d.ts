/** Types for ./saved-net.js (plain JavaScript: ./compromise-two.js imports it). */

/** A compromise match net as JSON: parsed entries in input order; hooks and `always` as entry indices. */
export interface SavedNet<Entry = object> {
  compromise: string;
  entries: Entry[];
  hooks: Record<string, number[]>;
  always: number[];
}

export interface LoadedNet {
  hooks: Record<string, object[]>;
  always: object[];
}

export function saveNet<Match extends object>(
  matches: readonly Match[],
  buildNet: (copies: Match[]) => { hooks: Record<string, object[]>; always: object[] },
  version: string,
): string;

export function loadNet<Entry, Match>(
  file: SavedNet<Entry>,
  matches: readonly Match[],
  version: string,
  same: (saved: Entry, match: Match) => boolean,
): LoadedNet | undefined;
