"""val34 personal templates, part C: log, git, diff, stacktrace, slack, jira, bibliography,
ics, vcard and voice prompts (see `val34_gen` for the placeholder language)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val34_gen import T

TEMPLATES = [
    # --- log --------------------------------------------------------------------------------
    T(
        "lib-log-access",
        "log",
        """
Summarise what happened here:
{{ip1}} - - [{{clfdate}}:09:14:02 +0000] "GET /catalogue/local-history?q=rope+works HTTP/1.1" 200 5120
{{ip1}} - - [{{clfdate}}:09:14:40 +0000] "POST /account/login HTTP/1.1" 302 0 "user={{p1.email}}"
{{ip2}} - - [{{clfdate}}:09:15:03 +0000] "POST /account/login HTTP/1.1" 401 0 "user={{p1.email}}"
{{ip2}} - - [{{clfdate}}:09:15:09 +0000] "POST /account/login HTTP/1.1" 401 0 "user={{p2.email}}"
""",
    ),
    T(
        "nursery-log-sms",
        "log",
        """
{{isodate1}}T07:58:12Z INFO  notify  sent SMS to {{phone1}} (parent of {{p1.first}}): "Breakfast club opens late today"
{{isodate1}}T07:58:13Z INFO  notify  sent SMS to {{phone2}} (parent of {{p2.first}})
{{isodate1}}T07:58:13Z WARN  notify  bounce from {{phone3}}: number not in service, contact {{p3}} by email {{p3.email}}
""",
    ),
    T(
        "math-log-auth",
        "log",
        """
sshd[{{n}}21]: Failed password for {{p1.handle}} from {{ip1}} port 51122 ssh2
sshd[{{n}}21]: Failed password for {{p1.handle}} from {{ip1}} port 51130 ssh2
sshd[{{n}}44]: Accepted publickey for {{p2.handle}} from {{ip2}} port 40222 ssh2
sshd[{{n}}51]: Connection closed by {{ip3.v6}} port 22 [preauth]
Is {{ip1}} brute-forcing? The account belongs to {{p1}} in the number theory group.
""",
    ),
    T(
        "rest-log-payment",
        "log",
        """
[payments] {{isodate1}} {{time}} DEBUG request={"amount": "{{price}}", "pan": "{{card1}}", "name": "{{p1}}", "client_ip": "{{ip1}}"}
[payments] {{isodate1}} {{time}} ERROR gateway timeout after 30000ms (attempt 3)
Why is the full card number in our debug log and how do we stop it?
""",
    ),
    T(
        "bio-log-audit",
        "log",
        """
AUDIT {{isodate1}} 14:02:11 result_view sample=FS-{{batch}} user={{p1.email}} ip={{ip1}}
AUDIT {{isodate1}} 14:05:37 result_export sample=FS-{{batch}} user={{p2.email}} ip={{ip2}} format=pdf
AUDIT {{isodate1}} 14:06:02 result_email sample=FS-{{batch}} to={{email1.results}} cc={{p3.email}}
""",
    ),
    # --- git --------------------------------------------------------------------------------
    T(
        "stats-git-log",
        "git",
        """
commit {{longhash}}
Author: {{p1}} <{{p1.wemail}}>
Date:   {{gitdate}}

    Use Benjamini-Hochberg instead of Bonferroni for the item tests

    Co-authored-by: {{p2}} <{{p2.wemail}}>
    Signed-off-by: {{p1}} <{{p1.wemail}}>

commit {{longhash}}
Author: dependabot[bot] <{{mail:49699333+dependabot[bot]@users.noreply.github.com}}>
Date:   {{gitdate}}

    Bump scipy from 1.11.4 to 1.12.0
""",
    ),
    T(
        "phys-git-log",
        "git",
        """
Write release notes from these commits:

