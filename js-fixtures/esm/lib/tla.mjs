await Promise.resolve();
export const late = 1;
