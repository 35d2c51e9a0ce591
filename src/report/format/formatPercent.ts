/**
 * A share in [0, 1] as a percentage, '12.3 %'. A share that is not zero never rounds to '0.0 %'
 * (a single FORBIDDEN sample among millions must stay visible), nor a share below one to '100.0 %'.
 */
export const formatPercent = (share: number, digits = 1): string => {
  if (!Number.isFinite(share)) return '- %';
  const pct = share * 100;
  const step = 10 ** -digits;
  if (pct > 0 && pct < step) return `<${step.toFixed(digits)} %`;
  if (pct < 100 && pct > 100 - step) return `>${(100 - step).toFixed(digits)} %`;
  return `${pct.toFixed(digits)} %`;
};
