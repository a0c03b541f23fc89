"""val42 templates, markup: HTML, XML and iCalendar (vCards and
bibliographies are in `val42_tpl_cards`).

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "html",
        "hotel",
        """\
Convert this confirmation e-mail to plain text:
<p>Dear {P1.title},</p>
<p>Your stay in the Escoffier Suite from <b>{date}</b> is confirmed. Breakfast includes {dish}.</p>
<p>Questions? Write to <a href="mailto:{EMAIL.role}">{EMAIL.role}</a> or call {PHONE.intl}.</p>""",
    ),
    (
        "html",
        "estate",
        """\
Why doesn't the phone link work on mobile?
<div class="agent-card">
  <h3>{P1}</h3>
  <p>Senior negotiator, {CITY} branch</p>
  <a href="https://keystone-lettings.co.uk/team/{P1.slug}">Profile</a>
  <a href="tel:{PHONE.e164}">{PHONE.e164}</a>
  <p>Now letting: {ADDR}, {rent} pcm, EPC C</p>
</div>""",
    ),
    (
        "html",
        "theatre",
        """\
<ul class="cast">
  <li>Hamlet – {P1}</li>
  <li>Ophelia – {P2}</li>
  <li>Gravedigger / Yorick's voice – {W1}</li>
</ul>
<p>Understudy for Lady Bracknell: {P3.title}</p>
Fix the HTML so the list renders as a two-column grid.""",
    ),
    (
        "html",
        "archaeology",
        """\
Extract the people and their roles from this page:
<h2>Site team, season {num}</h2>
<p>Director: <a href="https://digsite-archive.org/staff/{P1.handle}">{P1}</a></p>
<p>Finds: {P2.lastfirst}. Landowner: {P3.title}, with thanks for access.</p>
<p>Harris matrix by the field team; Munsell readings {munsell}.</p>""",
    ),
    (
        "html",
        "registry",
        """\
The form below submits empty. Find the bug:
<form action="/notice" method="post">
  <input name="surname" value="{P1.family}">
  <input name="forenames" value="{P1.given}">
  <input name="partner" value="{P2}">
  <input name="address" value="{ADDR}">
  <input name="phone" value="{PHONE}">
  <button type="button">Submit</button>
</form>""",
    ),
    (
        "html",
        "zoo",
        """\
<div class="certificate">
  <h1>Adoption certificate</h1>
  <p>This certifies that <strong>{P1}</strong> has adopted Percy the puffin for one year.</p>
  <p>Gift from {P2.given}. Ref {ref}.</p>
</div>
Make the certificate printable on A4.""",
    ),
]

CLEAN = [
    (
        "html",
        "auction",
        """\
<article class="lot">
  <h2>Lot {lot}: Steinway model B</h2>
  <p>Ebonised case, serial {big}. Estimate {estimate}.</p>
  <p>See also the Chippendale-style chair (lot {lot2}) and a case of Veuve Clicquot.</p>
</article>
Add schema.org Product markup.""",
    ),
    (
        "html",
        "botanic",
        """\
<section id="events">
  <h2>Glasshouse late opening</h2>
  <p>{date}, {time}. Wollemi pine talk, then a Welwitschia tasting of... no, a viewing.</p>
  <p>Tickets {price}. The Ellerby Glasshouse is step-free.</p>
</section>
Rewrite the copy; it's clumsy.""",
    ),
    (
        "html",
        "podcast",
        """\
<div class="episode">
  <h1>Ep {num}: Goodhart's law</h1>
  <audio src="https://cdn.longwave-audio.fm/ep{num}.mp3"></audio>
  <p>Sponsored by {product}. Use code POD{num2}.</p>
</div>
Add a transcript toggle.""",
    ),
    (
        "html",
        "cruise",
        """\
<table class="deck-plan">
  <tr><td>Deck 4</td><td>tender station, muster B</td></tr>
  <tr><td>Deck 9</td><td>Lamington Lounge, spa</td></tr>
</table>
Make this table accessible (headers, scope).""",
    ),
]

