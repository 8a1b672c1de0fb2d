/**
 * Script-tag entry (`learn.js`): installs the `learnflow` global at once (replaying calls a snippet
 * queued before this script loaded) and registers the elements after the page's `load` event, in
 * a task of their own — building the launcher is the only work Learnflow does for a page nobody
 * has touched, and it should neither delay the host's `load` nor lengthen the task in which the
 * browser first lays the host page out. Only light code lives here: each element loads its heavy
 * parts (Lit views, runtime, markdown, search) on hover, idle or click.
 */
import { installFacade } from '../sdk/facade.js';
import { afterLoad } from '../sdk/idle.js';
import { LearnDrawer } from './learn-drawer/learn-drawer.js';
import { defineElement } from './shared/define-element.js';
import { defineWhenUsed } from './shared/define-when-used.js';

installFacade();
afterLoad(() => {
  defineElement('learn-drawer', LearnDrawer);
  // A page without lessons (most of them) never downloads the player.
  defineWhenUsed('learn-lesson', () => import('./learn-lesson/define.js'));
  // An editor's inline ask form or feedback widget, an expert's inbox and a content owner's insights
  // page load theirs the same way.
  defineWhenUsed('learn-ask', () => import('./learn-ask/define.js'));
  defineWhenUsed('learn-inbox', () => import('./learn-inbox/define.js'));
  defineWhenUsed('learn-feedback', () => import('./learn-feedback/define.js'));
  defineWhenUsed('learn-insights', () => import('./learn-insights/define.js'));
});
