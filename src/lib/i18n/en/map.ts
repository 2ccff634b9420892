/** Interface text of the map part, in English. */
export const map = {};
