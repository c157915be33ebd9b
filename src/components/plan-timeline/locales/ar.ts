
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'plan-timeline.all': `الكل`,
'plan-timeline.as-list': `عرض كقائمة`,
'plan-timeline.audience': `الفئة المستهدفة`,
'plan-timeline.cancelled': `ملغى`,
'plan-timeline.cap': str`تحتوي الخطة على ${0} بندًا. تُعرض هنا أول ${1} بند.`,
'plan-timeline.child': `الأطفال والشباب`,
'plan-timeline.clear': `عرض الكل`,
'plan-timeline.comma': `،`,
'plan-timeline.count': str`عرض ${0} من ${1}`,
'plan-timeline.decision': `قرار`,
'plan-timeline.delayed': `متأخر`,
'plan-timeline.done': `منجز`,
'plan-timeline.empty': `لا توجد بنود في الخطة بعد.`,
'plan-timeline.example': `مثال`,
'plan-timeline.filter': `تصفية`,
'plan-timeline.from': `من`,
'plan-timeline.indicated': `لمن يتعرّض للعنف أو يمارسه بالفعل (موجّهة)`,
'plan-timeline.individual': `الفرد`,
'plan-timeline.level': `المستوى`,
'plan-timeline.loading': `جارٍ تحميل الخطة …`,
'plan-timeline.milestone': `محطة`,
'plan-timeline.more': `مزيد من المعلومات`,
'plan-timeline.no-date': `التاريخ غير محدد`,
'plan-timeline.no-owner': `الجهة المسؤولة غير محددة`,
'plan-timeline.no-status': `الحالة غير محددة`,
'plan-timeline.none': `لا توجد بنود تطابق التصفية.`,
'plan-timeline.ongoing': `قيد التنفيذ`,
'plan-timeline.organisation': `المؤسسة`,
'plan-timeline.partners': `بالتعاون مع`,
'plan-timeline.period': `الفترة`,
'plan-timeline.perpetrator': `من يمارسون العنف`,
'plan-timeline.planned': `مخطط له`,
'plan-timeline.politician': `المنتخبون`,
'plan-timeline.prevention': `الوقاية`,
'plan-timeline.professional': `المهنيون`,
'plan-timeline.relative': `الأقارب`,
'plan-timeline.resident': `السكان`,
'plan-timeline.responsible': `الجهة المسؤولة`,
'plan-timeline.selective': `للفئات الأكثر عرضة للخطر (انتقائية)`,
'plan-timeline.society': `المجتمع`,
'plan-timeline.source': `المصدر`,
'plan-timeline.staff': `الموظفون`,
'plan-timeline.status': `الحالة`,
'plan-timeline.today': `اليوم`,
'plan-timeline.undated': `بدون تاريخ`,
'plan-timeline.universal': `للجميع (شاملة)`,
'plan-timeline.until': `حتى`,
'plan-timeline.updated': `حُدّث في`,
'plan-timeline.victim': `المعرّضون للعنف`,
    };
  