import type { Locale } from "../core/list-titles";

/**
 * The built-in Greek strings (same keys and tokens as `en`); override any with
 * `text.el` in the config. Addresses the visitor formally (εσείς), Greek «quotation marks»; the categories follow a colon.
 */
export const el: Locale = {
  text: {
    bannerTitle: "Cookies σε αυτόν τον ιστότοπο",
    bannerBody:
      "Χρησιμοποιούμε απολύτως απαραίτητα cookies για να λειτουργεί ο ιστότοπος. Με τη συγκατάθεσή σας, θα θέλαμε να χρησιμοποιούμε cookies και για τους εξής σκοπούς: {categories}. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή από τις «Ρυθμίσεις cookies».",
    bannerLabel: "Συγκατάθεση για cookies",
    acceptAll: "Αποδοχή όλων",
    rejectAll: "Απόρριψη όλων",
    customize: "Προσαρμογή",
    save: "Αποθήκευση επιλογών",
    preferencesTitle: "Ρυθμίσεις cookies",
    preferencesBody:
      "Επιλέξτε ποια cookies μπορούμε να χρησιμοποιούμε. Τα απολύτως απαραίτητα cookies είναι πάντα ενεργά, γιατί χωρίς αυτά ο ιστότοπος δεν λειτουργεί. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.",
    close: "Κλείσιμο",
    alwaysOn: "Πάντα ενεργά",
    policyLink: "Πολιτική απορρήτου",
    services: "Υπηρεσίες και cookies",
    cookies: "Cookies: {name}",
    cookieName: "Όνομα",
    cookieService: "Υπηρεσία",
    cookieHost: "Τομέας",
    cookieDuration: "Διάρκεια",
    cookieDescription: "Περιγραφή",
    partyFirst: "Πρώτου μέρους",
    partyThird: "Τρίτων",
    gpcHonoured:
      "Το πρόγραμμα περιήγησής σας στέλνει το σήμα Global Privacy Control, οπότε τα cookies για τους παρακάτω σκοπούς παραμένουν απενεργοποιημένα, εκτός αν τα ενεργοποιήσετε εδώ: {categories}.",
    placeholderTitle: "Περιεχόμενο από {service}",
    placeholderBody:
      "Αυτό το περιεχόμενο παρέχεται από {service}, που μπορεί να χρησιμοποιεί cookies. Για να εμφανιστεί, χρειάζεται η συγκατάθεσή σας για τον σκοπό: {category}.",
    placeholderButton: "Αποδοχή και φόρτωση",
    reopen: "Ρυθμίσεις cookies",
    declarationEmpty: "Δεν έχουν δηλωθεί cookies.",
    and: "και",
    partlyOn: "Εν μέρει ενεργά: {services}",
    consentId: "Το αναγνωριστικό της συγκατάθεσής σας: {id}",
    consentDate: "Ημερομηνία της επιλογής σας: {date}",
  },
};
