
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.data-cms': `ربما حذفت أداة النشر المعلومات أو غيّرتها. اقرأ المزيد في docs/cms.md في trygg-kit.`,
'core.data-error': `تعذّر تحميل المعلومات.`,
'core.data-partial': `تعذّر عرض بعض المعلومات.`,
'core.months': `يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر`,
'core.weekdays': `الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد`,
    };
  