{{hash}} Fix unit conversion: newtons vs kilonewtons in the beam solver ({{p1.fl}})
{{hash}} Add Boltzmann constant from CODATA 2018 ({{p2}})
{{hash}} Merge pull request #{{n}} from {{p3.handle}}/planck-units
Author: {{p3}} <{{p3.email}}>
""",
    ),
    T(
        "rest-git-leak",
        "git",
        """
commit {{longhash}}
Author: {{p1}} <{{p1.email}}>

    Add test data for the booking widget

    (used real details from {{p2}}, phone {{phone1}} – remove before merge!)

Our scanner flagged this commit. How do I scrub it from history?
""",
    ),
    T(
        "gen-git-blame",
        "git",
        """
^{{hash}} ({{p1}}   {{isodate1}} 1) def parse_gedcom(path):
{{hash}} ({{p2}}    {{isodate2}} 2)     # sample: {{p3}} b. {{year}} {{city1}}
{{hash}} ({{p1}}   {{isodate1}} 3)     with open(path, encoding="utf-8") as fh:
Who wrote the line with the sample person, and is it a privacy problem?
""",
    ),
    T(
        "lib-git-shortlog",
        "git",
        """
$ git shortlog -sne
    42  {{p1}} <{{p1.wemail}}>
    17  {{p2}} <{{p2.email}}>
     5  {{p3}} <{{p3.wemail}}>
     1  catalogue-bot <{{email9.catalogue-bot}}>
""",
    ),
    # --- diff -------------------------------------------------------------------------------
    T(
        "care-diff-contacts",
        "diff",
        """
--- a/contacts/oncall.yml
+++ b/contacts/oncall.yml
@@ -3,6 +3,6 @@
 manager:
-  name: {{p1}}
-  phone: "{{phone1}}"
+  name: {{p2}}
+  phone: "{{phone2}}"
 deputy:
   name: {{p3}}
""",
    ),
    T(
        "rest-diff-seed",
        "diff",
        """
Review this diff please:
diff --git a/seed/customers.json b/seed/customers.json
@@ -12,4 +12,10 @@
   {"name": "Test Customer", "email": "{{mail:test@example.invalid}}"},
+  {"name": "{{p1}}", "email": "{{p1.email}}", "card": "{{card1}}"},
+  {"name": "{{p2}}", "email": "{{p2.email}}", "card": "{{card2}}"}
 ]
""",
    ),
    T(
        "stats-diff-maintainers",
        "diff",
        """
--- a/MAINTAINERS
+++ b/MAINTAINERS
@@ -1,4 +1,5 @@
 survival/  {{p1}} <{{p1.wemail}}>
-bayes/     {{p2}} <{{p2.wemail}}>
+bayes/     {{p3}} <{{p3.wemail}}>
+kalman/    {{p4}} <{{p4.wemail}}>
 docs/      @docs-team
""",
    ),
    T(
        "wedding-diff-guests",
        "diff",
        """
