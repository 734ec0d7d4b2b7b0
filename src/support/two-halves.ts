/**
 * Linking a tree (cp --link) and walking it (find) are bound by system calls: on a build's two cores or more, two
 * processes, each given half of a big directory's entries, take 0.6 times as long as one (150,000 files here). From
 * this many entries pyslug splits such work; below it, the second process start costs more than it saves.
 * bin/lib/tree.sh splits the shim's early copy at the same count (TREE_SPLIT_MIN_ENTRIES).
 */
export const SPLIT_MIN_ENTRIES = 100;

/** `items` in two halves, taken alternately (neighbours in sorted order go to different halves). Pure. */
export function twoHalves<T>(items: readonly T[]): [T[], T[]] {
  return [items.filter((_, i) => i % 2 === 0), items.filter((_, i) => i % 2 === 1)];
}
