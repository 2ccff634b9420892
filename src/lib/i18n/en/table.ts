/** Interface text of the table part, in English. */
export const table = {};
