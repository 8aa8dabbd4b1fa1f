/**
 * A byte count for people: "812 B", "1.4 KB", "3.2 MB". One decimal below
 * ten units, so a small evidence total never reads "0.0 MB".
 */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  // Round first, so 1023.96 KB does not print as "1024.0 KB".
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  if (rounded >= 1024 && unit < units.length - 1) return `1.0 ${units[unit + 1]}`;
  return `${value < 10 ? rounded.toFixed(1) : rounded} ${units[unit]}`;
}
