"""Templates of val17 with personal data, conversational shapes (chat, e-mail, SMS,
WhatsApp, letters, reviews, notes, transcripts, subtitles, OCR), written by hand by its
author for the part's domains; slots are described in `val17_gen`."""

from __future__ import annotations

from appliance.testing.pii_corpus.val17_gen import T

TEMPLATES = (
    # ---- chat ----
    T(
        "chat_fleet_swap",
        "chat",
        """
[[first#1]] can't do the [[time]] run to [[city#2]] tomorrow, tacho hours are maxed. Can you swap with [[full#2]]? Number: [[phone#2]]. Trailer [[sku]] stays at the yard.""",
    ),
    T(
        "chat_site_sub",
        "chat",
        """
hey, the drylining sub sent a new guy today, says the name is [[lower#1]] from [[lcity#1]]. not on our induction list. can u check with [[lowfirst#2]] in the office before anyone goes up the scaffold? ticket [[ticket]]""",
    ),
    T(
        "chat_name_only",
        "chat",
        """
who signed off the weld inspection on batch [[lot]]?

[[first#1]]

thanks. and the re-test?

[[full#2]], per the QC sheet""",
    ),
    T(
        "chat_wordname",
        "chat",
        """
Can you ask [[wfirst#1]] if the key to the van is still in that hi-vis pocket? Hope not. If not, [[wfirst#2]] might know, locked up on [[date]] after the late run.""",
    ),
    T(
        "chat_podcast",
        "chat",
        """
Guest for ep. [[qty]] confirmed: [[full#1]] ([[poss#1]] agent is [[full#2]], [[email#2]]). Record at [[time]] on [[date]], remote. Send the Riverside link and the release form.""",
    ),
    T(
        "chat_spanish_line",
        "chat",
        """
Quick one for the translation desk. Client wrote: "Por favor, envíen la factura a [[full#1]], calle abajo, a nombre de la empresa; su móvil es [[phone#1]]." Do we translate the name too? (no, right?) Job [[order]]""",
    ),
    T(
        "chat_devops_mention",
        "chat",
        """
@[[handle#1]] the staging box at [[ip4]] is throwing 502s again after deploy [[hash]]. @[[handle#2]] can you roll back? cc [[first#3]]""",
    ),
    T(
        "chat_family",
        "chat",
        """
Mum says [[poss#1]] birthday is on the 14th, can you bring the cake? And [[first#2]] is flying in from [[city#2]] so someone pick up at arrivals, landing [[time]]. New number: [[phonei#2]]""",
    ),
    T(
        "chat_nick",
        "chat",
        """
Does anyone have a number for [[knick#1]]? Coached the under-12s last season. I think [[knickonly#1]] moved to [[city#1]] but [[first#2]] might still be in touch.""",
    ),
    T(
        "chat_german_line",
        "chat",
        """
Forwarding from the Munich desk: "Bitte rufen Sie Frau [[last#1]] unter [[phone#1]] zurück, sie wartet seit Dienstag auf die Übersetzung." Who has the German-to-English queue today, [[first#2]] or [[first#3]]?""",
    ),
    T(
        "chat_ski",
        "chat",
        """
Private lesson tomorrow [[time]]: [[full#1]] + two kids, beginners, rental boots size 34 and 36. Instructor will be [[first#2]]. Mum's mobile [[phone#1]], staying at the chalet in [[city#1]].""",
    ),
    # ---- email ----
    T(
        "email_notary",
        "email",
        """
Subject: Signing appointment — sale of the flat at [[addr#1]]

Dear [[full#1]],

The deed is ready for signature on [[date]] at [[time]] in our office. Please bring a photo ID. The balance should be wired to the client account [[iban#2]] no later than two working days before.

If your co-heir [[first#3]] signs by proxy, we need the notarised power of attorney.

Kind regards,
[[full#2]]
Notary's clerk · [[phone#2]]""",
    ),
    T(
        "email_tax",
        "email",
        """
From: [[email#1]]
To: [[email#2]]
Subject: 1040 docs

Hi [[first#2]],
attached are the W-2s. My SSN is [[ssn#1]] and my wife's is [[ssn#2]]. Refund should go to checking account [[acct#1]] as last year.
Thanks,
[[first#1]]""",
    ),
    T(
        "email_moving",
        "email",
        """
Subject: Quote [[order]] — move on [[date]]

Hello [[initf#1]],

Thanks for your enquiry. Pickup: [[addr#1]]. Delivery: [[addr#2]]. Our crew lead on the day is [[full#3]], reachable on [[phone#3]] from 7am.
Deposit can be paid by card; please do not email card numbers, call us instead.

SwiftMove Removals""",
    ),
    T(
        "email_ngo",
        "email",
        """
Subject: Field report, week [[qty]]

Team,
the water-point survey around [[city#1]] is finished. Translators: [[full#1]] and [[full#2]]. Our driver [[first#3]] had the Land Cruiser serviced ([[price]]). Satellite phone for the team: [[phonei#1]].

[[init#4]], logistics""",
    ),
    T(
        "email_fao",
        "email",
        """
FAO [[full#1]], Accounts Payable

Please settle invoice [[order]] ([[price]]) to IBAN [[iban#1]]. Questions to [[role]] or to me.

[[full#2]]
c/o [[addr#2]]""",
    ),
    T(
        "email_french",
        "email",
        """
Objet : Inscription cours intensif

Bonjour,
je m'appelle [[full#1]] et je voudrais inscrire ma fille [[first#2]] au cours d'anglais de juillet. Nous habitons à [[city#1]]. Mon numéro : [[phone#1]].
Cordialement,
[[first#1]] [[uplast#1]]""",
    ),
    T(
        "email_library",
        "email",
        """
Dear [[full#1]],

Your reservation of "The Shipping News" ([[isbn]]) is ready to collect at the branch desk until [[date]]. Your card also shows two overdue items. If you have moved, please update your address (we have [[addr#1]] on file).

Library Services""",
    ),
    T(
        "email_callsheet",
        "email",
        """
CALL SHEET DAY [[qty]] — unit base car park, [[city#1]]
Director: [[full#1]]   1st AD: [[full#2]] ([[phone#2]])
Location manager: [[full#3]] [[phone#3]]
Nearest A&E: see map. Crew call [[time]]. Cast: see separate sheet, not for circulation.""",
    ),
    T(
        "email_elder_care",
        "email",
        """
Subject: Your mother's care plan review

Dear [[possfull#1]] family,

following her fall on [[date]], Nurse [[last#2]] has updated the mobility plan. Visits remain open 10-12 and 3-6. The GP, Dr [[last#3]], will come on Thursday. For anything urgent call the unit directly on [[phone#2]].

Lindenhof Care Home""",
    ),
    T(
        "email_dive",
        "email",
        """
Hi there,

booking for two divers, [[full#1]] (PADI AOW) and [[full#2]] (Open Water), 3 boat dives from [[date]]. Please charge the deposit to [[card#1]], exp 08/27. We arrive from [[city#1]] on the ferry.

Best, [[first#1]]""",
    ),
    T(
        "email_attn",
        "email",
        """
ATTN: [[upper#1]]
RE: Subcontract [[order]], ground works

Retention of 5% will be released to account number [[acct#1]] after the defects period. Contact our QS, [[full#2]], [[email#2]], for the final account.
""",
    ),
    # ---- sms ----
    T(
        "sms_driver",
        "sms",
        """
[[first#1]] here, stuck at the depot gate, seal number doesn't match the CMR. ring me [[phone#1]]""",
    ),
    T(
        "sms_nursery",
        "sms",
        """
Hi it's [[first#1]], [[poss#2]] mum. Her grandad [[full#3]] will collect her today at 3. Any probs text me on [[phonen#1]] x""",
    ),
    T(
        "sms_lower",
        "sms",
        """
ok so [[lowfirst#1]] and [[lowfirst#2]] r coming sat, [[lowfirst#3]] said maybe. bring chairs""",
    ),
    T(
        "sms_ems",
        "sms",
        """
CAD [[ticket]] P1 chest pain, [[addr#1]], caller [[full#1]] [[phone#1]]. Unit 14 assigned""",
    ),
    T(
        "sms_from",
        "sms",
        """
From [[full#1]]: parcel left with neighbour at no. 12, tracking [[track]]. — Sent via courier app""",
    ),
    T(
        "sms_last_word",
        "sms",
        """
Your table for 4 at [[time]] is confirmed. Reply C to cancel. Booked by [[first#1]]""",
    ),
    # ---- whatsapp ----
    T(
        "whatsapp_choir",
        "whatsapp",
        """
[[date]], 19:02 - [[full#1]]: Rehearsal moved to the church hall this week
[[date]], 19:05 - [[full#2]]: I can give [[first#3]] a lift, it's on my way
[[date]], 19:06 - [[full#3]]: thank you!! 🙏
[[date]], 19:10 - [[full#1]]: bring the Advent scores""",
    ),
    T(
        "whatsapp_neighbours",
        "whatsapp",
        """
[[time]] - [[first#1]]: Has anyone seen a grey cat around [[addr#1]]? answers to Biscuit
[[time]] - [[first#2]]: I think the cat was in [[poss#3]] garden this morning
[[time]] - [[full#3]]: yes he's here 😂 come get him, I'm at number 9""",
    ),
    T(
        "whatsapp_club",
        "whatsapp",
        """
[22:14] [[initf#1]]: minutes from the allotment society AGM attached
[22:15] [[initf#2]]: thanks! can we add [[full#4]] to the group? new plot holder, [[phonei#4]]
[22:17] [[initf#1]]: done""",
    ),
    T(
        "whatsapp_tour",
        "whatsapp",
        """
Guide [[first#1]]: Good morning group! Bus leaves hotel at [[time]] for the coast road. Lunch in [[city#1]]. If lost call me [[phone#1]] or our office [[phone#2]].
[[first#3]]: Can my partner [[first#4]] join for the afternoon only?""",
    ),
    T(
        "whatsapp_slash",
        "whatsapp",
        """
Rota for the food bank Saturday: [[first#1]]/[[first#2]] on intake, [[first#3]]/[[first#4]] on the van. Keys with [[full#5]] (flat 3).""",
    ),
    # ---- letter ----
    T(
        "letter_faith",
        "letter",
        """
[[addr#1]]
[[date]]

Dear Father [[last#2]],

I write on behalf of my late father, [[full#1]], to ask whether the memorial Mass could be held on the anniversary. My cousin [[full#3]] will read. You may reach me on [[phone#3]].

Yours in faith,
[[first#4]]
[[last#4]]""",
    ),
    T(
        "letter_notary_split",
        "letter",
        """
Étude notariale
[[addr#2]]

M. [[first#1]]
[[uplast#1]]
[[addr#1]]

Monsieur,
Nous vous prions de bien vouloir nous transmettre votre RIB ([[iban#1]]) afin de procéder au versement.
Maître [[full#2]]""",
    ),
    T(
        "letter_reference",
        "letter",
        """
To whom it may concern,

I have known [[full#1]] for six years as a volunteer at the community kitchen. [[poss#1]] reliability is beyond doubt. I can be contacted at [[email#2]].

[[full#2]]""",
    ),
    T(
        "letter_school",
        "letter",
        """
Dear parents,

our language school's summer trip departs from the main entrance on [[date]]. Accompanying teachers: [[full#1]] and [[full#2]]. Emergency contact during the trip: [[phonei#1]].
Your child's host family will be in [[city#3]].

The Director""",
    ),
    # ---- review ----
    T(
        "review_mover",
        "review",
        """
★★★★★ [[full#1]] and his crew moved us from [[city#1]] to [[city#2]] without a scratch on the Steinway. Ask for him by name!""",
    ),
    T(
        "review_dive",
        "review",
        """
Best dive centre on the island. Our instructor [[first#1]] was patient with my daughter, and [[first#2]] on the boat made the best tea. 5/5 — [[initf#3]], [[country#3]]""",
    ),
    T(
        "review_wordname",
        "review",
        """
3 stars. The ski school was fine but [[wfirst#1]] (the instructor) left the kids at the lift for 20 min. Grace period on cancellations is a joke too. Posted by [[wfull#2]]""",
    ),
    T(
        "review_till",
        "review",
        """
Cashier [[first#1]] at the self-checkout was lovely, but the loyalty card didn't take my points, and the Rose Gold kettle was £10 more than the shelf price. Customer: [[full#2]] [[email#2]]""",
    ),
    # ---- notes ----
    T(
        "notes_sub_meeting",
        "notes",
        """
Site meeting [[date]]
Present: [[full#1]] (PM); [[full#2]] (M&E); [[full#3]] (scaffold); apologies: [[full#4]]
- Crane lift moved to [[date]]
- [[first#2]] to chase the roofer
- Next meeting: site cabin, [[time]]""",
    ),
    T(
        "notes_qc",
        "notes",
        """
QC hold — lot [[lot]], 14 of 200 housings cracked at the boss. Found by [[init#1]] on night shift. Supplier contact [[full#2]], [[phone#2]]. Quarantine cage B. 8D owner: [[first#3]].""",
    ),
    T(
        "notes_call_centre",
        "notes",
        """
Agent notes: customer [[full#1]] called re double charge on card ending — gave full number [[card#1]] despite warning. DOB confirmed. Callback on [[phone#1]] after [[time]].""",
    ),
    T(
        "notes_childminder",
        "notes",
        """
Tues: [[first#1]] ate all lunch, nap 12:40-2:10. [[first#2]] a bit sniffly, told her dad ([[full#3]]) at pickup. Allergy card for [[first#1]] updated: no sesame.""",
    ),
    T(
        "notes_voice",
        "notes",
        """
voice memo transcribed: remind [[lowfirst#1]] about the invoice for [[lower#2]] in [[lcity#2]] and call [[lowfirst#3]] back about the boat trailer the number is [[phonen#3]]""",
    ),
    # ---- transcript ----
    T(
        "transcript_call",
        "transcript",
        """
AGENT: Thank you for calling, you're speaking with [[first#1]]. Can I take your name?
CALLER: It's [[full#2]].
AGENT: And the postcode or address on the account?
CALLER: [[addr#2]].
AGENT: Thank you, [[first#2]]. I can see the order [[order]].""",
    ),
    T(
        "transcript_radio",
        "transcript",
        """
[[upper#1]]: And welcome back, it's [[time]], you're listening to the breakfast show. With me is [[full#2]] from the hospice choir.
[[upper#2]]: Thanks for having me.
[[upper#1]]: Now [[first#2]], tell us about the concert in [[city#2]].""",
    ),
    T(
        "transcript_dispatch",
        "transcript",
        """
911, what's the address of your emergency?
uh [[addr#1]] my neighbour [[lowfirst#2]] fell down the stairs
what's your name
[[lower#3]]
and a callback number
[[phonen#3]]""",
    ),
    T(
        "transcript_interpreter",
        "transcript",
        """
[Interpreter: [[full#1]]]
Officer: Please state your full name.
Witness: [[full#2]].
Officer: And where were you born?
Witness: In [[city#2]], [[country#2]].""",
    ),
    T(
        "transcript_podcast",
        "transcript",
        """
00:12:04 [[first#1]]: so my grandmother, [[full#3]], ran the bakery on the corner for forty years
00:12:11 [[first#2]]: in [[city#3]]?
00:12:12 [[first#1]]: yeah, and never once used a recipe""",
    ),
    # ---- ocr ----
    T(
        "ocr_receipt",
        "ocr",
        """
FRESHWAY MARKET #0412
CASHIER: [[upfirst#1]]
LOYALTY: [[upper#2]]
VISA [[card#1]]
TOTAL [[price]]
THANK YOU FOR SHOPPING""",
    ),
    T(
        "ocr_idcard",
        "ocr",
        """
SURNAME / NOM
[[uplast#1]]
GIVEN NAMES / PRÉNOMS
[[upfirst#1]]
PLACE OF BIRTH
[[city#1]]
DATE OF ISSUE [[date]]""",
    ),
    T(
        "ocr_cheque",
        "ocr",
        """
PAY [[upper#1]] ****** [[price]]
ACCT [[acct#2]]
[[upper#2]]
[[addr#2]]""",
    ),
    T(
        "ocr_delivery",
        "ocr",
        """
DELIVERY NOTE  DN [[order]]
Consignee: [[LF#1]]
Adress: [[addr#1]]
Tel: [[phone#1]]
Driver sign: [[initf#2]]""",
    ),
    # ---- srt ----
    T(
        "srt_doc",
        "srt",
        """
41
00:03:12,040 --> 00:03:15,200
[[upper#1]]: My father drove trucks out of [[city#1]] for 30 years.

42
00:03:15,600 --> 00:03:18,900
Ask [[first#2]] about the old depot.""",
    ),
    T(
        "srt_interview",
        "srt",
        """
7
00:00:21,000 --> 00:00:24,500
My name is [[full#1]] and I teach at the language school.

8
00:00:24,700 --> 00:00:27,100
- Who taught you?
- [[full#2]]. Everyone called him "[[first#2]]".""",
    ),
    T(
        "sms_two_numbers",
        "sms",
        """
Dad's new mobile is [[phone#1]], the landline at the cottage is [[phonen#1]]. Tell [[first#2]]!""",
    ),
    T(
        "chat_rent_acct",
        "chat",
        """
Rent for the flat share goes to my account number [[acct#1]] (sort code on the group chat). [[first#2]] still owes [[price]]; [[first#3]] paid. Landlord is [[full#4]], [[phone#4]] if the boiler dies again.""",
    ),
    T(
        "email_card_booking",
        "email",
        """
Subject: Choir trip coach + hotel

Hi [[first#1]],
please charge the deposit for 32 singers to my card [[card#1]] and send the receipt to [[email#2]]. Rooming list: [[full#2]] with [[full#3]]; [[full#4]] single. Coach driver's number: [[phonei#5]].
Thanks, [[first#2]]""",
    ),
    T(
        "whatsapp_emergency",
        "whatsapp",
        """
[[time]] - [[first#1]]: FYI nursery emergency contacts changed: [[full#2]] [[phone#2]] and [[full#3]] [[phone#3]]
[[time]] - [[first#4]]: noted 👍""",
    ),
)
