import type { Operation } from '../catalogue/operation.ts';
import { compareVersions } from '../interp/compareVersions.ts';

/**
 * The operation as the given Python version documents it. A guarantee first written in a later
 * version's docs (e.g. the 3.14 "Thread Safety Guarantees" page) is not held against an older
 * interpreter: there an "atomic" operation is only expected to be safe (no lost or invented elements).
 */
export const guaranteeFor = (op: Operation, version: string | undefined): Operation => {
  if (version === undefined || op.guarantee !== 'atomic') return op;
  const minor = version.split('.').slice(0, 2).join('.');
  if (compareVersions(minor, op.doc.since) >= 0) return op;
  // Not documented atomic here: a writer may expose intermediate states, a reader may see them.
  return op.writes ? { ...op, guarantee: 'safe', intermediate: true }
    : { ...op, guarantee: 'lock-free-read', weakWhen: op.weakWhen ?? 'intermediate' };
};

/** Which documentation the expectations of these operations came from, for reports. */
export const expectationsFrom = (ops: readonly Operation[], version: string): string => {
  const minor = version.split('.').slice(0, 2).join('.');
  const since = [...new Set(ops.map((op) => op.doc.since))].sort(compareVersions);
  const applied = since.filter((v) => compareVersions(minor, v) >= 0);
  const later = since.filter((v) => compareVersions(minor, v) < 0);
  return `Python ${minor}: guarantees documented since ${applied.join(', ') || '-'}`
    + (later.length ? `; statements first made in the ${later.join(', ')} docs applied only as "safe"` : '');
};
