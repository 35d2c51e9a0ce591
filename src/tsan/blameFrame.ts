import type { TsanFrame } from './tsanReport.ts';

// Frames that say how memory was touched, not which CPython code touched it: TSAN's and libc's
// interceptors (memmove, memcpy, free), and the inline helpers of CPython's headers (_Py_atomic_*,
// _Py_TryXGetRef, Py_SIZE, …), which sit on top of almost every stack.
const MECHANISM_FN = /^(__tsan_|__interceptor_|__sanitizer_|_Py_atomic_|__memmove|__memcpy|__memset)|^(memmove|memcpy|memset|free|malloc|realloc|calloc|<null>)$/;
const MECHANISM_FILE = /(^|\/)(Include|libsanitizer|compiler-rt)\//;
const MECHANISM_MODULE = /^lib(tsan|c)\b/;

/** Whether a frame is plumbing (an interceptor or a header's inline helper) rather than the code that raced. */
export const isMechanism = (f: TsanFrame): boolean =>
  MECHANISM_FN.test(f.fn) || (f.file !== undefined && MECHANISM_FILE.test(f.file)) ||
  (f.module !== undefined && MECHANISM_MODULE.test(f.module));

/**
 * The frame a race is blamed on: the innermost that is CPython's own code (Objects/listobject.c,
 * not Include/cpython/pyatomic_gcc.h); the innermost frame when every one is plumbing; undefined
 * when TSAN could not restore the stack.
 */
export const blameFrame = (frames: readonly TsanFrame[]): TsanFrame | undefined =>
  frames.find((f) => !isMechanism(f)) ?? frames[0];
