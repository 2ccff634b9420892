/** Interface text of the embed part, in English. */
export const embed = {};
