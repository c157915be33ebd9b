
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.help-history': `لا يُمسح سجل المتصفح. استخدم نافذة خاصة، أو امسح السجل بعد ذلك، إذا كان بإمكان أحد رؤية جهازك.`,
'quick-exit.help-shortcut': `يمكنك أيضًا الضغط على Shift ثلاث مرات.`,
'quick-exit.help-summary': `كيف تخفي زيارتك`,
'quick-exit.help-what': `يخفي الزر الصفحة فورًا ويستبدلها بموقع محايد. زر الرجوع لا يعيدك إلى هنا.`,
'quick-exit.label': `غادر هذه الصفحة بسرعة`,
'quick-exit.one-more': `اضغط على Shift مرة أخرى لمغادرة الصفحة.`,
'quick-exit.region': `خروج سريع`,
'quick-exit.two-more': `اضغط على Shift مرتين أخريين لمغادرة الصفحة.`,
    };
  