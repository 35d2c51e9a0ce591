/** Bad command line (or a bad combination of flags): `message` is one line naming the problem. Exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  override name = 'UsageError';
}
