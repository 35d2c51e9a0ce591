import type { CaseResult } from '../results/caseResult.ts';
import type { Property } from './property.ts';
import type { PropertyContext } from './propertyContext.ts';
import { PropertyCheck } from './propertyCheck.ts';

export { BROKEN_PROGRAMS_TO_STOP } from './propertyCheck.ts';

/**
 * Check one property on one interpreter: draw scenarios with fast-check and run them in batches. As each
 * program ends its draws are graded until one shows a finding, which is reported at once, unshrunk
 * (`onFirstSight`); fast-check then shrinks it within the shrink budget, each candidate retried because
 * failures are nondeterministic; the smallest is run again to measure how often it fails and written as a
 * reproducer (`onReproducer`); the draws not graded yet are graded last, for the summary. The steps and their
 * state: PropertyCheck.
 */
export const checkProperty = (prop: Property, ctx: PropertyContext): Promise<CaseResult> => new PropertyCheck(prop, ctx).run();
