/**
 * The help insights page: a runtime over the reference server, the demo's sign-in (starting with
 * Karin Holm, the content owner, remembered apart from the other pages), and `<learn-insights>`.
 * An intranet or an admin app does the same: create the runtime with the owner's token, place the tag.
 */
import { createLearn, httpBackend } from '../../sdk/index.js';
import '../../components/learn-insights/define.js';
import { mountUserSwitcher, rememberedUser, type RememberOptions } from '../shared/user-switcher.js';

const remember: RememberOptions = { storageKey: 'learnflow-demo-insights-user', defaultId: 'karin-holm' };

const learn = createLearn({ backend: httpBackend({ url: location.origin }), user: rememberedUser(remember), locale: 'en' });

mountUserSwitcher({ mount: document.querySelector<HTMLElement>('#user-switcher')!, onUser: (user) => void learn.setUser(user), remember });

// Exposed for the end-to-end test and for trying the API from the devtools console.
Object.assign(window, { learn });
