"""val41 templates: paste (an instruction around pasted text, the text sometimes in
French, German, Spanish, Italian, Dutch, Portuguese or Polish), slack and jira. Slots as
in `val41_render`."""

from __future__ import annotations

from appliance.testing.pii_corpus.val41_render import Template as T

TEMPLATES: list[T] = [
    # ---- paste ---------------------------------------------------------------------
    T("paste", "circus",
      "Translate this message from a client into English, keep the tone:\n\n---\nBonjour,\n\n"
      "Je m'appelle ⟦p1⟧ et je voudrais louer un chapiteau pour le mariage de ma fille le "
      "⟦date⟧ à ⟦city⟧. Vous pouvez me joindre au ⟦phone⟧.\n\nCordialement,\n⟦p1.g⟧\n---"),
    T("paste", "optician",
      "Summarise this in two bullet points:\n\n\"Guten Tag ⟦p1⟧, Ihre Brille mit Zeiss-Gläsern "
      "ist abholbereit. Der Restbetrag von ⟦price⟧ wird von Ihrem Konto ⟦iban⟧ abgebucht. "
      "Mit freundlichen Grüßen, ⟦p2⟧\""),
    T("paste", "yacht",
      "Can you check this notice for typos?\n\n«Se informa a los socios que ⟦p1⟧ asume "
      "la presidencia del club de remo de ⟦city⟧. Contacto: ⟦p1.email⟧.»"),
    T("paste", "pharmacy",
      "Reply politely in Italian to this:\n\n\"Buongiorno, sono ⟦p1⟧. Vorrei sapere se la "
      "vostra farmacia prepara la soluzione di Lugol. Il mio numero è ⟦phone⟧. Grazie.\""),
    T("paste", "bells",
      "What is this about? A ringer sent it:\n\n\"Beste ⟦p1.g⟧, de klokkenluiders oefenen "
      "donderdag om ⟦time⟧. ⟦p2⟧ neemt de sleutel mee. Groet, ⟦p3.g⟧\""),
    T("paste", "weddings",
      "Extract the names and the bank details from this into a table:\n\n<<<\nPlease pay "
      "⟦p1⟧ for the flowers: checking account ⟦acct⟧, routing number ⟦routing⟧. ⟦p2⟧ will pay "
      "the band separately.\n>>>"),
    T("paste", "kennel",
      "Translate to English: \"Olá ⟦p1.g⟧, o seu cão ⟦pet⟧ foi aceite na exposição canina "
      "de ⟦city⟧. Pagamento com o cartão ⟦card⟧ recebido. Cumprimentos, ⟦p2⟧\""),
    T("paste", "watchmaker",
      "Fix the grammar, it's for a Polish customer:\n\n\"Dzień dobry, nazywam się ⟦p1m⟧. "
      "Chciałbym zamówić naprawę zegarka. Mój adres: ⟦addr⟧\""),
    T("paste", "genealogy",
      "Summarise this record for my family tree:\n\n\"⟦p1m⟧, son of ⟦p2⟧, born ⟦year⟧ at "
      "⟦addr⟧; emigrated to ⟦country⟧ ⟦year2⟧.\" -- transcribed by ⟦p3.i⟧"),
    T("paste", "beekeeping",
      "Translate into English:\n\n\"Le rucher sera inspecté le ⟦date⟧. Merci d'apporter vos "
      "cadres Hoffman et la grille à reine. Référence ⟦order⟧.\""),
    T("paste", "bells",
      "Is this correct German? \"Die Glocke St Agatha wird neu gestimmt. Bitte keine Übungen bis "
      "⟦time⟧. Rechnung ⟦inv⟧.\""),
    T("paste", "boardgame",
      "Summarise this changelog for members:\n\n---\n⟦semver⟧: fixed Elo rating rounding; added "
      "Ruy Lopez opening drills; removed the Wordle clone (licence).\n---"),
    T("paste", "nursery",
      "Translate: \"El pedido ⟦order⟧ de semillas (Magnolia, Fuchsia) se enviará el ⟦date⟧. "
      "Total ⟦price⟧.\""),
    # ---- slack ---------------------------------------------------------------------
    T("slack", "bicycle",
      "#workshop\n⟦p1⟧  9:14 AM\n@⟦p2.handle⟧ can you true the wheel for ⟦p3.g⟧? Customer "
      "phone ⟦phone⟧\n⟦p2⟧  9:16 AM\non it :thumbsup:"),
    T("slack", "library",
      "#systems\n⟦p1.g⟧  10:02\nkiosk at ⟦ip⟧ keeps timing out, ⟦p2.g⟧ can you check?\n"
      "HiveBot APP  10:05\nalert cleared for host ⟦ip⟧ (⟦ip6⟧)"),
    T("slack", "weddings",
      "#events\n⟦p1⟧  4:41 PM\nvenue contract signed for ⟦p2⟧ & ⟦p3⟧, deposit went on "
      "⟦card⟧, refund to the same card when they pay"),
    T("slack", "genealogy",
      "#membership\n⟦p1.gl⟧  11:20\nnew joiner ⟦p2⟧, ⟦p2.email⟧, from the ⟦city⟧ group, profile "
      "⟦p2.url⟧\n"
      "Ask Archie APP  11:20\nadded to the mailing list ✅"),
    T("slack", "coastguard",
      "#crew\n⟦p1⟧  06:12\nshout! ⟦ship⟧ drifting off ⟦city⟧. ⟦p2.g⟧ and ⟦p3.g⟧ on the way, "
      "Storm Babet leftovers out there"),
    T("slack", "watchmaker",
      "#bench\n⟦p1.g⟧  14:03\nanyone know ⟦p2⟧? says their grandfather's watch (Breguet "
      "hands) was serviced here, wants it sent to ⟦addr⟧", case="lower"),
    T("slack", "fishing",
      "#auction\n⟦p1⟧  05:40\nbuyers today: ⟦p2.i⟧, ⟦p3.i⟧, @⟦p4.handle⟧. ⟦p2.f⟧'s line is "
      "⟦phone⟧, ⟦p3.f⟧ pays by IBAN ⟦iban⟧"),
    T("slack", "bicycle",
      "#deploys\nDependabot APP  08:00\nbump requests from 2.31.0 to 2.32.3 (#⟦num⟧)\n"
      "Renovate bot APP  08:03\nlock file maintenance, commit ⟦hash⟧\n@build-bot retry ⟦num⟧"),
    T("slack", "kennel",
      "#shop\nstock alert: Dobermann show leads out of stock (⟦sku⟧), reorder at ⟦price⟧ "
      "@channel"),
    T("slack", "fishing",
      "#random\nanyone else think the Kalman filter on the new fish-counting camera is "
      "overkill? a Secchi disk works fine lol"),
    T("slack", "bells",
      "#rota\nMichaelmas practice cancelled; Candlemas quarter peal at ⟦time⟧ on ⟦date⟧.\n"
      "Marvin the rota bot APP\nsheet updated ✅"),
    T("slack", "pharmacy",
      "#dispensary\n⟦p1⟧  09:12\nreminder: ⟦procedure⟧ training at ⟦time⟧, leaflets on "
      "⟦disease⟧ are in\n⟦bot⟧ APP  09:12\nbooked a seat for ⟦p2.g⟧ (⟦p2.email⟧)"),
    # ---- jira ----------------------------------------------------------------------
    T("jira", "beekeeping",
      "BEE-⟦num⟧ | Bug | Reporter: ⟦p1⟧ | Assignee: ⟦p2⟧\nSummary: apiary map shows the "
      "wrong hive owner\nDescription: hives at ⟦addr⟧ are listed under ⟦p3⟧ instead of "
      "⟦p1.g⟧. Langstroth count also wrong."),
    T("jira", "library",
      "LIB-⟦num⟧ | Story\nAs a librarian I want to export the loans of borrower ⟦p1⟧.\n"
      "Acceptance: the export goes to ⟦p1.email⟧ and is linked from ⟦p1.url⟧; request logs from "
      "⟦ip⟧ are purged after "
      "30 days."),
    T("jira", "dental",
      "DENT-⟦num⟧: payment gateway rejected card ⟦card⟧ for patient ⟦p1⟧.\nEnv: prod "
      "⟦ver⟧\nWatchers: ⟦p2⟧, ⟦p3.i⟧"),
    T("jira", "fishing",
      "FISH-⟦num⟧ | Task: update buyer bank details\nBuyer: ⟦p1⟧\nOld IBAN: ⟦iban⟧\n"
      "New IBAN: ⟦iban2⟧\nApproved by: ⟦p2⟧"),
    T("jira", "kennel",
      "KEN-⟦num⟧ | Bug: duplicate owner records for ⟦p1⟧ (⟦phone⟧) and ⟦p1.lf⟧ (⟦phone2⟧). "
      "Both own a Gordon setter called ⟦pet⟧."),
    T("jira", "pharmacy",
      "PHARM-⟦num⟧ | Bug: SSN field strips dashes inconsistently.\nExample: patient ⟦p1⟧, "
      "SSN ⟦ssn⟧.\nReporter: ⟦p2⟧"),
    T("jira", "optician",
      "OPT-⟦num⟧ | Story: add the Amsler grid test to the patient app.\nAcceptance: results "
      "stored with the Snellen chart record; works offline; ⟦ver⟧."),
    T("jira", "watchmaker",
      "WATCH-⟦num⟧ | Bug: Mohs scale lookup returns 10 for every Cullinan diamond entry. "
      "Fix in ⟦ver⟧. Linked: ⟦order⟧."),
    T("jira", "boardgame",
      "GAME-⟦num⟧ | Task: import Elo ratings from ⟦url⟧ nightly at ⟦time⟧; Rubik's Cube "
      "speed times go in a separate table."),
    T("jira", "collecting",
      "STAMP-⟦num⟧ | Bug: Stanley Gibbons catalogue numbers with a suffix (SG 1a) break the "
      "sort; Michel catalogue numbers fine. Sample lot ⟦num2⟧."),
]
