/**
 * Drops what XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) and ANSI
 * colour codes: crash dumps may contain them, and the XML builder throws on them.
 */
export const xmlSafe = (s: string): string =>
  s
    .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
