"""What the French build still shows in English, per window of the catalog (see
tests/ui/test_french_build.py): ``"<widget kind> '<text>'"`` descriptions. Each is data,
not the program's words: the acupoint catalogue (resources/*.json), ICD-10 titles, user
names, stored codes shown on purpose, and the user guide, English in this version."""

from __future__ import annotations

KNOWN_ENGLISH: dict[str, set[str]] = {
    # the catalogue's TCM pattern names (resources/protocols.json)
    "intake window": {
        "PatternBox item 'Qi and blood stasis'",
    },
    # acupoints' depths and locations from the catalogue (resources/acupoints.json)
    "plan editor: region": {
        "QLineEdit placeholder '0.5–1 cun toward the tip of the nose'",
        "QLineEdit placeholder '0.3–0.5 cun oblique toward the spine'",
        "QLabel 'On the midline of the low back, in the dip just below the spine"
        " of the 4th lumbar vertebra, about level with the tops of'",
    },
    # acupoints' depths and the templates' notes from the catalogue (resources/*.json)
    "plan editor: template": {
        "QLineEdit placeholder '0.5–1 cun toward the tip of the nose'",
        "QLineEdit placeholder '0.3–0.5 cun oblique toward the spine'",
        "QLabel 'For a recent strain or sprain: start with distal points (the lumbar"
        " pain points on the hand, or SI3) and, only while you'",
    },
    # acupoints' needling depths from the catalogue (resources/acupoints.json)
    "plan editor: search": {
        "QLineEdit placeholder '0.5–1 cun toward the tip of the nose'",
        "QLineEdit placeholder '0.3–0.5 cun oblique toward the spine'",
    },
    # acupoints' needling depths from the catalogue (resources/acupoints.json)
    "plan editor: body": {
        "QLineEdit placeholder '0.5–1 cun toward the tip of the nose'",
        "QLineEdit placeholder '0.3–0.5 cun oblique toward the spine'",
    },
    # acupoints' needling depths from the catalogue (resources/acupoints.json)
    "session window": {
        "QLineEdit placeholder '0.3–0.5 cun oblique toward the spine'",
    },
    # the catalogue's protocol and pattern names (resources/protocols.json)
    "start course dialog": {
        "QComboBox item 'Chronic low back pain'",
        "QComboBox item 'Cold-damp low back pain (pattern)'",
        "QComboBox item 'Damp-heat low back pain (pattern)'",
        "QComboBox item 'Kidney yang deficiency low back pain (pattern)'",
        "QComboBox item 'Kidney yin deficiency low back pain (pattern)'",
        "QComboBox item 'Low back pain in pregnancy (pregnancy-safe set)'",
        "QComboBox item 'Qi and blood stasis low back pain (pattern)'",
        "QComboBox item 'Upper back and neck tension'",
        'QLabel "Suggéré pour le syndrome de l\'évaluation : Qi and Blood stagnation."',
    },
    # user names (data), and each action's stored code beside its words
    "admin audit trail": {
        "QComboBox item 'admin'",
        "QComboBox item 'practitioner'",
        "QComboBox item 'reception'",
        "QComboBox item 'Connexion (sign_in)'",
        "QComboBox item 'Échec de la connexion (sign_in_failed)'",
        "QComboBox item 'Déconnexion (sign_out)'",
        "QComboBox item 'Dossier ouvert (open_record)'",
        "QComboBox item 'Séance signée (sign)'",
        "QComboBox item 'Impression (print)'",
        "QComboBox item 'Paramètres de la clinique (settings)'",
    },
    # ICD-10 diagnosis titles for receipts, as the insurers' code lists word them
    "admin clinic settings": {
        "QComboBox item 'M54.50 — Low back pain, unspecified'",
        "QComboBox item 'M54.51 — Vertebrogenic low back pain'",
        "QComboBox item 'M54.59 — Other low back pain'",
    },
    # the user guide's section titles: the guide is English in this version
    "user guide": {
        "QComboBox item 'Courses and sessions'",
        "QComboBox item 'The treatment room and progress'",
        "QComboBox item 'The appointment book'",
        "QComboBox item 'Taking payments and refunds'",
        "QComboBox item 'Receipts, invoices and insurers'",
        'QComboBox item "The patient\'s calendar file"',
        "QComboBox item 'End of day'",
        "QComboBox item 'Keyboard, screen readers and help'",
    },
}
