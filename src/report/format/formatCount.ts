/** An integer with thousands separators, independent of the locale: 1234567 → '1,234,567'. */
export const formatCount = (n: number): string => {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
};
