
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.help-history': `Your browser history is not erased. Use a private window, or clear the history afterwards, if someone can see your device.`,
'quick-exit.help-link': `How to hide your visit`,
'quick-exit.help-shortcut': `You can also press Shift three times.`,
'quick-exit.help-summary': `Hide your visit`,
'quick-exit.help-what': `The button hides the page at once and replaces it with a neutral website. The back button does not lead back here.`,
'quick-exit.label': `Exit this page quickly`,
'quick-exit.more': str`Press Shift ${0} more times to leave the page.`,
'quick-exit.one-more': `Press Shift one more time to leave the page.`,
    };
  