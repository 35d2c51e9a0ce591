import { defineSuite } from '../src/engine/defineSuite.ts';

defineSuite('resize');
