/**
 * Imported first by every add-in entry: tells zod (the engine's schemas) never to compile parsers
 * with `new Function`. The runtime page's Content-Security-Policy forbids eval, and zod decides when
 * its schemas are created, so this must run before the engine's modules are evaluated.
 */
import { config } from 'zod';

config({ jitless: true });
