"""val39 personal templates, part B: rose and plant nurseries, bakeries and patisseries,
physics and engineering labs, space agencies and telescopes, airports and train stations,
schools and foundations, film and TV awards."""

from __future__ import annotations

from appliance.testing.pii_corpus.val39_gen import t

TEMPLATES = [
    t("p-nursery-email-1", "email", """
Hi ⟦p1.first⟧,

Your bare-root order is packed: 3 x Gertrude Jekyll, 2 x Albertine (rambler), 1 x Queen
Elizabeth, and the Bramley apple on MM106. The courier will deliver to ⟦addr⟧ between
⟦d.date⟧ and ⟦d2.date⟧. If nobody is home they will leave it with ⟦p2.full⟧ next door,
as you asked.

Questions? Ring the nursery on ⟦phone⟧.

⟦p3.first⟧ @ Roseraie Després
"""),
    t("p-nursery-csv-1", "csv", """
order,customer,phone,city,cultivar,qty,paid_by
⟦d.order⟧,"⟦p1.lf⟧",⟦phone⟧,⟦city⟧,Munstead Wood,2,card ⟦card⟧
⟦d2.order⟧,"⟦p2.lf⟧",⟦phone2⟧,⟦city2⟧,Lady of Shalott,1,invoice
⟦d3.order⟧,"⟦p3.lf⟧",⟦phone3⟧,⟦city3⟧,Cox's Orange Pippin,4,card ⟦card2⟧
"""),
    t("p-nursery-chat-1", "chat", """
my customer ⟦p1.first⟧ says the Darcey Bussell rose i sold ⟦p1.him⟧ has black spot already.
draft a friendly reply offering a replacement or store credit, ⟦p1.his⟧ email is
⟦p1.email⟧. sign it from me, ⟦p2.nick⟧
"""),
    t("p-nursery-notes-1", "notes", """
Garden visit - ⟦d.date⟧
Client: ⟦p1.full⟧, ⟦addr⟧ (gate code on the booking)
- wants a scented border: Boscobel, Graham Thomas, Félicité Perpétue on the arch
- the old Bramley by the shed to be kept
- partner ⟦p2.first⟧ prefers no thorns near the path - suggest Kiftsgate on the far wall
- quote by email to ⟦p1.email⟧; call ⟦phone⟧ before coming
"""),
    t("p-bakery-sms-1", "sms", """
Hi ⟦p1.first⟧! Your order (1 pavlova, 12 madeleines, 1 Charlotte russe) is ready for collection
from ⟦d.time⟧. Please bring the order code ⟦d.booking⟧. Questions: ⟦phone⟧ - Bakkerij de Korf
"""),
    t("p-bakery-form-1", "form", """
CELEBRATION CAKE ORDER
Customer name: ⟦p1.full⟧
Phone: ⟦phone⟧          Alt. phone: ⟦phone2⟧
Email: ⟦p1.email⟧
Cake: Sachertorte, 24 cm    Inscription: "Alles Gute, ⟦p2.first⟧!"
Collection: ⟦d.date⟧ at ⟦d.time⟧
Allergies: nuts (guest ⟦p3.full⟧)
Deposit paid: ⟦d.price⟧ by card ⟦card⟧
"""),
    t("p-bakery-paste-nl-1", "paste", """
Vat deze e-mail samen in het Engels:

Beste ⟦p1.first⟧,
Wij willen graag 40 tompouces en een Napoleon-taart bestellen voor de afscheidsborrel van
⟦p2.full⟧ op ⟦d.dmy⟧. Bezorgen op ⟦addr⟧, graag voor 15.00 uur. De factuur mag naar
⟦p3.email⟧; betalen doen we van rekening ⟦iban:NL⟧. Bel bij vragen ⟦phone:NL⟧.
Groeten, ⟦p3.full⟧
""", cult="nl"),
    t("p-patisserie-paste-pl-1", "paste", """
Przetłumacz na angielski i popraw błędy:

Dzień dobry, nazywam się ⟦p1.full⟧. Chciałabym zamówić tort Pavlova i 30 ciastek Linzer na
komunię syna ⟦d.dmy⟧. Odbiór osobisty w mieście ⟦city:PL⟧. Mój telefon: ⟦phone:PL⟧, e-mail:
⟦p1.email⟧. Zaliczkę przeleję na konto ⟦iban:PL⟧. Pozdrawiam, ⟦p1.first⟧
""", cult="pl"),
    t("p-lab-email-1", "email", """
To: ⟦p1.work:lumen-physics.eu⟧
Cc: ⟦p2.work:lumen-physics.eu⟧
Subject: Cryostat booking, week ⟦d.qty⟧

Hi ⟦p1.first⟧,

Could we have the dilution fridge from ⟦d.date⟧? ⟦p2.first⟧ and I need to repeat the
kelvin-range calibration and check the 9 tesla magnet ramp. The last run was logged under my
name (⟦p3.full⟧), sample ⟦d.lot⟧. If the slot clashes with ⟦p4.full⟧'s group, I'm happy to
swap; my number is ⟦phone⟧.

Cheers,
⟦p3.first⟧
"""),
    t("p-lab-code-1", "code", """
# calibrate.py - strain gauge calibration (Hooke's law fit)
# maintainer: ⟦p1.full⟧ <⟦p1.work:lumen-physics.eu⟧>
# reviewed by ⟦p2.init⟧, ⟦d.date⟧
import numpy as np

OPERATOR = "⟦p3.full⟧"
DAQ_HOST = "⟦ip⟧"  # bench 4, ask ⟦p1.first⟧ before rebooting

def fit_stiffness(force_newton, extension_m):
    k, _ = np.polyfit(extension_m, force_newton, 1)
    return k  # N/m
"""),
    t("p-lab-minutes-1", "minutes", """
Engineering lab safety committee - minutes
Date: ⟦d.date⟧   Room: ⟦d.room⟧
Attendees: ⟦p1.full⟧, ⟦p2.full⟧, ⟦p3.full⟧, ⟦p4.full⟧
1. Faraday cage door latch still broken - ⟦p2.last⟧ chasing Facilities again.
2. Laser interlock audit passed. Thanks to ⟦p3.first⟧.
3. Out-of-hours contact list updated: ⟦p1.first⟧ ⟦phone⟧, ⟦p4.first⟧ ⟦phone2⟧.
4. Next meeting chaired by ⟦p4.last⟧.
"""),
    t("p-lab-stacktrace-1", "stacktrace", """
Traceback (most recent call last):
  File "/opt/daq/run_sweep.py", line 88, in <module>
    sweep(freqs_hz=range(10, 20000, 10), operator="⟦p1.full⟧")
  File "/opt/daq/run_sweep.py", line 51, in sweep
    scope = connect("⟦ip⟧", port=⟦d.port⟧)
  File "/opt/daq/scope.py", line 17, in connect
    raise ConnectionError(f"scope at {host} refused; owner {OWNER}")
ConnectionError: scope at ⟦ip⟧ refused; owner ⟦p2.full⟧ (⟦p2.work:lumen-physics.eu⟧)
"""),
    t("p-space-jira-1", "jira", """
GS-⟦d.pr⟧ Downlink pass scheduling for ⟦d.date⟧

Reporter: ⟦p1.full⟧   Assignee: ⟦p2.full⟧
Description: the Cassini-heritage antenna at the ⟦city⟧ station is double-booked with the
Hubble calibration slot. ⟦p3.full⟧ (ops lead) approved moving ours by 40 minutes.

Comment (⟦p2.full⟧): Updated. Ground station contact ⟦p4.full⟧, ⟦phone⟧, has the new
pass table. Telemetry relay is ⟦ip⟧.
"""),
    t("p-space-slack-1", "slack", """
#jwst-proposals
⟦d.time⟧ ⟦p1.full⟧: Cycle deadline is ⟦d.date⟧. @⟦p2.handle⟧ are you PI or co-I on the
exoplanet proposal?
⟦d2.time⟧ ⟦p2.full⟧: co-I. ⟦p3.full⟧ is PI, ⟦p3.he⟧ moved to ⟦city⟧ last month
⟦d3.time⟧ ⟦p1.first⟧: ok I'll email ⟦p3.first⟧ at ⟦p3.email⟧ then
⟦d4.time⟧ ⟦p4.full⟧: don't forget the Kepler archival data request too
"""),
    t("p-space-bibliography-1", "bibliography", """
References
⟦p1.bib⟧, ⟦p2.bib⟧, & ⟦p3.bib⟧ (2022). Transit timing variations from Kepler and TESS.
  The Astrophysical Journal, 931, 58. doi:⟦d.doi⟧
⟦p4.bib⟧ (2019). The Galilean moons revisited. Icarus, 330, 12-25.
⟦p5.bib⟧ et al. (2024). Early results from the James Webb Space Telescope NIRSpec.
  Nature Astronomy, 8, 101-110. doi:⟦d2.doi⟧
"""),
    t("p-space-json-1", "json", """
{"mission": "Rosalind Franklin rover", "event": "instrument_handover",
 "from_team": {"lead": "⟦p1.full⟧", "email": "⟦p1.email⟧"},
 "to_team": {"lead": "⟦p2.full⟧", "email": "⟦p2.email⟧", "phone": "⟦phone⟧"},
 "site": "⟦city⟧", "checksum": "⟦d.sha⟧", "uplink_ip": "⟦ip.v6⟧"}
"""),
    t("p-airport-chat-1", "chat", """
my ⟦p1.parent⟧ ⟦p1.full⟧ lands at Charles de Gaulle from ⟦city⟧ on ⟦d.flight⟧, ⟦d.date⟧,
and needs assistance to the TGV at the station below terminal 2. ⟦p1.he⟧ doesn't speak French.
can you write a short note in French ⟦p1.he⟧ can show staff? include my number ⟦phone:FR⟧ and
⟦p1.his⟧ name
"""),
    t("p-airport-email-1", "email", """
Subject: Lost baggage claim ⟦d.ref⟧ - JFK

Dear Baggage Services,

My suitcase did not arrive on ⟦d.flight⟧ from Jomo Kenyatta International. Name on the tag:
⟦p1.capsfull⟧. Please deliver it to ⟦addr⟧ or call ⟦phone⟧. My travelling companion,
⟦p2.full⟧, has the receipt for the contents.

Regards,
⟦p1.full⟧
"""),
    t("p-station-transcript-1", "transcript", """
Customer service chat, rail
Agent: Hello! How can I help today?
Customer: hi, I left a laptop on the shuttle train to Ben Gurion airport. Name is ⟦p1.full⟧
Agent: Sorry to hear that. Which service and coach?
Customer: the 08:12, coach 4. you can reach me on ⟦phone⟧ or ⟦p1.email⟧
Agent: Logged as ⟦d.case⟧. We will contact you, ⟦p1.first⟧.
"""),
    t("p-school-letter-1", "letter", """
John F. Kennedy High School
Office of the Principal

⟦d.date⟧

Dear ⟦p1.mr⟧ ⟦p1.last⟧,

We are delighted to inform you that your ⟦p2.child⟧, ⟦p2.full⟧, has been awarded a Gates
Foundation-funded STEM scholarship for the coming year. Please confirm acceptance by
calling the office on ⟦phone:US⟧ or by writing to ⟦em:scholarships@jfkhs.org⟧.

Sincerely,
⟦p3.full⟧, Principal
""", kin="2=1", cult="us"),
    t("p-foundation-form-1", "form", """
GRANT APPLICATION - Section B: Applicant
Full legal name: ⟦p1.full⟧
Date of birth: ⟦d.dob⟧
SSN: ⟦ssn⟧
Home address: ⟦addr:US⟧
Phone: ⟦phone:US⟧
Email: ⟦p1.email⟧
Referee: ⟦p2.full⟧, ⟦p2.email⟧
Bank for disbursement: checking account ⟦acct.us⟧
""", cult="us"),
    t("p-awards-email-1", "email", """
From: ⟦p1.full⟧ <⟦p1.email⟧>
Subject: Seating for the BAFTA nominees' dinner

Hi ⟦p2.first⟧,

Final list for our table: ⟦p3.full⟧ (nominated, best supporting), ⟦p4.full⟧, ⟦p5.full⟧
and me. ⟦p3.first⟧'s agent, ⟦p6.full⟧, will call you from ⟦phone⟧ to sort the car. Last
year's Golden Globe table was a mess so let's not repeat it!

⟦p1.first⟧
"""),
    t("p-awards-markdown-1", "markdown_table", """
## Festival jury contacts (do not forward)

| Juror | Country | Mobile | Email |
|---|---|---|---|
| ⟦p1.full⟧ | ⟦country⟧ | ⟦phone:p1⟧ | ⟦p1.email⟧ |
| ⟦p2.full⟧ | ⟦country2⟧ | ⟦phone2:p2⟧ | ⟦p2.email⟧ |
| ⟦p3.full⟧ | ⟦country3⟧ | ⟦phone3:p3⟧ | ⟦p3.email⟧ |

Palme d'Or deliberation: ⟦d.date⟧, ⟦d.time⟧.
"""),
    t("p-awards-chat-1", "chat", """
write a 50-word congratulations post for our staff newsletter: our sound editor ⟦p1.full⟧
just won an Emmy, and ⟦p2.full⟧ from the same team was nominated for a Tony last year.
mention they both started at the studio in ⟦city⟧.
"""),
    t("p-nursery-paste-sv-1", "paste", """
Sammanfatta kundens klagomål och föreslå ett svar:

Hej! Jag heter ⟦p1.full⟧ och beställde tre rosor av sorten Queen Elizabeth den ⟦d.dmy⟧.
Bara två kom fram. Ni kan nå mig på ⟦phone:SE⟧ eller ⟦p1.email⟧. Leveransadressen är
⟦addr⟧. Min sambo ⟦p2.first⟧ tog emot paketet.
""", cult="sv"),
    t("p-lab-git-1", "git", """
commit ⟦d.sha⟧
Author: ⟦p1.full⟧ <⟦p1.work:lumen-physics.eu⟧>
Date:   ⟦pick:Tue Mar 4|Thu Jan 16|Wed Oct 8⟧ 14:22:09 2025 +0100

    Fix Doppler correction sign for receding targets

    The pascal-to-bar conversion in the pressure log was also off by 1e3.
    Reported-by: ⟦p2.full⟧ <⟦p2.email⟧>
    Co-authored-by: ⟦p3.full⟧ <⟦p3.work:lumen-physics.eu⟧>
    Signed-off-by: ⟦p1.full⟧ <⟦p1.work:lumen-physics.eu⟧>
"""),
    t("p-space-voice-1", "voice", """
reminder call ⟦p1.lowfirst⟧ at the ⟦city.lower⟧ ground station about the hubble data
handover then email ⟦p2.lower⟧ the galileo orbit file and ask ⟦p3.lowfirst⟧ if the
rosalind franklin rover review moved to friday number is ⟦phone.plain⟧
"""),
    t("p-awards-xml-1", "xml", """
<nominations award="Golden Globe" year="2025">
  <nominee category="Best Actress - Drama">
    <name>⟦p1.full⟧</name><film>Carmen Undone</film>
    <publicist email="⟦p2.email⟧">⟦p2.full⟧</publicist>
  </nominee>
  <nominee category="Best Screenplay">
    <name>⟦p3.full⟧</name><name>⟦p4.full⟧</name>
  </nominee>
</nominations>
"""),
    t("p-bakery-ticket-1", "ticket", """
Zendesk #⟦d.pr⟧ - Wrong cake delivered
Requester: ⟦p1.full⟧ <⟦p1.email⟧>
Status: open

Hi, I ordered a Battenberg and a Linzer torte for my ⟦p2.parent⟧'s 80th and got two peach
Melba cakes instead. Party is at ⟦addr⟧ from 3pm. Please call me: ⟦phone⟧. I paid with
⟦card⟧ and would like a refund of the delivery fee at least.
"""),
    t("p-station-log-1", "log", """
⟦d.iso⟧ 07:58:01 gate-ctrl[412]: ticket scan OK barrier=⟦d.gate⟧ device=⟦ip⟧
⟦d.iso⟧ 07:58:03 gate-ctrl[412]: assistance request staff=⟦p1.handle⟧ \
passenger="⟦p2.full⟧" contact=⟦phone⟧
⟦d.iso⟧ 07:58:40 gate-ctrl[412]: staff ⟦p1.full⟧ acknowledged
⟦d.iso⟧ 07:59:12 gate-ctrl[412]: heartbeat from ⟦ip2⟧ missed (3)
"""),
]  # fmt: skip
