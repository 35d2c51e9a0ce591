/** Provisioning could not produce an interpreter; `message` is one line saying why and what to do. */
export class ProvisionError extends Error {
  // Like a refused interpreter: there is nothing to run the checks with.
  readonly exitCode = 2;
  override name = 'ProvisionError';
}
