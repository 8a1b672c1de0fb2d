import * as z from 'zod/mini';
import { ScreenKey, Tag } from './primitives.js';

/**
 * Where the employee is working. The host sets it on route change
 * (`learn.setContext(...)`); when it does not, the SDK derives `screen` from the URL.
 */
export const WorkContext = z.object({
  screen: z.optional(ScreenKey),
  tags: z.optional(z.array(Tag).check(z.maxLength(20))),
  record: z.optional(
    z.object({
      type: z.string().check(z.minLength(1), z.maxLength(60)),
      id: z.optional(z.string().check(z.maxLength(120))),
    }),
  ),
  /** Name of the host application, e.g. "Helm CRM". */
  app: z.optional(z.string().check(z.maxLength(80))),
  /** Page URL without query string or fragment (they may carry secrets). */
  url: z.optional(z.string().check(z.maxLength(2000))),
});
export type WorkContext = z.infer<typeof WorkContext>;
