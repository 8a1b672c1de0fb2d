/**
 * Heading anchor ids: readable, stable across renders of the same article, unique within it.
 * Letters of any script survive (an Arabic heading keeps an Arabic id); Latin diacritics are
 * folded so "Försäljning" becomes `forsaljning`, which is also what people type in a URL.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'section';
}

/** Hands out ids `base`, `base-2`, `base-3`, … never repeating one it gave before. */
export class SlugRegistry {
  readonly #taken = new Set<string>();

  constructor(private readonly prefix = '') {}

  next(text: string): string {
    const base = this.prefix + slugify(text);
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
