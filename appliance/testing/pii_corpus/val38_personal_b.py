"""val38 personal templates, part B: wedding and event planners, cooking schools, salons and
cosmetics, electric-car charging and fleets, trading card shops, observatories."""

from __future__ import annotations

from appliance.testing.pii_corpus.val38_gen import T

PERSONAL_B = [
    T(
        "wedding-email-1",
        "email",
        """Hi <<p1.f>> and <<p2.f>>,

Lovely to meet you both! To hold the date at the Orangery we need the deposit by Friday. Bank details:

Account name: Tied The Knot Events
IBAN: <<iban1>>
Reference: <<ref1>>

The florist, <<p3>>, will call you from <<phone1>> about the peonies. The venue's address for the invitations is <<addr1>>.

Warmly,
<<p4.f>>""",
    ),
    T(
        "wedding-csv-1",
        "csv",
        """guest,plus_one,table,dietary,phone
<<p1>>,<<p2.f>>,3,vegetarian,<<phone1>>
<<p3>>,,3,none,<<phone2>>
<<p4.lf>>,<<p5.f>>,7,nut allergy,<<phone3>>
<<p6>>,,top table,halal,<<phone4>>""",
    ),
    T(
        "wedding-chat-1",
        "chat",
        """write a toast for my sister <<p1.f>>'s wedding. she's marrying <<p2>>, they met at a salsa class in <<city1>>. keep it under 2 minutes, mention the time <<p2.f>> tried to cook Beef Wellington for our parents and set off the fire alarm""",
    ),
    T(
        "wedding-sms-1",
        "sms",
        """Hi it's <<p1.f>> from the venue. The cake maker <<p2>> is at the gate, can someone let her in? Her mobile <<phone1>>""",
    ),
    T(
        "event-ics-1",
        "ics",
        """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Rehearsal dinner – <<p1.f>> & <<p2.f>>
DTSTART:20250621T180000
LOCATION:<<addr1>>
ORGANIZER;CN=<<p3>>:mailto:<<remail1:planning>>
DESCRIPTION:Menu: Caesar salad, Beef Stroganoff, Peach Melba. Driver: <<p4>> (<<phone1>>)
END:VEVENT
END:VCALENDAR""",
    ),
    T(
        "event-yaml-1",
        "yaml",
        """event: corporate-gala
client:
  contact: <<p1>>
  phone: "<<phone1>>"
  billing:
    card: "<<card1>>"
    name_on_card: <<p1.ucf>>
venue: The Churchill Suite, Harbourview Hotel
speakers:
  - <<p2>>
  - <<p3.i>>""",
    ),
    T(
        "cook-chat-1",
        "chat",
        """I teach a Saturday class and this week's menu is Eggs Benedict, Caesar salad and Peach Melba. Two students have allergies: <<p1.f>> (eggs) and <<p2>> (dairy). Suggest swaps for each dish and write a quick message I can send them.""",
    ),
    T(
        "cook-email-1",
        "email",
        """Subject: Refund for cancelled Margherita workshop

Hello,

I booked the pizza workshop (Margherita and marinara) for myself and <<p1>> but the class was cancelled. Please refund the card I paid with: <<card1:visa>>.

My details: <<p2>>, <<addr1>>, tel. <<phone1>>.

Thank you,
<<p2.f>>""",
    ),
    T(
        "cook-form-1",
        "form",
        """COOKERY SCHOOL – ENROLMENT
Student: <<p1>>
Preferred name: <<p1.f>>
Email: <<p1.email>>
Phone: <<phone1>>
Course: Classic French sauces (Béarnaise, hollandaise, Mornay)
Dietary: pescatarian
Emergency contact: <<p2>> – <<phone2>>""",
    ),
    T(
        "cook-paste-it-1",
        "paste",
        """Translate this review into English:

"Corso fantastico! Lo chef <<p1>> ci ha insegnato la vera pizza Margherita e il tiramisù. La mia amica <<p2.f>> è venuta da <<city1>> apposta. Consiglio a tutti!" """,
    ),
    T(
        "cook-minutes-1",
        "minutes",
        """Kitchen team meeting
Attendees: <<p1>>, <<p2>>, <<p3.f>>
- Stock: order more gruyère for the Croque Monsieur class
- <<p2.f>> to train <<p3.f>> on Crêpes Suzette flambé safety
- Guest chef <<p4>> arrives from <<city1>> on the 12th; hotel booked under <<p4.uc>>
Actions: <<p1.f>> to send allergen matrix to <<remail1:kitchen>>""",
    ),
    T(
        "salon-sms-1",
        "sms",
        """Hi <<p1.f>>, confirming your cut tomorrow at 10:30 with <<p2.f>> – the Rachel with curtain bangs. Reply STOP to cancel. Lumen Hair <<phone1>>""",
    ),
    T(
        "salon-chat-1",
        "chat",
        """can u write an instagram caption for my client <<p1.f>>'s new Bardot fringe? she said i can tag her, her handle is @<<handle1>>. colour was our Copper Venus shade. stylist was me, <<p2.f>>""",
    ),
    T(
        "salon-ticket-1",
        "ticket",
        """Ticket <<order1>> – Allergic reaction report
Customer: <<p1>>
Phone: <<phone1>>
Stylist: <<p2>>
Product: Velvet Noir 4.0 permanent colour (batch <<sku1>>)
Details: Patch test done 48h before. Customer reports itching after appointment; GP is Dr <<p3.l>> in <<city1>>.""",
    ),
    T(
        "salon-html-1",
        "html",
        """<table class="appointments">
<tr><th>Time</th><th>Client</th><th>Service</th><th>Phone</th></tr>
<tr><td>09:00</td><td><<p1>></td><td>Balayage</td><td><<phone1>></td></tr>
<tr><td>11:30</td><td><<p2.lf>></td><td>The Rachel</td><td><<phone2>></td></tr>
<tr><td>14:00</td><td><<p3>></td><td>Bardot fringe trim</td><td><<phone3>></td></tr>
</table>""",
    ),
    T(
        "ev-log-1",
        "log",
        """[2025-02-11 07:42:10] session_start charger=CP-0412 connector=2 rfid=04A3F2 user="<<p1>>" vehicle="Tesla Model Y"
[2025-02-11 07:42:11] ocpp remote=<<ip1>>:9000 status=Accepted
[2025-02-11 08:55:37] session_stop energy_kwh=41.2 user="<<p1>>"
[2025-02-11 09:03:02] session_start charger=CP-0413 user="<<p2>>" vehicle="Opel Ampera-e" remote=<<ip2>>""",
    ),
    T(
        "ev-email-1",
        "email",
        """Dear <<p1>>,

Your fleet charging card ending 7719 was used at a charger in <<city1>> outside your agreed region. If this was you, no action is needed. Otherwise call our fraud line on <<phone1>> and quote <<ref1>>.

Direct debit for March will be taken from account number <<acct1>>.

VoltFleet Support""",
    ),
    T(
        "ev-json-1",
        "json",
        """{"driver_id": "D-<<num1>>",
 "driver": "<<p1>>",
 "email": "<<p1.work>>",
 "home_charger": {"address": "<<addr1>>", "ip": "<<ip1>>"},
 "vehicle": {"make": "Tesla", "model": "Model 3", "plate": "withheld"},
 "manager": "<<p2>>"}""",
    ),
    T(
        "ev-toolcall-1",
        "toolcall",
        """Call: schedule_callback({"name": "<<p1>>", "phone": "<<phone1>>", "reason": "Ampera charging cable fault", "preferred_time": "after 17:00", "postcode_region": "<<region1>>"})""",
    ),
    T(
        "ev-slack-1",
        "slack",
        """#fleet-ops export
2025-01-30 08:02 <<p1>>: van 14 (Ford Transit EV) stuck at 80%, charger at <<city1>> depot
2025-01-30 08:05 <<p2.f>>: OCPP box at <<ip1>> not responding, rebooting
2025-01-30 08:09 @<<handle1>>: charger CP-22 back online
2025-01-30 08:11 <<p1>>: thanks <<p2.f>>""",
    ),
    T(
        "cards-chat-1",
        "chat",
        """Customer <<p1>> wants to trade in a Charizard holo and two Pikachu promos for store credit. Their ID said <<p1.uc>>. What's a fair credit if the Charizard is PSA 8? Also draft a reply to their email <<p1.email>>.""",
    ),
    T(
        "cards-email-1",
        "email",
        """Hi there,

I pre-ordered the Dark Magician tin (order <<order1>>) but the shipping address is wrong. Please send it to:

<<p1>>
<<addr1>>

Mobile: <<phone1>>

Thanks!
<<p1.f>>""",
    ),
    T(
        "cards-tsv-1",
        "tsv",
        """order\tbuyer\tcard_name\tpaid_with
<<order1>>\t<<p1>>\tBlack Lotus (proxy)\t<<card1>>
<<order2>>\t<<p2>>\tGandalf, the Grey\t<<card2>>
<<order3>>\t<<p3>>\tLuke Skywalker promo\tcash""",
    ),
    T(
        "cards-voice-1",
        "voice",
        """ok note to self call <<p1.lcf>> back about the pikachu collection hes in <<city1.lc>> his number is <<phone1.bare>> and ask <<p2.lcf>> if the mewtwo sleeves came in""",
    ),
    T(
        "observatory-email-1",
        "email",
        """Subject: Public night – telescope volunteers

Hi all,

Thanks for signing up for Saturday's public night. We'll be showing Halley-era comet photos and, weather permitting, the Andromeda galaxy through the Herschel refractor.

Volunteers: <<p1>> (dome), <<p2>> (car park), <<p3.f>> (planetarium show).
If you're sick, text <<p4.f>> on <<phone1>>.

Clear skies,
<<p4>>""",
    ),
    T(
        "observatory-notes-1",
        "notes",
        """Observing log – 14 Feb
Observer: <<p1>>
Site: <<city1>>, <<city1.country>>
Seeing 3/5. Jupiter's Great Red Spot visible 22:10. Messier 42 imaged with <<p2.f>>'s camera.
Remote access for the Hubble-archive workstation from <<ip1>>.""",
    ),
    T(
        "planetarium-form-1",
        "form",
        """SCHOOL GROUP BOOKING
Teacher in charge: <<p1>>
School address: <<addr1>>
Phone: <<phone1>>
Email: <<p1.work>>
Show: "Kepler's Worlds" (45 min)
Pupils: 28  Adults: 4
Payment: card <<card1>>""",
    ),
    T(
        "observatory-code-1",
        "code",
        """# TODO(<<p1.f>>): remove hard-coded contact before release
ALERT_CONTACT = {
    "name": "<<p1>>",
    "phone": "<<phone1>>",
    "email": "<<p1.work>>",
}
# Dome controller at <<ip1>>, Kepler solver runs nightly
DOME_HOST = "<<ip1>>"
""",
    ),
    T(
        "wedding-paste-pt-1",
        "paste",
        """Responde a este email em português, a confirmar a data:

"Olá! Sou a <<p1>>, noiva do <<p2.f>>. Queremos casar em <<city1>> em setembro. O meu número é <<phone1:BR>>. Obrigada!" """,
    ),
    T(
        "salon-paste-pl-1",
        "paste",
        """Przetłumacz na angielski i skróć:

"Dzień dobry, nazywam się <<p1>>. Chciałabym umówić się na strzyżenie Bardot do pani <<p2.f>>. Mój telefon: <<phone1:PL>>. Pozdrawiam." """,
    ),
    T(
        "ev-paste-de-1",
        "paste",
        """Extrahiere die Kontaktdaten als JSON:

Sehr geehrte Damen und Herren, mein Name ist <<p1>>. Die Ladesäule vor meinem Haus in der <<addr1>> ist seit Montag defekt. Sie erreichen mich unter <<phone1:DE>> oder per E-Mail an <<p1.email>>. Mit freundlichen Grüßen, <<p1.f>>""",
    ),
    T(
        "cards-git-1",
        "git",
        """commit <<sha1>>
Author: <<p1>> <<<p1.email>>>
Date:   Fri Jan 17 11:20:40 2025 +0100

    Fix price lookup for Pikachu Illustrator and Charizard base set

    Reported-by: <<p2>> <<<p2.email>>>""",
    ),
    T(
        "wedding-mdtable-1",
        "markdown_table",
        """Please sort this by arrival date:

| Supplier | Contact | Phone | Arrives |
|---|---|---|---|
| Flowers | <<p1>> | <<phone1>> | Fri |
| Cake | <<p2>> | <<phone2>> | Sat am |
| DJ | <<p3.f>> | <<phone3>> | Sat pm |""",
    ),
    T(
        "cook-vcard-1",
        "vcard",
        """BEGIN:VCARD
VERSION:4.0
FN:<<p1>>
N:<<p1.l>>;<<p1.f>>;;Chef;
ORG:Saffron Cookery School
TEL;TYPE=work:<<phone1>>
EMAIL:<<p1.work>>
NOTE:Teaches Eggs Benedict brunch and Peach Melba classes
END:VCARD""",
    ),
    T(
        "salon-xml-1",
        "xml",
        """<?xml version="1.0"?>
<appointment>
  <client><<p1>></client>
  <mobile><<phone1>></mobile>
  <service>Cut: the Rachel; Colour: Copper Venus</service>
  <stylist><<p2.f>></stylist>
</appointment>""",
    ),
    T(
        "observatory-jira-1",
        "jira",
        """OBS-<<num1>> Remote observing account request
Reporter: <<p1>>
Description: Please create an account for visiting researcher <<p2>> (<<p2.work>>) from <<city1>>. Will connect from <<ip1>>.
Comment (<<p3.f>>): Approved, access to the Herschel and Kepler queues only.""",
    ),
]
