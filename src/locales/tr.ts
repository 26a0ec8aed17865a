import type { Locale } from "../core/list-titles";

/**
 * The built-in Turkish strings (same keys and tokens as `en`); override any with
 * `text.tr` in the config. Addresses the visitor as “siz”; titles are lower-cased with Turkish rules (İ → i).
 */
export const tr: Locale = {
  text: {
    bannerTitle: "Bu sitede çerezler",
    bannerBody:
      "Sitenin çalışması için zorunlu çerezler kullanıyoruz. Onay vermeniz hâlinde çerezleri şu amaçlarla da kullanmak istiyoruz: {categories}. Tercihinizi istediğiniz zaman “Çerez ayarları” bölümünden değiştirebilirsiniz.",
    bannerLabel: "Çerez onayı",
    acceptAll: "Tümünü kabul et",
    rejectAll: "Tümünü reddet",
    customize: "Özelleştir",
    save: "Seçimi kaydet",
    preferencesTitle: "Çerez ayarları",
    preferencesBody:
      "Hangi çerezleri kullanabileceğimizi seçin. Zorunlu çerezler her zaman açıktır, çünkü site onlar olmadan çalışmaz. Tercihinizi istediğiniz zaman değiştirebilirsiniz.",
    close: "Kapat",
    alwaysOn: "Her zaman açık",
    policyLink: "Gizlilik politikası",
    services: "Hizmetler ve çerezler",
    cookies: "Çerezler: {name}",
    cookieName: "Ad",
    cookieService: "Hizmet",
    cookieHost: "Alan adı",
    cookieDuration: "Süre",
    cookieDescription: "Açıklama",
    partyFirst: "Birinci taraf",
    partyThird: "Üçüncü taraf",
    gpcHonoured:
      "Tarayıcınız Global Privacy Control sinyali gönderiyor; bu nedenle şu amaçlara yönelik çerezler, siz burada açmadığınız sürece kapalı kalır: {categories}.",
    placeholderTitle: "{service} içeriği",
    placeholderBody:
      "Bu içerik, çerez kullanabilen {service} tarafından sağlanıyor. Görüntülemek için şu amaç için onayınız gerekiyor: {category}.",
    placeholderButton: "İzin ver ve yükle",
    reopen: "Çerez ayarları",
    declarationEmpty: "Bildirilmiş çerez yok.",
    and: "ve",
    partlyOn: "Kısmen açık: {services}",
    consentId: "Onay kimliğiniz: {id}",
    consentDate: "Seçiminizin tarihi: {date}",
  },
};
