import type { OpCall } from '../../scenario/scenario.ts';
import { formatPyValue } from './formatPyValue.ts';

/** Default rendering of one call, by catalogue id: `dict.setdefault(1, 2)`. */
export const formatCall = (call: OpCall): string => `${call.op}(${call.args.map(formatPyValue).join(', ')})`;
