/** Small wording helpers shared by every reader-facing message. */

/** "1 claim", "2 claims", "1 person", "3 people". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
