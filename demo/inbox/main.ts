/**
 * The expert inbox page: a runtime over the reference server, the demo's sign-in (starting with an
 * expert, remembered apart from the other pages), and `<learn-inbox>`. An intranet or a Teams tab
 * does the same: create the runtime with the signed-in expert's token, place the tag.
 */
import { createLearn, httpBackend } from '../../sdk/index.js';
import '../../components/learn-inbox/define.js';
import { mountUserSwitcher, rememberedUser, type RememberOptions } from '../shared/user-switcher.js';

const remember: RememberOptions = { storageKey: 'learnflow-demo-inbox-user', defaultId: 'anna-lindqvist' };

const learn = createLearn({ backend: httpBackend({ url: location.origin }), user: rememberedUser(remember), locale: 'en' });

mountUserSwitcher({ mount: document.querySelector<HTMLElement>('#user-switcher')!, onUser: (user) => void learn.setUser(user), remember });

// Exposed for the end-to-end test and for trying the API from the devtools console.
Object.assign(window, { learn });
