// Order statistics shared by the benchmarks, so every figure called a median is the same one.

/** The value at quantile q (0..1) of xs; the upper middle for an even count. */
export const quantile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);
