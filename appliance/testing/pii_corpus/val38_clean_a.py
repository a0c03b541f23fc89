"""val38 clean templates, part A (no personal data; full of decoys): skating, gymnastics,
cricket, rugby, climbing, libraries, coins and stamps, weddings, cooking, salons."""

from __future__ import annotations

from appliance.testing.pii_corpus.val38_gen import T

CLEAN_A = [
    T(
        "c-skate-chat-1",
        "chat",
        """What's the difference between a Salchow, a Lutz and a flip? I keep mixing up the take-off edges. Explain it like I'm a new skating parent, and say which one usually comes first in the badge tests.""",
    ),
    T(
        "c-skate-email-1",
        "email",
        """Subject: Ice time changes from <<date1>>

Hi all,

Rink 2 resurfacing moves the Tuesday patch session to <<time1>>. The Axel clinic stays on Thursday. Session fees rise to <<price1>> per hour from next month; invoices (<<inv1>>) will be issued through the club portal.

We hope to see everyone at the spring show.

Club Secretary""",
    ),
    T(
        "c-gym-notes-1",
        "notes",
        """Vault progressions – level 5 to 7
- Handspring → Tsukahara entry → Yurchenko on the table with the collar mat
- Biles II only in the pit, never on competition mats
- Check springboard serial <<part1>> for cracked slats
- Order 2× landing mats, SKU <<sku1>>""",
    ),
    T(
        "c-gym-json-1",
        "json",
        """{
  "skill": "Yurchenko double pike",
  "apparatus": "vault",
  "dv": 6.6,
  "named_after_athlete": true,
  "added_in_code": "<<ver1>>",
  "video_id": "<<uuid1>>"
}""",
    ),
    T(
        "c-cricket-chat-1",
        "chat",
        """Explain how the Duckworth-Lewis-Stern method works when rain shortens the second innings. Use a worked example: team A scores 247/8 in 50 overs, team B is 110/3 after 24 overs when play stops.""",
    ),
    T(
        "c-cricket-sms-1",
        "sms",
        """Nets cancelled tonight – outfield waterlogged. Will do a fitness session in the pavilion instead, 7pm. Bring trainers.""",
    ),
    T(
        "c-rugby-minutes-1",
        "minutes",
        """Committee minutes – <<date1>>
1. Ground: drainage on pitch 2 quoted at <<price1>> (quote <<inv1>>).
2. Bar: new till software <<ver1>> installed; card reader part no. <<part1>>.
3. Tour: Webb Ellis Cup watch party in the clubhouse; screen booking ref <<ref1>>.
4. Kit: the Head Coach and the Treasurer to agree sponsor logos before order <<order1>>.
AOB: grace period for subs extended to end of month.""",
    ),
    T(
        "c-rugby-yaml-1",
        "yaml",
        """fixtures:
  - date: <<date1>>
    opponent: Harlequin Vale RFC
    kickoff: "<<time1>>"
    venue: home
  - date: <<date2>>
    opponent: Old Collegians
    kickoff: "14:30"
    venue: away
kit_sponsor: Ironclad Brewing
mascot: Rucky the Ram""",
    ),
    T(
        "c-climb-chat-1",
        "chat",
        """I'm setting a V5 that mimics the Hillary Step – a short steep rock step with a committing mantle. Give me ideas for hold types and how to make it feel exposed on a 4 m wall without making it dangerous.""",
    ),
    T(
        "c-climb-log-1",
        "log",
        """2025-03-02T18:11:04Z INFO  auto-belay unit AB-<<num1>> self-test ok (fw <<ver1>>)
2025-03-02T18:15:20Z WARN  auto-belay unit AB-<<num2>> retraction slow: 0.8 m/s
2025-03-02T18:15:21Z INFO  ticket created <<order1>> assignee=@<<handle1>>
2025-03-02T18:40:02Z INFO  door sensor lobby closed""",
    ),
    T(
        "c-climb-form-1",
        "form",
        """ROUTE SETTING REQUEST
Wall: lead wall, lane 4
Grade: 6b+
Theme: "Messner route" – no fixed quickdraws on the first 3 m
Holds: volumes from set <<sku1>>, colour <<hex1>>
Strip date: <<date1>>
Requested by: Head Setter""",
    ),
    T(
        "c-library-chat-1",
        "chat",
        """Give me a 6-month book club list of classics named after their main character – things like Emma, Jane Eyre, Oliver Twist, Matilda, Anna Karenina – with one discussion question each.""",
    ),
    T(
        "c-library-csv-1",
        "csv",
        """isbn,title,copies,branch_code,status
<<isbn1>>,Emma,4,BR-02,available
<<isbn2>>,Oliver Twist,2,BR-02,on loan
<<isbn3>>,Anna Karenina,3,BR-05,available
<<isbn4>>,Matilda,6,BR-01,reserved""",
    ),
    T(
        "c-library-html-1",
        "html",
        """<article class="event">
  <h2>Story time: Matilda</h2>
  <p>Saturdays at <<time1>>, Children's Library (Room <<room1>>). Free, no booking.</p>
  <p>Ages 5–9. Next month: <em>The Gruffalo</em>.</p>
  <a href="/events/<<uuid1>>">Add to calendar</a>
</article>""",
    ),
    T(
        "c-library-bib-1",
        "bibliography",
        """Format these as Chicago notes:

American Library Association. Guidelines for Book Discussion Groups. 3rd ed. ALA Editions, 2019. ISBN <<isbn1>>.
Jane Eyre: A Reader's Companion. Penguin Classics, 2006.
Journal of Public Libraries 12, no. 3 (2021): 44–58. https://doi.org/<<doi1>>.""",
    ),
    T(
        "c-coin-chat-1",
        "chat",
        """Is a 1943 steel Lincoln cent worth anything? Mine looks grey and a magnet sticks to it. Also what should I look for on a Victoria penny with the bun head – which dates are scarce?""",
    ),
    T(
        "c-coin-tsv-1",
        "tsv",
        """lot\tdescription\tgrade\testimate
214\tGeorge III cartwheel twopence 1797\tVF\t<<price1>>
215\tLincoln cent 1909-S VDB\tF-12\t<<price2>>
216\tVictoria penny 1861 bun head\tEF\t<<price3>>
217\tMaria Theresa thaler (restrike)\tUNC\t<<price4>>""",
    ),
    T(
        "c-stamp-markdown-1",
        "markdown_table",
        """Summarise this auction result table in two sentences:

| Lot | Stamp | Catalogue no. | Hammer |
|---|---|---|---|
| 101 | Penny Black, plate 1a | SG 2 | <<price1>> |
| 102 | Two Penny Blue | SG 5 | <<price2>> |
| 103 | Inverted Jenny (facsimile) | — | <<price3>> |""",
    ),
    T(
        "c-wedding-chat-1",
        "chat",
        """Make me a wedding-day timeline for a 2pm ceremony, drinks reception, dinner at 5:30, first dance at 8 (the Charleston!), and carriages at midnight. Include buffer times and who to ping: photographer, DJ, caterer.""",
    ),
    T(
        "c-wedding-email-1",
        "email",
        """Subject: Your quote <<inv1>>

Thank you for your enquiry. Our Gold package is <<price1>> and includes a 6-hour planner, ceremony styling and the Orangery terrace for drinks. We hold dates for 14 days; reference <<ref1>>.

Payment schedules are flexible – just reply and we'll send the contract.""",
    ),
    T(
        "c-event-ics-1",
        "ics",
        """BEGIN:VCALENDAR
BEGIN:VEVENT
UID:<<uuid1>>
SUMMARY:Venue walk-through – Churchill Suite
DTSTART:20250603T100000
DTEND:20250603T110000
DESCRIPTION:Check AV, lectern, stage power. Booking <<ref1>>.
END:VEVENT
END:VCALENDAR""",
    ),
    T(
        "c-cook-chat-1",
        "chat",
        """Who was Eggs Benedict named after, and is Caesar salad really named after the emperor? Give me a fun 2-minute intro for a brunch class that also covers Peach Melba and Beef Stroganoff.""",
    ),
    T(
        "c-cook-notes-1",
        "notes",
        """Class prep – Margherita night
- Dough: 65% hydration, 24h cold ferment
- Oven: 430°C, stones in at <<time1>>
- Buy: 12× buffalo mozzarella (SKU <<sku1>>), basil, plum tomato tins
- Allergens sheet version <<ver1>>""",
    ),
    T(
        "c-cook-yaml-1",
        "yaml",
        """course: classic-sauces
sessions:
  - Béarnaise
  - Mornay
  - Hollandaise
price: "<<price1>>"
max_students: 12
kitchen: B
equipment_order: <<order1>>""",
    ),
    T(
        "c-salon-chat-1",
        "chat",
        """A client wants "the Rachel" but with a Bardot fringe. Is that a good idea for thick wavy hair? Describe how you'd cut it and what to tell her about styling at home.""",
    ),
    T(
        "c-salon-sms-1",
        "sms",
        """Lumen Hair: our spring colour menu is out! Copper Venus and Velvet Noir 4.0 now in stock. Book online, code SPRING10 for 10% off.""",
    ),
    T(
        "c-salon-ticket-1",
        "ticket",
        """Ticket <<order1>> – POS bug
Product: Velvet Noir 4.0 (SKU <<sku1>>)
Issue: the till shows price <<price1>> instead of <<price2>> after update <<ver1>>.
Steps: scan barcode, apply loyalty discount, total doubles.
Priority: medium""",
    ),
    T(
        "c-skate-voice-1",
        "voice",
        """add to the shopping list new blade guards size nine skate laces two pairs and the soakers in blue also check if the lutz clinic is still on friday""",
    ),
    T(
        "c-gym-transcript-1",
        "transcript",
        """JUDGE A: Start value 5.4 for the vault, Yurchenko layout full.
JUDGE B: Agreed. Landing deduction three tenths, chest low.
JUDGE A: And the floor – is that a Biles II on the second pass?
JUDGE B: No, a double layout with a half out. Different code.
JUDGE A: Okay. Final 13.1.""",
    ),
    T(
        "c-cricket-code-1",
        "code",
        """def dls_target(par_score: int, resources_used: float, g50: int = 245) -> int:
    \"\"\"Duckworth-Lewis-Stern target (simplified, Standard Edition).\"\"\"
    # see docs/dls.md, table version <<ver1>>
    return int(par_score * resources_used / 100) + 1


print(dls_target(247, 61.3))  # -> 152""",
    ),
    T(
        "c-rugby-slack-1",
        "slack",
        """2025-02-02 10:01 @<<handle1>>: kit order <<order1>> shipped, tracking <<track1>>
2025-02-02 10:03 @<<handle2>>: nice – are the Webb Ellis Cup banners in it?
2025-02-02 10:04 @<<handle1>>: yep, 2 banners + 30 flags
2025-02-02 10:07 @<<handle2>>: will do the clubhouse setup saturday""",
    ),
    T(
        "c-climb-xml-1",
        "xml",
        """<route id="R-<<num1>>">
  <name>Messner route</name>
  <grade>6a</grade>
  <wall>North face, bay 3</wall>
  <set>2025-01-14</set>
  <holdColour><<hex1>></holdColour>
</route>""",
    ),
    T(
        "c-library-jira-1",
        "jira",
        """LIB-<<num1>>: Renewal limit not enforced
Steps: renew item barcode <<part1>> 6 times; the 5-renewal cap is ignored.
Affects: ILS <<ver1>>
Comment: reproduced on the staging catalogue, "Jane Eyre" and "Emma" both affected. Bill me for the overtime if this needs a weekend fix 😅""",
    ),
    T(
        "c-coin-sql-1",
        "code",
        """-- top 10 most valuable lots by grade
SELECT lot_id, description, grade, hammer_price
FROM auction_lots
WHERE description ILIKE '%Lincoln cent%'
   OR description ILIKE '%Victoria penny%'
ORDER BY hammer_price DESC
LIMIT 10;""",
    ),
    T(
        "c-wedding-csv-1",
        "csv",
        """item,supplier,qty,unit_price,status
chair covers,Linen & Lace,120,<<price1>>,ordered
fairy lights,Glowhouse,40,<<price2>>,delivered
cake stand,Hire Co,1,<<price3>>,pending
marquee,Big Top Events,1,<<price4>>,invoice <<inv1>>""",
    ),
    T(
        "c-cook-paste-fr-1",
        "paste",
        """Traduis cette recette en anglais :

"Pêches Melba : pocher les pêches dans un sirop vanillé pendant 8 minutes. Servir avec une boule de glace vanille et un coulis de framboises. Pour 4 personnes, prix de revient environ 6 €." """,
    ),
    T(
        "c-salon-paste-es-1",
        "paste",
        """Responde a esta reseña de forma amable:

"El corte Bardot me encantó, pero tuve que esperar 40 minutos aunque tenía cita a las 11:00. El color Copper Venus quedó perfecto. Volveré, pero espero más puntualidad." """,
    ),
    T(
        "c-gym-git-1",
        "git",
        """commit <<sha1>>
Author: <<handle1>> <noreply>
Date:   Mon Feb 3 09:12:44 2025 +0000

    Update difficulty table to code of points <<ver1>>

    Adds Yurchenko double pike (6.6) and renames Biles II entry.""",
    ),
    T(
        "c-stamp-html-1",
        "html",
        """<div class="catalogue">
<h3>Victoria keyplates – mint set</h3>
<p>SG <<num1>>–<<num2>>, lightly hinged. Price <<price1>>. Lot ref <<ref1>>.</p>
<button data-sku="<<sku1>>">Add to basket</button>
</div>""",
    ),
    T(
        "c-event-vcard-1",
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:Harbourview Hotel Events Desk
ORG:Harbourview Hotel
TITLE:Events
NOTE:Suites: Churchill Suite, Einstein Suite, Nightingale Room. Ref <<ref1>>
END:VCARD""",
    ),
    T(
        "c-cook-diff-1",
        "diff",
        """--- a/menu/brunch.yaml
+++ b/menu/brunch.yaml
@@ -1,4 +1,4 @@
 dishes:
-  - Eggs Benedict: <<price1>>
+  - Eggs Benedict: <<price2>>
   - Caesar salad: 9.50
   - Peach Melba: 6.00""",
    ),
    T(
        "c-climb-stack-1",
        "stacktrace",
        """Traceback (most recent call last):
  File "/srv/routes/app.py", line 77, in grade_route
    score = GRADES[route.grade]
KeyError: '6c++'
During handling of the above exception: route "Hillary Step" (id <<uuid1>>)""",
    ),
    T(
        "c-letter-1",
        "letter",
        """Dear Member,

Annual General Meeting – <<date1>>

The committee invites you to the AGM in the clubhouse at <<time1>>. The agenda includes the accounts for the year, the new floodlights (quote <<inv1>>) and the proposal to rename the bar the Webb Ellis Room.

Subscriptions for next season are <<price1>>; there is a grace period until the end of the month.

Yours faithfully,

The Honorary Secretary""",
    ),
    T(
        "c-letter-2",
        "letter",
        """To the Planning Department,

Re: application <<ref1>> – replacement lantern at the lighthouse

The Trust supports the replacement of the first-order Fresnel lens housing with a like-for-like copper lantern. Drawings (revision <<ver1>>) and the heritage statement are enclosed.

We hope the committee can consider this in its next sitting.

Yours faithfully,

Director, Lighthouse Heritage Trust""",
    ),
    T(
        "c-form-2",
        "form",
        """EQUIPMENT LOAN FORM
Item: Telescope, 8" Dobsonian (asset <<part1>>)
Loan period: <<date1>> to <<date2>>
Deposit: <<price1>>
Condition on issue: good, finder scope loose
Checked by: Duty Manager""",
    ),
]
