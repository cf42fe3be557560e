export const value = 'v';