@@ guests.md @@
 - {{p1}} (bride's aunt)
-- {{p2}}
+- {{p2}} + {{p3}}
+- {{p4}} – vegan, no Pavlova
 - {{p5}}
Does the caterer need to know about this change?
""",
    ),
    # --- stacktrace -------------------------------------------------------------------------
    T(
        "school-stack-python",
        "stacktrace",
        """
Traceback (most recent call last):
  File "/srv/admissions/app/offers.py", line {{line}}, in send_offer
    mailer.send(to=guardian.email, template="offer_ada_lovelace")
  File "/srv/admissions/app/mailer.py", line {{line}}, in send
    raise DeliveryError(f"rejected: {to}")
mailer.DeliveryError: rejected: {{p1.email}} (guardian of {{p2}}, tel {{phone1}})
""",
        kin={"p1": "p2"},
    ),
    T(
        "auction-stack-java",
        "stacktrace",
        """
com.saleroom.settlement.InvalidIbanException: Check digits failed for IBAN {{iban1}} (vendor: {{p1}})
	at com.saleroom.settlement.IbanValidator.validate(IbanValidator.java:{{line}})
	at com.saleroom.settlement.PayoutService.pay(PayoutService.java:{{line}})
	at com.saleroom.jobs.NightlySettlement.run(NightlySettlement.java:{{line}})
The IBAN looks right to me – why would validation fail?
""",
    ),
    T(
        "ferry-stack-js",
        "stacktrace",
        """
TypeError: Cannot read properties of undefined (reading 'cabin')
    at renderPassenger (manifest.js:{{line}}:17)
    at Array.map (<anonymous>)
    at renderManifest (manifest.js:{{line}}:23)
passenger = {"name":"{{p1}}","phone":"{{phone1}}","nationality":"{{country1}}"}
""",
    ),
    T(
        "hike-stack-go",
        "stacktrace",
        """
panic: runtime error: index out of range [3] with length 3

goroutine 17 [running]:
main.assignTent(...)
	/app/trip/tents.go:{{line}} +0x1f4
log: member={{p1.email}} remote={{ip1}} tent=C
""",
    ),
    # --- slack ------------------------------------------------------------------------------
    T(
        "bio-slack-lab",
        "slack",
        """
#lab-results export
[09:14] {{p1}}: @channel Listeria positive on FS-{{batch}}, client is {{p2}} ({{phone1}})
[09:15] {{p3}}: on it – @qa-bot open a deviation please
[09:15] qa-bot: Deviation DEV-{{n}} opened
[09:21] {{p1}}: {{p3.first}} can you call {{p2.first}} before 10?
""",
    ),
    T(
        "rest-slack-kitchen",
        "slack",
        """
[{{time}}] {{p1.first}}: table 12 is {{p2}}'s party, they pre-ordered the Beef Wellington x2
[{{time}}] {{p3.first}}: 👍 and the Caesar salad no croutons
[{{time}}] {{p1.first}}: host number if they're late {{phone1}}
Please write a prep list from this thread.
""",
    ),
    T(
        "harbour-slack-ops",
        "slack",
        """
#harbour-ops
{{p1}} 06:02 — @tug-schedule Kittiwake + Gannet for the 07:30 arrival
{{p2}} 06:05 — pilot is {{p3}}, mobile {{phone1}}
{{p1}} 06:06 — thanks, and @{{p2.handle}} can you warn the ferry desk ({{email1.dispatch}})?
""",
    ),
    T(
        "fellow-slack-office",
        "slack",
        """
[{{isodate1}} 11:03] {{p1}}: Fulbright interview list is final – {{p2}}, {{p3}} and {{p4}}
[{{isodate1}} 11:05] {{p5}}: 🎉 I'll email them. {{p3.first}}'s address bounced, anyone have a phone?
[{{isodate1}} 11:07] {{p1}}: {{phone1}}
""",
    ),
    T(
        "row-slack-club",
        "slack",
        """
{{p1}}  9:41 AM
who's coxing "Old Tom" on sunday? {{p2.first}} is away
{{p3}}  9:44 AM
I can, or ask {{p4}} – @captain-bot says {{p4.first}}'s number is {{phone1}}
""",
    ),
    # --- jira -------------------------------------------------------------------------------
    T(
        "rest-jira-comment",
        "jira",
        """
KIT-{{n}} Online booking widget charges deposit twice
Comment by {{p1}} ({{date}}):
Customer {{p2}} called from {{phone1}} – charged twice on card {{card1}}. Logs show two POSTs from {{ip1}} within 300ms.
Comment by {{p3}}:
Reproduced. Double-click on "Confirm". Fix in v{{ver}}.
""",
    ),
    T(
        "bio-jira-comment",
        "jira",
        """
LAB-{{n}}: Incubator 3 alarm not paging on-call
{{p1}} added a comment – {{date}}
Pager went to {{p2}}'s old number ({{phone1}}) instead of the rota. {{p2.first}}'s current mobile is {{phone2}}. Salmonella plates were fine, temperature stayed at 37 °C.
""",
    ),
    T(
        "lib-jira-comment",
        "jira",
        """
WEB-{{n}} Patron portal leaks other patrons' reservations
Reporter: {{p1}}
Steps: log in as {{p1.email}} from {{ip1}}, open /reservations?id=... and change the id. Shows {{p2}} at {{addr1}}.
{{p3}}: confirmed, P1, hotfix today.
""",
    ),
    T(
        "gen-jira-comment",
        "jira",
        """
HIST-{{n}} Duplicate person records after GEDCOM import
{{p1}} commented:
"{{p2}}" (b. {{year}}, {{city1}}) appears twice, once merged with {{p3}}. Same for {{p4.lf}}. Import user: {{p1.email}}.
""",
    ),
    T(
        "ferry-jira-comment",
        "jira",
        """
FERRY-{{n}} Refund not issued after cancelled sailing
{{p1}} – {{date}}:
Passenger {{p2}} ({{p2.email}}, {{phone1}}) was cancelled due to Storm Jocelyn. Refund to card {{card1}} failed with "card expired". Ask for IBAN? They gave {{iban1}}.
""",
    ),
    # --- bibliography -----------------------------------------------------------------------
    T(
        "math-bib-refs",
        "bibliography",
        """
Format these references consistently (AMS style):
{{p1.bib}} (2017). On the zeros of the zeta function near the critical line. Journal of Number Theory, 212, 1–33.
{{p2.bib}} and {{p3.bib}} (2019) A note on the Goldbach conjecture for short intervals. Acta Arith.
{{p4.bib}} (2021), Noether's theorem for discrete systems, doi:{{doi}}
""",
    ),
    T(
        "stats-bib-apa",
        "bibliography",
        """
References
{{p1.bib}}, & {{p2.bib}} (2020). Kaplan-Meier estimation under informative censoring. Statistics in Medicine, 39(4), 410–425. https://doi.org/{{doi}}
{{p3.bib}} (2018). Why Bonferroni is rarely the answer. The American Statistician, 72(2), 131–139.
Which of these is missing a DOI?
""",
    ),
    T(
        "bio-bib-vancouver",
        "bibliography",
        """
1. {{p1.vanc}}, {{p2.vanc}}, {{p3.vanc}}. Survival of Listeria monocytogenes on cured meats at 4 °C. Int J Food Microbiol. 2022;371:109671.
2. {{p4.vanc}}, {{p5.vanc}} et al. Klebsiella pneumoniae in hospital sinks. J Hosp Infect. 2020;104(2):199-205.
Convert to Harvard style.
""",
    ),
    T(
        "lib-bib-chicago",
        "bibliography",
        """
Bibliography
{{p1.lf}}. *Streets and Names of the Old Town*. {{city1}}: Quayside Press, 1998.
{{p2.lf}}, and {{p3}}. "Rope Works and Tanneries, 1850–1914." *Local History Review* 12 (2004): 45–67.
{{p4.lf}}. *The Ferry Families*. {{city2}}: privately printed, 1971.
""",
    ),
    # --- ics --------------------------------------------------------------------------------
    T(
        "school-ics-evening",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Parents' evening – Year 10
DTSTART:{{icsdate}}T170000
ORGANIZER;CN={{p1}}:mailto:{{p1.wemail}}
ATTENDEE;CN={{p2}}:mailto:{{p2.email}}
LOCATION:Faraday Hall
DESCRIPTION:About {{p3.first}}'s Rhodes essay competition entry
END:VEVENT
""",
        kin={"p3": "p2"},
    ),
    T(
        "auction-ics-viewing",
        "ics",
        """
BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Private viewing – lot {{lot}} (Portrait of Madame X)
DTSTART:{{icsdate}}T110000Z
ORGANIZER;CN={{p1}}:mailto:{{p1.wemail}}
ATTENDEE;CN={{p2}};ROLE=REQ-PARTICIPANT:mailto:{{p2.email}}
LOCATION:{{addr1}}
END:VEVENT
END:VCALENDAR
""",
    ),
    T(
        "tailor-ics-fitting",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Fitting – Chesterfield coat & Derby shoes
DTSTART:{{icsdate}}T143000
DESCRIPTION:Client {{p1}} ({{phone1}}). Cutter: {{p2.first}}.
LOCATION:{{addr1}}
END:VEVENT
""",
    ),
    T(
        "nursery-ics-settling",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Settling-in session {{p1.first}}
DTSTART:{{icsdate}}T093000
ATTENDEE;CN={{p2}}:mailto:{{p2.email}}
DESCRIPTION:Key person {{p3.first}}. If running late call {{phone1}}.
END:VEVENT
""",
        kin={"p2": "p1"},
    ),
    # --- vcard ------------------------------------------------------------------------------
    T(
        "care-vcard-relative",
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
FN:{{p1}}
N:{{p1.last}};{{p1.first}};;;
TEL;TYPE=cell:{{phone1}}
EMAIL:{{p1.email}}
ADR;TYPE=home:;;{{addr1}};;;;
NOTE:Next of kin for {{p2}} (Room {{room}})
END:VCARD
""",
    ),
    T(
        "harbour-vcard-pilot",
        "vcard",
        """
BEGIN:VCARD
VERSION:4.0
FN:{{p1}}
ORG:Porthaven Pilots
TITLE:Senior marine pilot
TEL;TYPE=work:{{phone1}}
TEL;TYPE=cell:{{phone2}}
EMAIL:{{p1.wemail}}
END:VCARD
""",
    ),
    T(
        "xword-vcard-setter",
        "vcard",
        """
Import this contact and tell me what's wrong with it:
BEGIN:VCARD
FN:{{p1}}
NICKNAME:Nutmeg
TEL:{{phone1}}
EMAIL:{{p1.email}}
NOTE:crossword setter, pays into acct no. {{acct1}}
END:VCARD
""",
    ),
    # --- voice ------------------------------------------------------------------------------
    T(
        "bio-voice-memo",
        "voice",
        """
note to self call {{p1.lc}} tomorrow about the listeria result for the deli on {{addr1.vc}} number is {{phone1}} and copy {{p2.lcfirst}} in environmental health
""",
    ),
    T(
        "care-voice-handover",
        "voice",
        """
handover for the seacole wing {{p1.lc}} in room three had a good night {{p2.lcfirst}} her daughter is coming at ten and wants a call on {{phone1}} if the gp changes anything
""",
        kin={"p2": "p1"},
        sex={"p1": "f", "p2": "f"},
    ),
    T(
        "ferry-voice-log",
        "voice",
        """
deck log dictation sailing from {{city1.lc}} at {{time}} master {{p1.lc}} mate {{p2.lclast}} passenger {{p3.lc}} reported a lost bag please ring {{phone1}}
""",
    ),
    T(
        "gen-voice-memo",
        "voice",
        """
okay so grandma said her father was {{p1.lc}} from {{city1.lc}} and her mother was {{p2.lc}} they married in {{year}} and had {{p3.lcfirst}} and {{p4.lcfirst}} check the census for {{city1.lc}}
""",
        kin={"p3": "p1", "p4": "p1"},
        sex={"p1": "m", "p2": "f"},
    ),
    T(
        "rest-voice-order",
        "voice",
        """
hi its {{p1.lcfirst}} from the copper pan can you put through an order for {{p2.lc}} twelve covers beef wellington and pavlova delivery to {{addr1.vc}} contact number {{phone1}}
""",
    ),
    T(
        "hosp-voice-referral",
        "voice",
        """
referral letter for {{p1.lc}} date of admission {{?the tenth of march|yesterday|last tuesday|the second of june}} to nightingale ward suspected klebsiella please copy doctor {{p2.lcref}} and let the family know on {{phone1}} thank you
""",
    ),
]
