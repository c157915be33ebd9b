
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.data-cms': `The publishing tool may have removed or changed the information. Read more in docs/cms.md in trygg-kit.`,
'core.data-error': `The information could not be loaded.`,
'core.data-partial': `Some information could not be shown.`,
'core.months': `January February March April May June July August September October November December`,
'core.weekdays': `Monday Tuesday Wednesday Thursday Friday Saturday Sunday`,
    };
  