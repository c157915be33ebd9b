
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
'support-card.emergency-sms': `لا تعمل الرسائل النصية إلى 112 إلا إذا سجّلت مسبقًا، وهي مخصّصة للأشخاص الصُّم أو ضعاف السمع أو من لديهم صعوبات في النطق.`,
'support-card.emergency-text': `اتصل بالرقم 112 إذا كان أحدٌ في خطر الآن، مثلًا إذا تعرّضت للضرب وما زال الشخص معك.`,
'support-card.eves': `عشية منتصف الصيف وعشية عيد الميلاد وعشية رأس السنة`,
'support-card.free': `مجاني`,
'support-card.holiday-unknown': `لا تتوفر مواعيد العمل في أيام العطل الرسمية`,
'support-card.holidays': `العطل الرسمية`,
'support-card.hours-always': `على مدار الساعة، كل الأيام.`,
'support-card.hours-closed': `مغلق`,
'support-card.hours-unknown': `الأوقات غير معروفة`,
'support-card.interpreter': `يمكن إشراك مترجم في المكالمة`,
'support-card.languages': str`اللغات: ${0}`,
'support-card.loading': `جارٍ تحميل المزيد من جهات الاتصال …`,
'support-card.more': `مزيد من المعلومات`,
'support-card.national.se-1177.description': `استشارات صحية، مثلًا بعد التعرّض للعنف. إذا كانت الحياة في خطر: اتصل بالرقم 112.`,
'support-card.national.se-1177.name': `1177 – الاستشارات الصحية`,
'support-card.national.se-1177.note': `لا يلزمك ذكر رقمك الشخصي. تُسجَّل المكالمات وتُدوَّن الاستشارة في سجلّك الطبي. تختلف خيارات اللغة بين المناطق.`,
'support-card.national.se-bris.description': `للأطفال والشباب دون 18 عامًا. اتصل أو راسلهم بالبريد الإلكتروني أو تحدّث معهم كتابيًا عبر bris.se.`,
'support-card.national.se-bris.name': `Bris – خط مساعدة الأطفال`,
'support-card.national.se-hedersfortryck-yrkesverksamma.description': `استشارات للمهنيين والمتطوعين.`,
'support-card.national.se-hedersfortryck-yrkesverksamma.name': `خط الدعم الوطني بشأن العنف المرتبط بالشرف (للمهنيين)`,
'support-card.national.se-hedersfortryck-yrkesverksamma.note': `لا تكشف هوية الحالة: لا تذكر أسماء أو أرقامًا شخصية.`,
'support-card.national.se-jourer-unizon.description': `مراكز محلية لدعم النساء والفتيات والشباب. الدعم عبر الهاتف أو الدردشة الكتابية أو حضوريًا. ابحث عن أقرب مركز في unizonjourer.se.`,
'support-card.national.se-jourer-unizon.name': `Unizon – مراكز دعم النساء والفتيات والشباب`,
'support-card.national.se-kvinno-tjejjourer-roks.description': `مراكز محلية لدعم النساء والفتيات لها خط هاتفي، وأحيانًا دردشة كتابية. مراكز الفتيات لمن أعمارهن بين 10 و30 عامًا. ابحث عن أقرب مركز في roks.se.`,
'support-card.national.se-kvinno-tjejjourer-roks.name': `Roks – مراكز دعم النساء والفتيات`,
'support-card.national.se-kvinnofridslinjen.description': `للنساء اللواتي يتعرّضن للتهديد أو العنف أو الاعتداء الجنسي. يمكن للأقارب والمهنيين الاتصال أيضًا.`,
'support-card.national.se-kvinnofridslinjen.name': `Kvinnofridslinjen – الخط الوطني لدعم النساء`,
'support-card.national.se-polisen-11414.description': `للتواصل مع الشرطة عندما لا يكون الأمر طارئًا. إذا كانت هناك جريمة تحدث الآن: اتصل بالرقم 112.`,
'support-card.national.se-polisen-11414.name': `الشرطة 114 14 (للحالات غير الطارئة)`,
'support-card.national.se-ratt-att-valja.description': `للأشخاص من جميع الأعمار الذين يتعرّضون للعنف والقمع المرتبطين بالشرف أو المعرّضين لخطرهما. يمكن للأقارب الاتصال أيضًا.`,
'support-card.national.se-ratt-att-valja.name': `Rätt att välja – خط الدعم ضد العنف المرتبط بالشرف`,
'support-card.national.se-stodlinjen-man.description': `للرجال من عمر 18 عامًا الذين يتعرّضون للعنف في علاقة قريبة أو للعنف الجنسي. يمكن للأقارب والمهنيين الاتصال أيضًا.`,
'support-card.national.se-stodlinjen-man.name': `خط الدعم للرجال`,
'support-card.national.se-stodlinjen-transpersoner.description': `للأشخاص العابرين جنسيًا من عمر 18 عامًا، بمن فيهم غير الثنائيين وذوو التجربة العابرة، الذين يتعرّضون للعنف في علاقة قريبة أو للعنف الجنسي. يمكن للأقارب والمهنيين الاتصال أيضًا.`,
'support-card.national.se-stodlinjen-transpersoner.name': `خط الدعم للأشخاص العابرين جنسيًا`,
'support-card.not-on-bill': `لا يظهر في فاتورة الهاتف`,
'support-card.open': `مفتوح الآن`,
'support-card.open-until': str`مفتوح الآن – يُغلق ${0}`,
'support-card.sms': `رسالة نصية`,
'support-card.swedish-time': `الأوقات حسب التوقيت السويدي.`,
'support-card.undated': `لا يذكر المصدر متى جرى التحقق من المعلومات.`,
    };
  