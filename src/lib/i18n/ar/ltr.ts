/**
 * A left-to-right run inside Arabic text (a path, a code, an ISO date), set between
 * Unicode's left-to-right isolate and pop isolate so that the bidirectional algorithm
 * keeps its order: "/api/v2/" stays so, and "2011-11-30" does not become "30-11-2011".
 */
export const ltr = (text: string) => `\u2066${text}\u2069`;
