/** Longest text analysed in one message: beyond this the tail is not read (a huge paste stays intact). */
export const MAX_ANALYZE_CHARS = 200_000;
