/**
 * Script-tag entry (`learn.js`): registers every element and installs the `learnflow` global,
 * replaying calls a snippet queued before this script loaded. Only light code lives here: each
 * element loads its heavy parts (Lit views, runtime, markdown, search) on hover, idle or click.
 */
import { installFacade } from '../sdk/facade.js';
import './learn-drawer/define.js';

installFacade();
