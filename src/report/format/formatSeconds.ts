/** Milliseconds as seconds for a sentence: '0.4 s', '2.1 s', '20 s', '95 s'. */
export const formatSeconds = (ms: number): string => {
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
};
