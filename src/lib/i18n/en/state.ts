/** Interface text of the state part, in English. */
export const state = {};
