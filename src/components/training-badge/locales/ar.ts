
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'training-badge.complete': `مكتمل`,
'training-badge.completed': `المُنجَز`,
'training-badge.count': str`${0} من ${1} (${2})`,
'training-badge.credential': `شهادة (Open Badges 3.0)`,
'training-badge.credential-invalid': `تعذّر عرض الشهادة: فهي لا تتبع معيار Open Badges 3.0.`,
'training-badge.credential-jwt': `الشهادة بالصيغة الموقّعة المضغوطة (VC-JWT) ولا تُعرض هنا. أضف الشهادة بصيغة JSON.`,
'training-badge.credential-unnamed': `شهادة بلا اسم`,
'training-badge.criteria': `المعايير`,
'training-badge.criteria-link': `اقرأ المعايير`,
'training-badge.deadline': html`الموعد النهائي: ${0}`,
'training-badge.default-label': `التدريب`,
'training-badge.expired': `منتهية الصلاحية`,
'training-badge.in-progress': `قيد التنفيذ`,
'training-badge.issued': `تاريخ الإصدار`,
'training-badge.issuer': `الجهة المُصدِرة`,
'training-badge.loading': `جارٍ تحميل الأرقام …`,
'training-badge.no-figures': `لا توجد أرقام`,
'training-badge.not-started': `لم يبدأ`,
'training-badge.not-verified': `لا يتم التحقق من التوقيع هنا في المتصفح. تحقّق من الشهادة لدى الجهة المُصدِرة.`,
'training-badge.not-yet-valid': `ليست صالحة بعد`,
'training-badge.overdue': `متأخر`,
'training-badge.progress': str`${0}، المُنجَز`,
'training-badge.status': `الحالة`,
'training-badge.target': str`الهدف: ${0}`,
'training-badge.target-by': html`الهدف: ${0} بحلول ${1}`,
'training-badge.target-reached': `تم بلوغ الهدف`,
'training-badge.unit': `الوحدة`,
'training-badge.units': str`حسب الوحدة (${0})`,
'training-badge.units-caption': str`${0}: المُنجَز حسب الوحدة`,
'training-badge.unsigned': `لا تحمل الشهادة توقيعًا.`,
'training-badge.updated': html`آخر تحديث: ${0}`,
'training-badge.valid': `صالحة`,
'training-badge.valid-until': `صالحة حتى`,
'training-badge.validity': `الصلاحية`,
    };
  