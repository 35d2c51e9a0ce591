/**
 * Work bound of one reachability question, in search points: far above what the suites' scenarios need
 * (bench: the heaviest drawn ones take a few thousand), low enough that a pathological one ends in seconds.
 */
export const MAX_SEARCH_NODES = 400_000;
