/** What probing an interpreter found (plain data; see src/interp/). */
export interface InterpInfo {
  /** Path as the user gave it (or as found / provisioned). */
  readonly path: string;
  /** e.g. '3.13.5' */
  readonly version: string;
  /** sys.version, one line. */
  readonly build: string;
  /** sysconfig Py_GIL_DISABLED == 1 */
  readonly freeThreaded: boolean;
  /** sys._is_gil_enabled() at run time (PYTHON_GIL=1 turns it back on). */
  readonly gilEnabled: boolean;
  /** len(os.sched_getaffinity(0)) */
  readonly cpus: number;
  /** Built with ThreadSanitizer (--with-thread-sanitizer): its programs run with TSAN_OPTIONS and their race reports are findings. */
  readonly tsan?: boolean;
  /** The interpreter's own CPython Tools/tsan/suppressions_free_threading.txt, when found. */
  readonly tsanSuppressions?: string;
  /**
   * Set when the build's libpython (configured with --enable-shared) is not on the loader's path but in the
   * install's own lib/: that folder is put first on LD_LIBRARY_PATH (in `env`) for every program it runs.
   */
  readonly sharedLibrary?: SharedLibrary;
  /** Extra environment the interpreter is run with (e.g. PYTHON_GIL=1 for a differential run). */
  readonly env?: Readonly<Record<string, string>>;
}

/** A shared library the interpreter needs and where ftconform found it: { library: 'libpython3.13t.so.1.0', dir: '/usr/local/python314/lib' }. */
export interface SharedLibrary {
  readonly library: string;
  readonly dir: string;
}

/** A short label to tell interpreters apart in reports: '3.13.5t /path/python3.13t [GIL on]'. */
export const interpLabel = (i: InterpInfo): string =>
  `${i.version}${i.freeThreaded ? 't' : ''}${i.tsan ? ' TSAN' : ''} ${i.path}${i.gilEnabled ? ' [GIL on]' : ''}`;
