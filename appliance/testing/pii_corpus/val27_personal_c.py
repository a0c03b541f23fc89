"""val27 personal templates, part C: log, git, diff, stacktrace, slack, jira, bibliography,
ics (calendar and vCard), paste (with pasted text in eleven languages) and voice."""

TEMPLATES = r"""
=== pc-log-01 | log | dc
2025-11-03T02:14:07Z WARN  bmc[turing-07] fan2 rpm low (1200)
2025-11-03T02:14:09Z INFO  pager notify oncall="«p1»" to=«ph1»
2025-11-03T02:19:44Z INFO  ssh login user=«p1|h» from «ip1»
2025-11-03T02:31:02Z INFO  ack by «p1|e»
Summarise what happened overnight.
=== pc-log-02 | log | crypto
[auth] «date» «time» login ok uid=«n:7» email=«p1|e» ip=«ip1» ua="Mozilla/5.0"
[auth] «date» «time» 2fa sms sent to «ph1»
[wdr] «date» «time» withdrawal requested dest_iban=«ib1» amount=9800.00 EUR
[auth] «date» «time» login ok uid=«n:7» email=«p1|e» ip=«ipx1»
Is this account takeover?
=== pc-log-03 | log | tickets
«time» POST /api/checkout 402 card_declined card=«cc1» buyer="«p1»"
«time» POST /api/checkout 402 card_declined card=«cc2» buyer="«p1»"
«time» POST /api/checkout 200 order=«ord» card=«cc3» buyer="«p1»" ip=«ip1»
=== pc-log-04 | log | solar
inverter-gw «date» 06:00:01 boot v«ver» site_owner="«p1»" lan=«ip1|p»
inverter-gw «date» 06:00:03 mqtt connect broker=«ip2» ok
inverter-gw «date» 12:41:55 alert grid_overvoltage notify=«ph1»
=== pc-log-05 | log | host
smartlock[front-door] «date» 15:02 code 4471 used by guest «p1|g» («bk»)
smartlock[front-door] «date» 22:48 code 4471 used by guest «p1|g»
smartlock[front-door] «date2» 09:15 cleaner «p2» unlocked via app (phone «ph1»)
=== pc-log-06 | log | optic
INFO  sms-gateway queued id=«n:8» to=«ph1» template=recall_2y patient="«p1|lf»"
ERROR sms-gateway failed id=«n:8» to=«ph2» reason=unreachable patient="«p2|lf»"
=== pc-git-01 | git | dc
commit «hash»«hash»
Author: «p1» <«p1|e»>
Date:   «date»

    Move babbage and lovelace hosts to new VLAN

    Co-authored-by: «p2» <«p2|e»>
    Signed-off-by: «p1» <«p1|e»>
=== pc-git-02 | git | tickets
«hash» Fix seat map for the Stretford End (#«n:4»)
«hash» Add refund reason codes
Author: «p1» <«p1|e»>
«hash» Bump stripe-node to «ver»
Author: «p2» <«p2|e»>
Co-authored-by: «p3» <«p3|e»>
Write release notes from these commits.
=== pc-git-03 | git | arts
commit «hash»
Author: «p1|h» <«p1|e»>
Date:   «date»

    Timetable: move «p2|g»'s contemporary class to Studio B

    Requested by «p3» (dance school office).
    Signed-off-by: «p1» <«p1|e»>
=== pc-git-04 | git | union
Squash these into one message:
- fix typo in «p1»'s bio on the committee page
- add «p2|g» as welfare officer
- remove old treasurer email «p3|e»
=== pc-git-05 | git | crypto
commit «hash»
Author: «p1» <«p1|e»>

    KYC: mask SSN in logs (was leaking e.g. «ssn1»)

    Reported-by: «p2» <«p2|e»>
=== pc-diff-01 | diff | dc
--- a/inventory/hosts.yaml
+++ b/inventory/hosts.yaml
@@ -12,7 +12,7 @@ hopper-11:
   rack: B14
-  ip: «ip1»
+  ip: «ip2»
-  owner: «p1»
+  owner: «p2»
   notes: do not reboot during backups
=== pc-diff-02 | diff | music
Review this diff to the concert programme:
-Soloist: «p1» (soprano)
+Soloist: «p2» (mezzo-soprano)
 Conductor: «p3»
-Contact for press: «p4|e»
+Contact for press: «re1:press@hallamphilharmonic.org»
=== pc-diff-03 | diff | family
@@ contacts.csv @@
-«p1»,«ph1»,«a1»
+«p1»,«ph2»,«a2»
 «p2»,«ph3»,«a3»
=== pc-diff-04 | diff | pest
diff --git a/customers.json b/customers.json
-  {"name": "«p1»", "card": "«cc1»"},
+  {"name": "«p1»", "card_last4": "****"},
Does this remove the card number properly?
=== pc-trace-01 | stacktrace | host
Traceback (most recent call last):
  File "/srv/app/bookings/notify.py", line 88, in send_confirmation
    sms.send(to=guest.phone, body=msg)
  File "/srv/app/sms/client.py", line 41, in send
    raise InvalidNumber(f"cannot route {to}")
sms.errors.InvalidNumber: cannot route «ph1» (guest «p1», booking «bk»)
How do I fix this?
=== pc-trace-02 | stacktrace | tickets
Exception in thread "checkout-7" java.lang.IllegalStateException: duplicate ticket holder «p1» <«p1|e»>
	at com.turnstile.orders.Validator.check(Validator.java:112)
	at com.turnstile.orders.Checkout.run(Checkout.java:58)
	at java.base/java.lang.Thread.run(Thread.java:1583)
=== pc-trace-03 | stacktrace | crypto
panic: iban validation failed for customer "«p1»": «ib1»

goroutine 42 [running]:
main.(*Withdrawals).Validate(0xc000132000, {0xc0001a2000, 0x22})
	/build/withdrawals.go:214 +0x1c5
main.main()
	/build/main.go:31 +0x85
=== pc-trace-04 | stacktrace | optic
Error: Patient lookup failed: no record for "«p1|Lf»" (DOB «date», phone «ph1»)
    at findPatient (/app/src/patients.js:77:11)
    at async handleRecall (/app/src/recall.js:23:5)
=== pc-slack-01 | slack | dc
[09:02] «p1»: morning, lovelace-02 is back after the PSU swap
[09:05] «p2»: nice. @«p1|h» can you update the ticket? IP is now «ip1»
[09:06] «p1»: done ✅
[09:30] build-bot: deploy «build» succeeded
=== pc-slack-02 | slack | tickets
#box-office
«p1|g» 11:14 AM
anyone know why «p2»'s season ticket isn't scanning? seat is in the Sir Alf Ramsey Stand
«p3|g» 11:16 AM
@«p1|h» card on the account is «cc1», maybe expired?
=== pc-slack-03 | slack | zoo
«p1» [2:41 PM]
Reminder: Sir Digby the tortoise is off show today. Visitor «p2» asked to speak to a keeper, number is «ph1»
«p3» [2:43 PM]
I'll call after the penguin feed 👍
=== pc-slack-04 | slack | solar
«w1» [10:02]
@here survey at «a1» moved to Thu, customer «p1|g» says call «ph1» on the way
«p2|g» [10:05]
ok, is the Zappi going on the garage wall?
=== pc-slack-05 | slack | union
«p1|lo» 17:40
anyone got the number for the rowing club captain? «p2|g» something
«p3|lo» 17:42
«p2» — «ph1»
=== pc-jira-01 | jira | dc
OPS-«n:4»: Decommission ritchie-web-03
Comment by «p1» («date»): Backups verified. IPs «ip1» and «ipx1» released.
Comment by «p2»: Thanks, closing. cc «p3|i»
=== pc-jira-02 | jira | crypto
COMP-«n:4» Review withdrawal to «ib1»
«p1» added a comment:
Customer «p2» provided payslips. Bank confirms checking account «ac1» is in their name. Recommend release.
«p3» added a comment:
Agree. SSN on file «ssn1» matches.
=== pc-jira-03 | jira | print
PRINT-«n:3»: Banner artwork for «p1»'s shop opening
Reporter: «p2»
Description: Customer wants "Grand Opening" in Gotham font, hex «hex». Deliver to «a1». Invoice to «p2|e».
=== pc-jira-04 | jira | fire
FRS-«n:4» Hydrant defect at «a1»
Reported by: «p1» (Watch Manager)
Comment from «p2»: water company ref «tkt» ... chasing on «ph1».
=== pc-jira-05 | jira | mental
ADMIN-«n:3»: Duplicate client records
«p1» commented: «p2» has two records (one with phone «ph1», one with «ph2»). Merged into the newer one.
«p3» commented: Thanks «p1|g».
=== pc-bib-01 | bibliography | books
Format these references in Harvard style:
«p1|bib» and «p2|bib» («yr») 'Reading groups and loneliness in later life', Journal of Library Practice, 14(2), pp. 33-51. doi:«doi»
«p3|bib» («yr») The Quiet Shelf. London: Gatehouse Press.
«p4|bib», «p5|bib» and «p6|bib» («yr») 'Writers' circles online', Creative Writing Review, 9, pp. 101-120.
=== pc-bib-02 | bibliography | optic
References
1. «p1|bib», «p2|bib» («yr»). Myopia control in school children. Optom Vis Sci 98(4):212-19.
2. «p3|bib» («yr»). Tinnitus counselling outcomes. Int J Audiol 61:550-8. https://doi.org/«doi»
3. «p4|bib», et al. («yr»). Graded exercise after ACL repair. Physiotherapy 112:40-7.
=== pc-bib-03 | bibliography | music
«p1|lf» («yr»). Singing oratorio in small churches. Choral Journal 45, 12-19.
«p2|bib» & «p3|bib» («yr»). Rehearsing the Requiem with amateur choirs. Music Ed 8(1).
Check these for missing page numbers.
=== pc-bib-04 | bibliography | forces
Sources used in the regimental history:
- «p1|bib» («yr») Letters home, 1944-45. Private collection of «p2».
- Interview with «p3», recorded «date» at «a1».
- «p4|bib» («yr») Sappers at Arnhem. Pen & Sword.
=== pc-ics-01 | ics | optic
BEGIN:VEVENT
SUMMARY:Eye test - «p1»
DTSTART:20260314T093000
ORGANIZER;CN=«p2»:mailto:«p2|e»
ATTENDEE;CN=«p1»:mailto:«p1|e»
LOCATION:«a1»
END:VEVENT
=== pc-ics-02 | ics | music
BEGIN:VCARD
VERSION:3.0
FN:«p1»
N:«p1|f»;«p1|g»;;;
ORG:Fellside Opera Chorus
TEL;TYPE=CELL:«ph1»
EMAIL:«p1|e»
ADR;TYPE=HOME:;;«a1»;;;;
END:VCARD
=== pc-ics-03 | ics | family
BEGIN:VEVENT
SUMMARY:Contact visit — «p1|g» with birth mother
DTSTART:«n:8»T100000
DESCRIPTION:Supervised by «p2». Transport by «p3» (mobile «ph1»).
LOCATION:Family Centre, «c1»
END:VEVENT
=== pc-ics-04 | ics | trades
BEGIN:VCARD
FN:«p1»
ORG:Keyway Locksmiths
TITLE:Master Locksmith
TEL;TYPE=WORK:«ph1»
TEL;TYPE=CELL:«ph2»
EMAIL;TYPE=WORK:«re1:jobs@keywaylocks.co.uk»
END:VCARD
Turn this into an email signature.
=== pc-ics-05 | ics | coast
BEGIN:VEVENT
SUMMARY:Lifeboat exercise with helicopter
ORGANIZER;CN=«p1»:mailto:«p1|e»
ATTENDEE;CN=«p2»:mailto:«p2|e»
ATTENDEE;CN=«p3»:mailto:«p3|e»
DTSTART:«n:8»T190000
END:VEVENT
=== pc-paste-01 | paste | host
Translate into English and draft a reply:
"Hola, soy «p1:spanish». Hemos reservado la cabaña del «date» y llegaremos tarde, sobre las 23h. ¿Puede alguien dejarnos la llave? Mi móvil es «ph1:ES». Gracias, «p1|g»"
=== pc-paste-02 | paste | music
Summarise this in English:
"Liebe Chormitglieder, die Probe am Donnerstag fällt aus. «p1:german» übernimmt die Stimmbildung am Samstag. Bitte meldet euch bei «p2:german» unter «ph1:DE» oder «p2|e», wenn ihr nicht kommen könnt."
=== pc-paste-03 | paste | optic
Extract the patient details as JSON:
"Bonjour, je m'appelle «p1:french», j'habite «a1:FR». Je voudrais un rendez-vous chez l'orthoptiste pour ma fille. Vous pouvez me joindre au «ph1:FR» ou par e-mail: «p1|e»."
=== pc-paste-04 | paste | trades
Reply to this customer in Portuguese, politely:
"Boa tarde, sou «p1:portuguese». O telhado da minha casa em «c1:PT» tem infiltrações desde a tempestade. Podem passar cá esta semana? O meu número é «ph1:PT»."
=== pc-paste-05 | paste | books
Translate to English:
"Ciao a tutti, il prossimo incontro del gruppo di lettura sarà da «p1:italian», in «a1:IT». Parleremo di Pinocchio. Per info: «ph1:IT» oppure scrivete a «p1|e»."
=== pc-paste-06 | paste | pest
Summarise this complaint:
"Goedemiddag, ik ben «p1:dutch» en ik woon op «a1:NL». Er zitten al twee weken muizen in de keuken. Jullie collega «p2:dutch» zou terugbellen op «ph1:NL» maar dat is niet gebeurd."
=== pc-paste-07 | paste | forces
Translate into English:
"Szanowni Państwo, nazywam się «p1:polish», jestem weteranem misji w Afganistanie. Proszę o kontakt pod numerem «ph1:PL». Numer konta do zwrotu składki: «ib1:PL»."
=== pc-paste-08 | paste | stable
What is this Swedish message about?
"Hej! Det är «p1:swedish» här. Kan mitt barn «p2:swedish|g» rida på lördag istället? Ring mig på «ph1:SE». Hälsningar från «c1:SE»"
=== pc-paste-09 | paste | tickets
Reply in Turkish and English:
"Merhaba, ben «p1:turkish». «c1:TR» maçı için aldığım iki bilet kayboldu. Sipariş numaram «ord», telefonum «ph1:TR». Yardımcı olur musunuz?"
=== pc-paste-10 | paste | zoo
Translate this volunteer application from Indonesian:
"Nama saya «p1:indonesian», tinggal di «c1:ID». Saya ingin menjadi relawan di pusat rehabilitasi orangutan. Nomor HP saya «ph1:ID», email «p1|e»."
=== pc-paste-11 | paste | solar
Translate and extract the customer's details:
"Xin chào, tôi là «p1:vietnamese». Tôi muốn lắp pin mặt trời cho nhà ở «c1:VN». Số điện thoại của tôi là «ph1:VN». Cảm ơn!"
=== pc-paste-12 | paste | family
Summarise this email for the case file:
"«p1|g» called again about the contact arrangements for «p2|g». Apparently «p3» has moved to «c1» and can be reached on «ph1». The solicitor is «p4» («p4|e»)."
=== pc-paste-13 | paste | crypto
Extract as JSON (name, dob, ssn, account):
"Applicant: «p1», born «date». SSN «ssn1». Wants payouts to checking account «ac1» at a credit union in «c1:US»."
=== pc-voice-01 | voice | trades
note to self call «p1» back on «ph1|s» about the flat roof at «a1» quote was six hundred plus vat
=== pc-voice-02 | voice | fire
reminder for «p1|g» tomorrow home safety visit at «a1» ask for «p2» the son his number is «ph1|n»
=== pc-voice-03 | voice | optic
text «p1» that the new glasses are ready to collect from «day» also tell «p2|g» the hearing test is moved to next week
=== pc-voice-04 | voice | stable
message to «p1|g» farrier coming «day» for the pony owned by «p2» so please be at the yard by eight call «ph1|s» if not
=== pc-voice-05 | voice | host
add guest «p1» from «c1» arriving «day» two adults one dog phone «ph1|s» paid deposit
=== pc-voice-06 | voice | coast
log entry shout at half six casualty «p1» from «c1» walker cut off by tide recovered by «p2|g» and «p3|g» handed to ambulance crew
"""
