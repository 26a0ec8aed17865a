import type { Locale } from "../core/list-titles";

/**
 * The built-in Arabic (right to left) strings (same keys and tokens as `en`); override any with
 * `text.ar` in the config. Addresses the visitor in the singular, as Arabic sites do; «و» is written onto each title it joins.
 */
export const ar: Locale = {
  text: {
    bannerTitle: "ملفات تعريف الارتباط على هذا الموقع",
    bannerBody:
      "نستخدم ملفات تعريف الارتباط الضرورية لكي يعمل الموقع. وبموافقتك، نود أيضًا استخدام ملفات تعريف الارتباط للأغراض التالية: {categories}. يمكنك تغيير اختيارك في أي وقت من «إعدادات ملفات تعريف الارتباط».",
    bannerLabel: "الموافقة على ملفات تعريف الارتباط",
    acceptAll: "قبول الكل",
    rejectAll: "رفض الكل",
    customize: "تخصيص",
    save: "حفظ الاختيارات",
    preferencesTitle: "إعدادات ملفات تعريف الارتباط",
    preferencesBody:
      "اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا لأن الموقع لا يعمل بدونها. يمكنك تغيير اختيارك في أي وقت.",
    close: "إغلاق",
    alwaysOn: "مفعّلة دائمًا",
    policyLink: "سياسة الخصوصية",
    services: "الخدمات وملفات تعريف الارتباط",
    cookies: "ملفات تعريف الارتباط: {name}",
    cookieName: "الاسم",
    cookieService: "الخدمة",
    cookieHost: "النطاق",
    cookieDuration: "المدة",
    cookieDescription: "الوصف",
    partyFirst: "طرف أول",
    partyThird: "طرف ثالث",
    gpcHonoured:
      "يرسل متصفحك إشارة Global Privacy Control، لذلك تبقى ملفات تعريف الارتباط لهذه الأغراض معطّلة ما لم تفعّلها هنا: {categories}.",
    placeholderTitle: "محتوى من {service}",
    placeholderBody:
      "يقدّم {service} هذا المحتوى، وقد يستخدم ملفات تعريف الارتباط. لعرضه نحتاج إلى موافقتك على هذا الغرض: {category}.",
    placeholderButton: "السماح والتحميل",
    reopen: "إعدادات ملفات تعريف الارتباط",
    declarationEmpty: "لا توجد ملفات تعريف ارتباط مُعلنة.",
    and: "و",
    partlyOn: "مفعّلة جزئيًا: {services}",
    consentId: "معرّف موافقتك: {id}",
    consentDate: "تاريخ اختيارك: {date}",
  },
  // «و» (and) is a prefix: it joins every title after the first, written onto it: «التحليلات والتسويق».
  grammar: { andEach: true, andJoins: true },
};
