___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Assent Consent",
  "categories": [
    "TAG_MANAGEMENT",
    "UTILITY"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "Assent"
  },
  "description": "Assent cookie banner: sets Google Consent Mode defaults from its fields, loads Assent, and turns each visitor choice into a consent update. Fire on Consent Initialization.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "LABEL",
    "name": "triggerNote",
    "displayName": "Fire this tag on the Consent Initialization - All Pages trigger, so the defaults are in place before any other tag runs. This tag loads Assent: do not also add Assent's script to the page's HTML."
  },
  {
    "type": "TEXT",
    "name": "scriptUrl",
    "displayName": "Assent script URL",
    "simpleValueType": true,
    "help": "The https URL of Assent's drop-in build (dist/assent.js), e.g. https://www.example.com/assent.js or https://cdn.jsdelivr.net/npm/assent/dist/assent.js.",
    "valueHint": "https://www.example.com/assent.js",
    "alwaysInSummary": true,
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      },
      {
        "type": "REGEX",
        "args": [
          "^https://.+"
        ],
        "errorMessage": "An https URL, e.g. https://www.example.com/assent.js"
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "configUrl",
    "displayName": "Config URL (optional)",
    "simpleValueType": true,
    "help": "Where Assent fetches its JSON config (categories, services, cookies, texts), e.g. /consent.json. Leave it empty when the page holds the config itself: a script element of type application/json with the id assent-config, or window.assentConfig.",
    "valueHint": "/consent.json",
    "alwaysInSummary": true
  },
  {
    "type": "GROUP",
    "name": "defaultsGroup",
    "displayName": "Consent Mode defaults",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "PARAM_TABLE",
        "name": "defaults",
        "displayName": "One row per region: the state of each type before the visitor chooses. A row with an empty region applies everywhere else. With no row at all, every type is denied except security_storage.",
        "paramTableColumns": [
          {
            "param": {
              "type": "TEXT",
              "name": "region",
              "displayName": "Region (ISO 3166 codes, comma-separated; empty: everywhere)",
              "simpleValueType": true,
              "valueHint": "SE, NO, US-CA"
            },
            "isUnique": true
          },
          {
            "param": {
              "type": "SELECT",
              "name": "ad_storage",
              "displayName": "ad_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                },
                {
                  "value": "",
                  "displayValue": "(not set)"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "ad_user_data",
              "displayName": "ad_user_data",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                },
                {
                  "value": "",
                  "displayValue": "(not set)"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "ad_personalization",
              "displayName": "ad_personalization",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                },
                {
                  "value": "",
                  "displayValue": "(not set)"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "analytics_storage",
              "displayName": "analytics_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                },
                {
                  "value": "",
                  "displayValue": "(not set)"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "functionality_storage",
              "displayName": "functionality_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                },
                {
                  "value": "",
                  "displayValue": "(not set)"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "personalization_storage",
              "displayName": "personalization_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                },
                {
                  "value": "",
                  "displayValue": "(not set)"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "denied"
            },
            "isUnique": false
          },
          {
            "param": {
              "type": "SELECT",
              "name": "security_storage",
              "displayName": "security_storage",
              "macrosInSelect": false,
              "selectItems": [
                {
                  "value": "denied",
                  "displayValue": "Denied"
                },
                {
                  "value": "granted",
                  "displayValue": "Granted"
                },
                {
                  "value": "",
                  "displayValue": "(not set)"
                }
              ],
              "simpleValueType": true,
              "defaultValue": "granted"
            },
            "isUnique": false
          }
        ],
        "newRowButtonText": "Add region"
      },
      {
        "type": "TEXT",
        "name": "waitForUpdate",
        "displayName": "Wait for update",
        "simpleValueType": true,
        "valueUnit": "milliseconds",
        "defaultValue": 500,
        "help": "How long Google tags wait for Assent to report a returning visitor's stored choice before they run with the defaults. 0: no wait.",
        "valueValidators": [
          {
            "type": "NON_NEGATIVE_NUMBER"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "adsDataRedaction",
        "checkboxText": "Redact ads data while ad_storage is denied (ads_data_redaction)",
        "simpleValueType": true,
        "defaultValue": true
      },
      {
        "type": "CHECKBOX",
        "name": "urlPassthrough",
        "checkboxText": "Pass ad click information through URLs while storage is denied (url_passthrough)",
        "simpleValueType": true,
        "defaultValue": false
      }
    ]
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

// Assent for Google Tag Manager. On the Consent Initialization trigger: sets Google Consent Mode's
// defaults from this tag's fields, then loads Assent, which hands every choice back to this tag to
// become a consent update. Google asks templates to use updateConsentState, never gtag('consent', ...),
// since gtag commands wait in the dataLayer queue behind the event being processed.
const gtagSet = require('gtagSet');
const getType = require('getType');
const injectScript = require('injectScript');
const makeInteger = require('makeInteger');
const makeString = require('makeString');
const setDefaultConsentState = require('setDefaultConsentState');
const setInWindow = require('setInWindow');
const updateConsentState = require('updateConsentState');

// The Consent Mode v2 types: the columns of the defaults table, and what access_consent allows.
const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage'
];

// Without any row: every type denied everywhere, except security_storage, which no site works without.
const FALLBACK_ROW = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted'
};

// The global Assent looks for: when it exists, Assent pushes no Consent Mode commands of its own and
// calls it instead with each update (the stored choice at page load, then every choice and withdrawal).
const HAND_OFF = 'assentGtm';

/** The known types of `source` whose value is 'granted' or 'denied'; the rest are left out. */
const consentStates = (source) => {
  const states = { count: 0, values: {} };
  CONSENT_TYPES.forEach((type) => {
    const value = source[type];
    if (value === 'granted' || value === 'denied') {
      states.values[type] = value;
      states.count = states.count + 1;
    }
  });
  return states;
};

/** 'SE, US-CA' -> ['SE', 'US-CA']; an empty cell -> []. */
const regionsOf = (cell) => {
  if (!cell) return [];
  return makeString(cell)
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code.length > 0);
};

/**
 * One setDefaultConsentState per row. A type left "(not set)" is not in that row's default, and
 * Tag Manager treats a type with no state as granted.
 */
const setDefaults = () => {
  const rows = getType(data.defaults) === 'array' && data.defaults.length > 0 ? data.defaults : [FALLBACK_ROW];
  const wait = makeInteger(data.waitForUpdate);
  rows.forEach((row) => {
    const values = consentStates(row).values;
    const regions = regionsOf(row.region);
    if (regions.length > 0) values.region = regions;
    if (wait > 0) values.wait_for_update = wait;
    setDefaultConsentState(values);
  });
};

/** What Assent calls with each update: passed on when it holds at least one known type. */
const passOn = (update) => {
  if (getType(update) !== 'object') return;
  const states = consentStates(update);
  if (states.count > 0) updateConsentState(states.values);
};

if (data.adsDataRedaction) gtagSet('ads_data_redaction', true);
if (data.urlPassthrough) gtagSet('url_passthrough', true);
setDefaults();
setInWindow(HAND_OFF, passOn, true);
if (data.configUrl) setInWindow('assentConfig', makeString(data.configUrl), true);
// The cache token makes a second firing of this tag reuse the script instead of loading it again.
injectScript(data.scriptUrl, data.gtmOnSuccess, data.gtmOnFailure, 'assent');


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_personalization"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "analytics_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "functionality_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "personalization_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "security_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_globals",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "assentGtm"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "assentConfig"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "inject_script",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://*/*"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "write_data_layer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "ads_data_redaction"
              },
              {
                "type": 1,
                "string": "url_passthrough"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: Sets the defaults of every region row, with wait_for_update
  code: |-
    runCode({
      scriptUrl: 'https://www.example.com/assent.js',
      waitForUpdate: '500',
      defaults: [
        {region: 'SE, NO', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
         analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied',
         security_storage: 'granted'},
        {region: '', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted',
         analytics_storage: 'granted', functionality_storage: '', personalization_storage: '',
         security_storage: 'granted'}
      ]
    });

    assertApi('setDefaultConsentState').wasCalledWith({
      ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
      analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied',
      security_storage: 'granted', region: ['SE', 'NO'], wait_for_update: 500
    });
    assertApi('setDefaultConsentState').wasCalledWith({
      ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted',
      analytics_storage: 'granted', security_storage: 'granted', wait_for_update: 500
    });
- name: Without any row, denies every type except security_storage everywhere
  code: |-
    runCode({scriptUrl: 'https://www.example.com/assent.js', waitForUpdate: '0'});

    assertApi('setDefaultConsentState').wasCalledWith({
      ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
      analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied',
      security_storage: 'granted'
    });
- name: Sets ads data redaction and URL passthrough only when ticked
  code: |-
    runCode({scriptUrl: 'https://www.example.com/assent.js', adsDataRedaction: true, urlPassthrough: false});

    assertApi('gtagSet').wasCalledWith('ads_data_redaction', true);
    assertApi('gtagSet').wasNotCalledWith('url_passthrough', true);
- name: Sets nothing with gtagSet when neither box is ticked
  code: |-
    runCode({scriptUrl: 'https://www.example.com/assent.js', adsDataRedaction: false, urlPassthrough: false});

    assertApi('gtagSet').wasNotCalled();
- name: Loads Assent from the URL field and succeeds once it has loaded
  code: |-
    let loaded;
    mock('injectScript', function(url, onSuccess, onFailure, cacheToken) {
      loaded = url;
      onSuccess();
    });

    runCode({scriptUrl: 'https://cdn.example.com/assent.js'});

    assertThat(loaded).isEqualTo('https://cdn.example.com/assent.js');
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: Fails when Assent's script does not load
  code: |-
    mock('injectScript', function(url, onSuccess, onFailure) {
      onFailure();
    });

    runCode({scriptUrl: 'https://cdn.example.com/missing.js'});

    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: Leaves its hand-off for Assent before loading it, and the config URL when one is given
  code: |-
    const inWindow = {};
    mock('setInWindow', function(key, value) {
      inWindow[key] = value;
      return true;
    });
    mock('injectScript', function(url, onSuccess) {
      assertThat(inWindow.assentGtm).isDefined();
      onSuccess();
    });

    runCode({scriptUrl: 'https://www.example.com/assent.js', configUrl: '/consent.json'});

    assertThat(inWindow.assentConfig).isEqualTo('/consent.json');
    assertApi('gtmOnSuccess').wasCalled();
- name: Does not set a config URL when the field is empty
  code: |-
    const inWindow = {};
    mock('setInWindow', function(key, value) {
      inWindow[key] = value;
      return true;
    });

    runCode({scriptUrl: 'https://www.example.com/assent.js', configUrl: ''});

    assertThat(inWindow.assentConfig).isUndefined();
    assertThat(inWindow.assentGtm).isDefined();
- name: Turns each update from Assent into updateConsentState
  code: |-
    const inWindow = {};
    mock('setInWindow', function(key, value) {
      inWindow[key] = value;
      return true;
    });
    runCode({scriptUrl: 'https://www.example.com/assent.js'});

    inWindow.assentGtm({analytics_storage: 'granted', ad_storage: 'denied', security_storage: 'granted'});
    assertApi('updateConsentState').wasCalledWith({
      analytics_storage: 'granted', ad_storage: 'denied', security_storage: 'granted'
    });

    inWindow.assentGtm({analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted'});
    assertApi('updateConsentState').wasCalledWith({
      analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted'
    });
- name: Passes on only known types with granted or denied
  code: |-
    const inWindow = {};
    mock('setInWindow', function(key, value) {
      inWindow[key] = value;
      return true;
    });
    runCode({scriptUrl: 'https://www.example.com/assent.js'});

    inWindow.assentGtm({analytics_storage: 'yes', made_up_storage: 'granted'});
    inWindow.assentGtm('granted');
    assertApi('updateConsentState').wasNotCalled();

    inWindow.assentGtm({analytics_storage: 'granted', made_up_storage: 'granted'});
    assertApi('updateConsentState').wasCalledWith({analytics_storage: 'granted'});
setup: |-
  // Tests never load a real script: Assent "loads" at once unless a scenario says otherwise.
  mock('injectScript', function(url, onSuccess) {
    onSuccess();
  });


___NOTES___

Source: the gtm/ folder of the Assent repository. The same scenarios run in Node in Assent's unit
tests (tests/unit/gtm/), against recorded stand-ins for the sandbox APIs.
