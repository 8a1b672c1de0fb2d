/**
 * zod/mini ships without message text ("Invalid input") to keep browser bundles small; the
 * server loads the English messages once, so refusals and 422 issues say what is wrong
 * ("Too big: expected string to have <=100000 characters"). Imported for its effect by every
 * server module that reports validation issues.
 */
import * as z from 'zod/mini';

z.config(z.locales.en());
