/** A first letter up or down, the rest as it was ("the bins" → "The bins", "Could you" → "could you"). */
export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