PERSONAL += [
    (
        "xml",
        "registry",
        """\
<marriageEntry id="{ref}">
  <party role="A"><family>{P1.family}</family><given>{P1.given}</given></party>
  <party role="B"><family>{P2.family}</family><given>{P2.given}</given></party>
  <date>{date}</date><venue>register office, {CITY}</venue>
</marriageEntry>
Generate an XSD for this.""",
    ),
    (
        "xml",
        "customs",
        """\
<Declaration ref="{order}">
  <Consignor><Name>{P1}</Name><Address>{ADDR}</Address></Consignor>
  <Consignee><Name>{P2}</Name><Phone>{PHONE.intl}</Phone><Email>{P2.email}</Email></Consignee>
  <Goods hs="{hs}" value="{price}"/>
</Declaration>
Which mandatory fields are missing for an import entry?""",
    ),
    (
        "xml",
        "insurance",
        """\
<ClaimNotice>
  <Claimant><Name>{P1}</Name><SSN>{SSN}</SSN></Claimant>
  <LossLocation>{ADDR}</LossLocation>
  <Peril>{storm}</Peril>
  <Payee><AccountNumber>{ACCT}</AccountNumber><RoutingNumber>{routing}</RoutingNumber></Payee>
</ClaimNotice>
Convert to JSON.""",
    ),
    (
        "xml",
        "subtitling",
        """\
<tt xmlns="http://www.w3.org/ns/ttml">
  <head><metadata><ttm:desc>Translation: {P1}, review: {P2}</ttm:desc></metadata></head>
  <body><div>
    <p begin="{tc}" end="{tc2}">COUNTESS VEXMOOR: Then I shall haunt it.</p>
  </div></body>
</tt>
Why does the validator reject the ttm prefix?""",
    ),
    (
        "xml",
        "hotel",
        """\
<OTA_HotelResRQ>
  <ResGuest><PersonName><GivenName>{P1.given}</GivenName><Surname>{P1.family}</Surname></PersonName></ResGuest>
  <PaymentCard CardNumber="{CARD.plain}" ExpireDate="0927"/>
  <Email>{P1.email}</Email>
</OTA_HotelResRQ>
Mask the card number in this message, keeping the last four digits.""",
    ),
    (
        "xml",
        "driving",
        """\
<PermitApplication>
  <Applicant>{P1}</Applicant>
  <SSN>{SSN.plain}</SSN>
  <Address>{ADDR}</Address>
  <Parent>{P2}</Parent>
</PermitApplication>
Write the XPath to get the applicant's name.""",
    ),
]

CLEAN += [
    (
        "xml",
        "subtitling",
        """\
<tt xmlns="http://www.w3.org/ns/ttml">
  <body><div>
    <p begin="{tc}" end="{tc2}">INSPECTOR VALLANCE: You will never leave this house.</p>
    <p begin="{tc3}" end="{tc4}">DOCTOR QUILLFEATHER: We shall see.</p>
  </div></body>
</tt>
Convert to SRT.""",
    ),
    (
        "xml",
        "polar",
        """\
<station id="CTD-{num}">
  <vessel>{ship}</vessel>
  <position>{coord}</position>
  <bottles type="Niskin" count="12"/>
  <secchi depth="14.5"/>
</station>
Add a schema for multiple stations.""",
    ),
    (
        "xml",
        "zoo",
        """\
<animal studbook="SB {depth}">
  <name>Percy</name>
  <species>Fratercula arctica</species>
  <notes>weighs {num}0 g; enrichment {time}</notes>
</animal>
Write an XSLT that renders this as an HTML card.""",
    ),
    (
        "xml",
        "betting",
        """\
<race time="{time}" type="handicap">
  <runner odds="{odds}">{horse}</runner>
  <runner odds="{odds2}">{horse2}</runner>
</race>
Compute implied probabilities.""",
    ),
]

