/** Every destination Rapi knows, by id. Adding one: a data file here and its locale keys. */
import type { ExportMarket, MarketProfile } from '../types';
import { AE } from './ae';
import { EU } from './eu';
import { MY } from './my';
import { SG } from './sg';
import { US } from './us';

export const MARKETS: Readonly<Record<ExportMarket, MarketProfile>> = { MY, SG, AE, EU, US };
