/**
 * Small reusable schema pieces. Browser code imports `zod/mini` only: the full `zod`
 * build costs ~95 KB gzip, `zod/mini` ~6.5 KB (DESIGN.md, "Facts already measured").
 */
import * as z from 'zod/mini';

/** Content ids are URL- and file-name-safe slugs: `close-dates`, `crm-forecasting-basics`. */
export const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a slug: lowercase letters, digits and dashes, at most 80 characters'));

/** A screen key such as `crm/opportunity` or `erp/purchase-order`. */
export const ScreenKey = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/, 'must look like "crm/opportunity"'), z.maxLength(120));

/** BCP 47 language tag, kept simple: `en`, `sv`, `de`, `ar`, `en-GB`. */
export const Locale = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "sv"'));

export const Tag = z.string().check(z.minLength(1), z.maxLength(60));

export const IsoDateTime = z.iso.datetime({ offset: true });

export const NonEmptyText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
