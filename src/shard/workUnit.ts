/**
 * The smallest piece of a run a shard takes: one scenario draw of one property on one interpreter,
 * or a whole negative control (its extra draws happen only when the first ones never fired, so
 * splitting them would change what runs).
 */
export interface WorkUnit {
  /** Index of the interpreter in the run's list. */
  readonly interp: number;
  readonly suite: string;
  readonly property: string;
  /** fast-check's run index of the draw, or every draw of the property. */
  readonly draw: number | 'all';
  /** Expected seconds. */
  readonly weight: number;
  /** The unit's middle on the run's time line, as a share of the whole (0 ≤ at < 1). */
  readonly at: number;
}

/**
 * The shard (1..total) that runs a unit: the run's time line cut into `total` equal lengths, in order,
 * so shards are balanced by expected time to within one unit and a property's draws stay together. Pure.
 */
export const shardOf = (unit: WorkUnit, total: number): number => Math.min(total, Math.floor(unit.at * total) + 1);
