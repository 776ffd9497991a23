/**
 * The context pack Backstory ships with, so a fresh install recognises the
 * officials and claims of its seed articles before the reader imports
 * anything. Curated in default-pack.json; every record there names the seed
 * articles (tests/fixtures/seeds) it was taken from.
 */

import type { Pack } from './format';
import defaultPackJson from './default-pack.json';

/** The pack as shipped; tests prove it passes validatePack without warnings. */
export const DEFAULT_PACK: Pack = defaultPackJson as Pack;

/** Origin id for records imported from the built-in pack, distinct from any pack the reader imports. */
export const DEFAULT_PACK_ID = 'backstory-default';

/**
 * Content revision of default-pack.json. Bump it with every change to the
 * JSON: the background re-imports the pack when the stored revision is lower.
 */
export const DEFAULT_PACK_REVISION = 1;
