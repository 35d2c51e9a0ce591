/** How an error ends the process: one line for stderr and an exit code. Pure. */
export const describeError = (e: unknown): { readonly line: string; readonly exitCode: number } => {
  // UsageError, InterpRefusedError and ProvisionError carry exitCode 2 and a one-line message.
  const code = (e as { exitCode?: unknown } | null)?.exitCode;
  const message = e instanceof Error ? e.message : String(e);
  const oneLine = message.split('\n')[0] ?? '';
  if (typeof code === 'number' && e instanceof Error) return { line: oneLine, exitCode: code };
  // Anything else is a bug in ftconform: still one line; FTCONFORM_DEBUG=1 shows the stack.
  return { line: `internal error: ${oneLine} (set FTCONFORM_DEBUG=1 for details)`, exitCode: 1 };
};
