
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.help-history': `Your browser history is not erased. Use a private window, or clear the history afterwards, if someone can see your device.`,
'quick-exit.help-shortcut': `You can also press Shift three times.`,
'quick-exit.help-summary': `How to hide your visit`,
'quick-exit.help-what': `The button hides the page at once and replaces it with a neutral website. The back button does not lead back here.`,
'quick-exit.label': `Exit this page quickly`,
'quick-exit.one-more': `Press Shift one more time to leave the page.`,
'quick-exit.region': `Quick exit`,
'quick-exit.two-more': `Press Shift two more times to leave the page.`,
    };
  