PERSONAL += [
    (
        "ics",
        "courts",
        """\
BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Arbitration hearing {case}
DTSTART:20260314T093000Z
LOCATION:Hearing room 2, {CITY}
ATTENDEE;CN={P1}:mailto:{P1.email}
ATTENDEE;CN={P2}:mailto:{P2.email}
END:VEVENT
END:VCALENDAR
Why does Outlook show this at the wrong time?""",
    ),
    (
        "ics",
        "hair",
        """\
BEGIN:VEVENT
SUMMARY:Balayage + toner – {P1.given}
DTSTART:20260402T100000
DESCRIPTION:Wella 9/16. Client mobile {PHONE}. Stylist {P2.given}.
LOCATION:{ADDR}
END:VEVENT
Turn this into a reminder text.""",
    ),
    (
        "ics",
        "mountaineering",
        """\
BEGIN:VEVENT
SUMMARY:Guided ascent, {grade}
DESCRIPTION:Guide {P1}. Clients {P2} and {P3}. Sat phone {PHONE.intl}. Meet at the Solvay hut.
DTSTART:20260718T040000
END:VEVENT
Add a VALARM 12 hours before.""",
    ),
    (
        "ics",
        "estate",
        """\
BEGIN:VEVENT
SUMMARY:Viewing – {ADDR}
ORGANIZER;CN={P1}:mailto:{P1.email}
ATTENDEE;CN={P2}:mailto:{P2.email}
DTSTART:20260509T141500
END:VEVENT
Explain each line to a new negotiator.""",
    ),
    (
        "ics",
        "podcast",
        """\
BEGIN:VEVENT
SUMMARY:Record ep {num} with {P1}
DESCRIPTION:Guest phone {PHONE}. Remote via Riverside; backup line from {IP}.
DTSTART:20260611T170000Z
END:VEVENT
Convert to the guest's time zone (they're in {CITY}).""",
    ),
    (
        "ics",
        "registry",
        """\
BEGIN:VEVENT
SUMMARY:Civil ceremony: {P1} & {P2}
LOCATION:Ellerby Glasshouse
DESCRIPTION:Witnesses {P3} and {W1}. Registrar {P4.title}.
DTSTART:20260822T130000
END:VEVENT
Write the running order for the day.""",
    ),
]

CLEAN += [
    (
        "ics",
        "theatre",
        """\
BEGIN:VEVENT
SUMMARY:Tech rehearsal – Hamlet (Olivier stage)
DTSTART:20260303T100000
DTEND:20260303T220000
DESCRIPTION:LX cues 1-{num}, fly bar 7 check, Yorick skull preset
END:VEVENT
Split this into morning and evening sessions.""",
    ),
    (
        "ics",
        "polar",
        """\
BEGIN:VEVENT
SUMMARY:CTD cast {num}
DESCRIPTION:Station at {coord}. Niskin bottles, Secchi disk. Wind force 7 on the Beaufort scale.
DTSTART:20260119T060000Z
RRULE:FREQ=DAILY;COUNT=5
END:VEVENT
What does the RRULE do?""",
    ),
    (
        "ics",
        "auction",
        """\
BEGIN:VEVENT
SUMMARY:Viewing days, autumn sale
DTSTART;VALUE=DATE:20261003
DTEND;VALUE=DATE:20261006
DESCRIPTION:Lots 1-{lot}. Steinway model B on show in gallery 3.
END:VEVENT
Is DTEND inclusive?""",
    ),
    (
        "ics",
        "esports",
        """\
BEGIN:VEVENT
SUMMARY:Scrim vs Redline (patch {ver})
DTSTART:20260205T190000Z
DESCRIPTION:Map pool: Captain Quillon's Keep, Vexmoor Manor. Server scrim-03.
END:VEVENT
Add a second event for the review session.""",
    ),
]
