/**
 * The version of this copy of Learnflow's elements. Registration compares it with the copy that
 * got a tag first, so a page that loads us twice says which two versions met. Kept in step with
 * package.json by test/components/learn-drawer/define.test.ts (importing package.json here would
 * put JSON handling into the 5 KB first-load bundle).
 */
export const VERSION = '0.1.0';
