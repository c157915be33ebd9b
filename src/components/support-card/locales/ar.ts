
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
'support-card.details': `المصدر`,
'support-card.details-hours': `أوقات العمل والمصدر`,
'support-card.emergency-name': `112 – في حالات الخطر الداهم`,
'support-card.emergency-sms': `لا تعمل الرسائل النصية إلى 112 إلا إذا سجّلت مسبقًا، وهي مخصّصة للأشخاص الصُّم أو ضعاف السمع أو من لديهم صعوبات في النطق.`,
'support-card.emergency-text': `اتصل بالرقم 112 إذا كان أحدٌ في خطر الآن، مثلًا إذا تعرّضت للضرب وما زال الشخص معك.`,
'support-card.eves': `عشية منتصف الصيف وعشية عيد الميلاد وعشية رأس السنة`,
'support-card.free': `مجاني`,
'support-card.holidays': `العطل الرسمية`,
'support-card.hours-always': `على مدار الساعة، كل الأيام.`,
'support-card.hours-closed': `مغلق`,
'support-card.hours-unknown': `الأوقات غير معروفة`,
'support-card.interpreter': `يمكن إشراك مترجم في المكالمة`,
'support-card.languages': str`اللغات: ${0}`,
'support-card.loading': `جارٍ تحميل المزيد من جهات الاتصال …`,
'support-card.not-on-bill': `لا يظهر في فاتورة الهاتف`,
'support-card.open': `مفتوح الآن`,
'support-card.open-until': str`مفتوح الآن – يُغلق ${0}`,
'support-card.sms': `رسالة نصية`,
'support-card.swedish-time': `الأوقات حسب التوقيت السويدي.`,
'support-card.undated': `لا يذكر المصدر متى جرى التحقق من المعلومات.`,
    };
  