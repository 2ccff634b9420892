/** Interface text of the timeline part, in English. */
export const timeline = {};
