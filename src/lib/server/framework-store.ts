/** The frameworks shipped in data/frameworks/, validated once at load. */
import defaultFramework from '../../../data/frameworks/himap-default-1.0.0.json' with { type: 'json' };
import { parseFramework, type Framework } from '../scoring/framework.ts';

export const DEFAULT_FRAMEWORK: Framework = parseFramework(defaultFramework);
