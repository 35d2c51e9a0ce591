import { defineSuite } from '../src/orchestration/defineSuite.ts';

defineSuite('controlled');
