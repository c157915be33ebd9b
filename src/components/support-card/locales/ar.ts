
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'support-card.always': `مفتوح على مدار الساعة`,
'support-card.anonymous': `يمكنك عدم الكشف عن هويتك`,
'support-card.call': `اتصل`,
'support-card.chat': `دردشة`,
'support-card.checked': str`آخر تحقق: ${0}.`,
'support-card.closed': `مغلق الآن`,
'support-card.closed-until': str`مغلق – يفتح ${0}`,
'support-card.emergency-name': `112 – في حالات الخطر الداهم`,
'support-card.emergency-sms': `لا تعمل الرسائل النصية إلى 112 إلا إذا سجّلت مسبقًا. وهي مخصّصة لك إذا كنت من الصُّم أو ضعاف السمع أو لديك صعوبات في النطق.`,
'support-card.emergency-text': `اتصل بالرقم 112 إذا كان أحدٌ في خطر الآن، مثلًا إذا تعرّضت للضرب وما زال الشخص معك.`,
'support-card.eves': `عشية منتصف الصيف وعشية عيد الميلاد وعشية رأس السنة`,
'support-card.free': `مجاني`,
'support-card.holiday-unknown': `لا تتوفر مواعيد العمل في أيام العطل الرسمية`,
'support-card.holidays': `العطل الرسمية`,
'support-card.hours-always': `على مدار الساعة، كل الأيام.`,
'support-card.hours-closed': `مغلق`,
'support-card.hours-unknown': `الأوقات غير معروفة`,
'support-card.interpreter': `يمكن إشراك مترجم في المكالمة`,
'support-card.language-en': `الإنجليزية`,
'support-card.language-sv': `السويدية`,
'support-card.languages': str`اللغات: ${0}`,
'support-card.list-and': `و`,
'support-card.loading': `جارٍ تحميل المزيد من جهات الاتصال …`,
'support-card.local-failed': `لا يمكن عرض جهات الاتصال المحلية الآن. يمكنك الوصول إلى خطوط الدعم أعلاه.`,
'support-card.local-failed-emergency': `لا يمكن عرض جهات الاتصال المحلية الآن. اتصل بالرقم 112 في حالة الخطر الداهم.`,
'support-card.more': `مزيد من المعلومات`,
'support-card.national.se-1177.description': `تحصل هنا على استشارات صحية، مثلًا إذا أُصبت بسبب العنف. هل الحياة في خطر؟ اتصل بالرقم 112.`,
'support-card.national.se-1177.name': `1177 – الاستشارات الصحية`,
'support-card.national.se-1177.note': `لا يلزمك ذكر رقمك الشخصي. تُسجَّل المكالمة وتُدوَّن الاستشارة في سجلّك الطبي. تختلف اللغات التي يمكنك اختيارها بين المناطق.`,
'support-card.national.se-bris.description': `لك إذا كان عمرك أقل من 18 عامًا. يمكنك الاتصال أو المراسلة بالبريد الإلكتروني أو الدردشة الكتابية عبر bris.se.`,
'support-card.national.se-bris.name': `Bris – خط مساعدة الأطفال`,
'support-card.national.se-hedersfortryck-yrkesverksamma.description': `استشارات لك إذا كنت تواجه العنف والقمع المرتبطين بالشرف في عملك أو في عمل تطوعي.`,
'support-card.national.se-hedersfortryck-yrkesverksamma.name': `خط الدعم الوطني بشأن العنف المرتبط بالشرف (للمهنيين)`,
'support-card.national.se-hedersfortryck-yrkesverksamma.note': `لا تكشف هوية الحالة: لا تذكر أسماء أو أرقامًا شخصية.`,
'support-card.national.se-jourer-unizon.description': `مراكز محلية لدعم النساء والفتيات والشباب يمكنك أن تحصل فيها على الدعم عبر الهاتف أو الدردشة الكتابية أو حضوريًا. ابحث عن أقرب مركز في unizonjourer.se.`,
'support-card.national.se-jourer-unizon.name': `Unizon – مراكز دعم النساء والفتيات والشباب`,
'support-card.national.se-kvinno-tjejjourer-roks.description': `مراكز محلية لدعم النساء والفتيات يمكنك الاتصال بها، وأحيانًا الدردشة معها كتابيًا. مراكز الفتيات لك إذا كان عمرك بين 10 و30 عامًا. ابحث عن أقرب مركز في roks.se.`,
'support-card.national.se-kvinno-tjejjourer-roks.name': `Roks – مراكز دعم النساء والفتيات`,
'support-card.national.se-kvinnofridslinjen.description': `لكِ إذا كنتِ امرأة وتتعرّضين للتهديد أو العنف أو الاعتداء الجنسي. يمكنك أيضًا الاتصال إذا كنت من الأقارب أو تواجه العنف في عملك.`,
'support-card.national.se-kvinnofridslinjen.name': `Kvinnofridslinjen – الخط الوطني لدعم النساء`,
'support-card.national.se-polisen-11414.description': `لك إذا أردت التواصل مع الشرطة في أمر غير طارئ. هل تحدث جريمة الآن؟ اتصل بالرقم 112.`,
'support-card.national.se-polisen-11414.name': `الشرطة 114 14 (للحالات غير الطارئة)`,
'support-card.national.se-ratt-att-valja.description': `لك مهما كان عمرك إذا كنت تتعرّض للعنف والقمع المرتبطين بالشرف أو معرّضًا لخطرهما. يمكنك أيضًا الاتصال إذا كنت من الأقارب.`,
'support-card.national.se-ratt-att-valja.name': `Rätt att välja – خط الدعم ضد العنف المرتبط بالشرف`,
'support-card.national.se-stodlinjen-man.description': `لك إذا كنت رجلًا عمرك 18 عامًا أو أكثر وتتعرّض للعنف في علاقة قريبة أو للعنف الجنسي. يمكنك أيضًا الاتصال إذا كنت من الأقارب أو تواجه العنف في عملك.`,
'support-card.national.se-stodlinjen-man.name': `خط الدعم للرجال`,
'support-card.national.se-stodlinjen-transpersoner.description': `لك إذا كنت عابرًا جنسيًا أو غير ثنائي أو لديك تجربة عبور، وعمرك 18 عامًا أو أكثر وتتعرّض للعنف في علاقة قريبة أو للعنف الجنسي. يمكنك أيضًا الاتصال إذا كنت من الأقارب أو تواجه العنف في عملك.`,
'support-card.national.se-stodlinjen-transpersoner.name': `خط الدعم للأشخاص العابرين جنسيًا`,
'support-card.not-on-bill': `لا يظهر في فاتورة الهاتف`,
'support-card.open': `مفتوح الآن`,
'support-card.open-until': str`مفتوح الآن – يُغلق ${0}`,
'support-card.sms': `أرسل رسالة نصية`,
'support-card.swedish-time': `الأوقات حسب التوقيت السويدي.`,
'support-card.undated': `لا يذكر المصدر متى جرى التحقق من المعلومات.`,
    };
  