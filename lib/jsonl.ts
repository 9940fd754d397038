/**
 * Each non-blank line of a JSON Lines text, parsed and handed to `each` with its 1-based line number, in
 * order; a line that is not JSON throws the message `notJson` gives it.
 */
export function jsonLines<T>(
  source: string,
  notJson: (line: number) => string,
  each: (json: unknown, line: number) => T,
): T[] {
  const out: T[] = [];
  source.split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(notJson(i + 1));
    }
    out.push(each(json, i + 1));
  });
  return out;
}
