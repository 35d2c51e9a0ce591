/**
 * Races of ftconform's own harness, not of the containers under test, added to CPython's suppressions.
 * Threads meet by spinning on an array('q') that each writes and the others read (templates/_scenario.py.ejs):
 * deliberately racy, and array's item accessors are plain loads and stores.
 */
export const HARNESS_SUPPRESSIONS: readonly string[] = [
  'race_top:q_getitem',
  'race_top:q_setitem',
];
