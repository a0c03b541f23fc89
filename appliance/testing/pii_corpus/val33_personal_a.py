"""val33 personal templates, part A: chat, email, sms, letter, form."""

from __future__ import annotations

from appliance.testing.pii_corpus.val33_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------------------ chat
    T(
        "p-chat-01",
        "chat",
        "airline",
        """
    Hi, I'm chatting on behalf of my mum, <<P1f>>. Her suitcase didn't come off <<#flight>> ~
    at <<L1.city>> last night and the desk gave her file reference <<#ref>>. It's a navy ~
    hard-shell with a yellow strap. She's staying at <<L1.addr>> until <<#date>>, best number ~
    is <<PH1>>. Has it been traced yet?
    """,
    ),
    T(
        "p-chat-02",
        "chat",
        "themepark",
        """
    hi there, my son <<P1m.lfirst>> (he's 9) left his green jacket on Captain Barnacle's ~
    Runaway Mine Train around <<#time>> today. im <<P2.lower>>, you can reach me on <<PH2>> ~
    or <<P2.email>>. we drive back to <<L1.lcity>> tonight so if it turns up could you post it?
    """,
    ),
    T(
        "p-chat-03",
        "chat",
        "assistant",
        """
    Claude, can you draft a short, friendly reminder to <<P1>> (<<P1.email>>) that the ~
    supporters' club deposit for the Stanley Cup final screening is due by <<#date>>? Copy ~
    <<P2.first>> in at <<P2.email>> and sign it from me, <<P3.nick>>. Under 120 words please.
    """,
    ),
    T(
        "p-chat-04",
        "chat",
        "pharmacy",
        """
    User: Hello, is my repeat prescription ready? It's the Ozempic pens and the Zoloft.
    Bot: I can check that. What name is the prescription under?
    User: <<P1>>. My neighbour <<W1.first>> will collect it because I can't drive this week, ~
    is that ok?
    Bot: Yes, a named representative can collect. Can I take a contact number?
    User: <<PH1>>, or my daughter <<P2f.first>> on <<PH2>>.
    """,
    ),
    T(
        "p-chat-05",
        "chat",
        "tattoo",
        """
    hey!! is <<P1.first>> still doing fine-line work? I want the Hale-Bopp comet piece from ~
    your flash sheet on my forearm, roughly 8cm. booked with you before under <<P2.email>> ~
    (name's <<P2>>). happy to pay the deposit now, card is <<CC1>> exp 09/27
    """,
    ),
    T(
        "p-chat-06",
        "chat",
        "housing",
        """
    Hello, I'm moving into room <<#room>> at the Kelvin Court halls on <<#date>>. My guarantor is ~
    my uncle, <<P2m>>, and his address is <<L1.addr>>. Could the tenancy agreement be sent to him ~
    directly? His phone is <<PH2>>. My name is <<P1>>, student ID <<#ref>>. Thanks!
    """,
    ),
    T(
        "p-chat-07",
        "chat",
        "modelclub",
        """
    [club chat] Anyone got a spare 2.4GHz receiver for a Piper Cub? Mine fried after the ~
    Sunday fly-in. I can collect from anywhere near <<L1.city>>. Message me or ring <<PH1>> ~
    after 6. Cheers, <<P1.first>>
    [club chat] <<W2.first>> here, I've got two in the shed. Come by, I'm at <<L2.addr>>.
    """,
    ),
    T(
        "p-chat-08",
        "chat",
        "aquarium",
        """
    Me: quick q, we adopted the loggerhead turtle Myrtle as a gift for my partner. the ~
    certificate says "<<P1.upper>>" in capitals, can it just be "<<P1>>"? and send it to ~
    <<L1.addr>> not my address
    Agent: Of course! And shall the renewal reminder still go to <<P2.email>>?
    Me: yes that's me (<<P2.first>>)
    Agent: Great. The renewal will be charged to the card ending <<CC1.last4>>.
    Me: that card's expired, use <<CC2>> instead
    """,
    ),
    # ------------------------------------------------------------------------------ email
    T(
        "p-email-01",
        "email",
        "astronomy",
        """
    From: <<P1>> <<<P1.email>>>
    To: <<@observing@northfellastro.org.uk>>
    Subject: Observing night - Halley's Comet talk and Tycho crater imaging

    Hi all,

    Quick update before Friday. <<P2>> has kindly agreed to give the talk on Halley's Comet ~
    and the Giotto flyby, and <<P3.init>> will run the imaging session on Tycho and ~
    Copernicus if the sky stays clear. We meet at the usual field off <<L1.addr>> from 19:30.

    If you need a lift from <<L1.city>> station, text <<W1.first>> on <<PH5>>.

    Clear skies,
    <<P1.first>>
    """,
    ),
    T(
        "p-email-02",
        "email",
        "seedbank",
        """
    Subject: Accession <<#acc>> - Buddleja davidii and Banksia seed exchange

    Dear Dr <<P1.last>>,

    Thank you for the germination data on Buddleja davidii. We would be glad to send you ~
    40 seeds each of Banksia integrifolia and Magnolia campbellii in exchange. Our ~
    curator, <<P2>>, will prepare the phytosanitary certificate; please confirm the ~
    delivery address is still <<L1.addr>>, <<L1.ctry>>.

    For customs, our import permit contact is <<P3>> (<<P3.email>>, <<PH3>>).

    Kind regards,
    <<P4>>
    Seed Bank Coordinator
    """,
    ),
    T(
        "p-email-03",
        "email",
        "bakery",
        """
    Hi <<P1.first>>,

    Confirming the order for Saturday: one Victoria sponge (8 inch), a Charlotte russe for ~
    twelve, two dozen madeleines and a Battenberg. Total <<#price>>, deposit paid.

    Please write "Happy 80th <<P2.first>>" on the sponge. Delivery to <<L1.addr>> between ~
    10 and 11. If the gate is locked call my husband <<P3m.first>> on <<PH3>>. Please charge ~
    the balance to my card <<CC1>>, expiry 11/27.

    Thanks so much,
    <<P4>>
    <<PH4>>
    """,
    ),
    T(
        "p-email-04",
        "email",
        "marine_ins",
        """
    From: <<P1.email>>
    To: <<@claims@harbourmutual-marine.com>>
    Cc: <<P2.email>>
    Subject: Claim <<#claim>> - MV Northern Tern, damaged reefer containers

    Dear Claims Team,

    I am the master of MV Northern Tern (<<#imo>>). During discharge at <<L1.city>> on ~
    <<#date>>, still in the swell left by Storm Babet, three refrigerated containers ~
    were dropped. The surveyor, Captain ~
    <<P3.last>>, attended and the survey report is attached. The shippers' agent is <<P2>>, ~
    who is copied.

    Please settle to the owners' account, IBAN <<IB1>>.

    Regards,
    Capt. <<P1>>
    """,
    ),
    T(
        "p-email-05",
        "email",
        "probate",
        """
    Subject: Estate of the late <<P1f>> - next steps

    Dear <<P2.first>> and <<P3.first>>,

    Thank you both for meeting us. As executors you will need to sign the IHT forms before ~
    we apply for the grant. We have located the following accounts in your mother's name:

    - current account, sort code <<AC1.sort>>, account number <<AC1>>
    - savings a/c no. <<AC2>>

    The house at <<L1.addr>> will be valued next week. The Macmillan nurses and the ~
    Wellcome Trust are named as residuary beneficiaries in the will.

    Yours sincerely,
    <<P4>>
    Solicitor, Private Client Team
    """,
    ),
    T(
        "p-email-06",
        "email",
        "langschool",
        """
    Hola <<P1.first>>,

    Welcome to the intensive Spanish course! Your host family is <<P2>> and <<P3>>, who ~
    live at <<L1.addr>>. They will meet you at the bus station on Sunday; their number is ~
    <<PH2>>. Your teacher for the B1 group is <<P4.first>>.

    Course fee outstanding: <<#price>>. Please pay by transfer to IBAN <<IB1>> quoting ~
    <<#ref>>.

    Un saludo,
    <<P5>>, Student Services
    """,
    ),
    T(
        "p-email-07",
        "email",
        "charity",
        """
    Dear <<P1.first>>,

    Thank you for your gift to the Gates Foundation matched-giving scheme. Your employer ~
    has confirmed the match. For Gift Aid we have your address as <<L1.addr>> - please ~
    reply if that's wrong.

    We also have a note that <<P2m>> (your late father) left a legacy; <<P3>> from our legacy ~
    team will call you on <<PH1>> next week.

    With gratitude,
    <<P4>>
    Supporter Care
    """,
    ),
    T(
        "p-email-08",
        "email",
        "courier",
        """
    From: <<@no-reply@swiftparcel-courier.com>>
    To: <<P1.email>>
    Subject: Your parcel <<#track>> could not be delivered

    Hello <<P1.first>>,

    We tried to deliver your parcel today at <<#time>>. Nobody was home at <<L1.addr>>. ~
    Your neighbour <<P2>> at number 12 did not answer either.

    Reply to rearrange, or call our depot on <<PH1>>.
    """,
    ),
    # ------------------------------------------------------------------------------ sms
    T(
        "p-sms-01",
        "sms",
        "airline",
        """
    <<P1.first>> its me, landed at <<L1.city>> but my bag is stuck in transit. using ~
    <<P2.first>>'s phone, call me back on <<PH2>> pls
    """,
    ),
    T(
        "p-sms-02",
        "sms",
        "courier",
        """
    SwiftParcel: Hi <<P1.first>>, your driver <<P2.first>> will arrive 14:10-15:10. Parcel ~
    <<#track>>. Reply STOP to opt out.
    """,
    ),
    T(
        "p-sms-03",
        "sms",
        "tattoo",
        """
    Reminder: your appointment with <<P1.first>> at Ink & Anchor is tomorrow at <<#time>>. ~
    Deposit <<#price>> held. Questions? Text <<PH1>>
    """,
    ),
    T(
        "p-sms-04",
        "sms",
        "pharmacy",
        """
    <<P1.nick>> the pharmacy says the Xanax prescription needs <<P2.first>>'s signature. ~
    can u ring them on <<PH1>> before 6
    """,
    ),
    T(
        "p-sms-05",
        "sms",
        "housing",
        """
    Hi it's <<P1>> from flat <<#room>>. The boiler's off again. My new number is <<PH1>>, ~
    the old one was <<PH2>>.
    """,
    ),
    T(
        "p-sms-06",
        "sms",
        "sports",
        """
    <<W1.first>> - Davis Cup tickets sorted for <<#date>>. meet <<P1.first>> and me at ~
    gate <<#gate>>. if lost call <<PH1>>
    """,
    ),
    # ------------------------------------------------------------------------------ letter
    T(
        "p-letter-01",
        "letter",
        "probate",
        """
    <<P1>>
    <<L1.addr>>

    <<#date>>

    Dear Sirs,

    Re: Estate of <<P2m>> (deceased)

    I write as the sole executor. Please close my late brother's checking account ~
    <<AC1>> and send a closing statement to the address above. A certified copy of the ~
    death certificate is enclosed. His Social Security number was <<SSN1>>.

    Yours faithfully,

    <<P1>>
    """,
    ),
    T(
        "p-letter-02",
        "letter",
        "architecture",
        """
    Holloway & Finch Architects
    Studio 4, The Chrysler Building Annex

    Dear Ms <<P1f.last>>,

    Thank you for inviting us to tender for the extension at <<L1.addr>>. Our proposal ~
    takes its cue from the Guggenheim's spiral ramp and the Shard's glazing, scaled down ~
    for a family home. <<P2>>, our project architect, will visit on <<#date>>. ~
    Mr <<P3m.last>> from our structural team will join.

    Please contact <<P2.first>> on <<PH2>> or at <<P2.email>>.

    Yours sincerely,
    <<P4>> RIBA
    """,
    ),
    T(
        "p-letter-03",
        "letter",
        "charity",
        """
    Dear <<P1.first>>,

    On behalf of everyone at the Barnardo's shop in <<L1.city>>, thank you for the eleven ~
    bags of books you brought in. Your donation raised <<#price>>.

    We have registered your Gift Aid declaration under the name <<P1.lf>> and your home ~
    address, <<L2.addr>>.

    With thanks,
    <<P2>>
    Shop Manager
    """,
    ),
    T(
        "p-letter-04",
        "letter",
        "housing",
        """
    To whom it may concern,

    This is to confirm that <<P1>> has been a tenant at Nightingale House student ~
    residence, room <<#room>>, since <<#month>> 2023 and has paid rent on time. Rent is ~
    collected from the tenant's account number <<AC1>>. Previous address: <<L1.addr>>.

    Queries to the residence manager, <<P2>>, on <<PH1>>.
    """,
    ),
    T(
        "p-letter-05",
        "letter",
        "marine_ins",
        """
    HARBOUR MUTUAL MARINE

    Our ref: <<#policy>>

    Dear Captain <<P1.last>>,

    We confirm hull and machinery cover for the yacht "Sir Galahad" from <<#date>>. The ~
    named skippers are <<P1>> and <<P2>>. Premium of <<#price>> will be collected from ~
    IBAN <<IB1>> in four instalments.

    Your broker, <<P3>> of <<L1.city>>, has a copy of this letter.

    <<P4.init>>
    Underwriting Manager
    """,
    ),
    T(
        "p-letter-06",
        "letter",
        "langschool",
        """
    Hallo <<P1.first>>,

    wir freuen uns, dass Sie im Herbst unseren Deutschkurs besuchen. Ihre Gastfamilie ~
    ist Familie <<P2.last>> in der <<L1.addr>>. Frau <<P3f.last>> holt Sie am Bahnhof ab.

    Bei Fragen erreichen Sie uns unter <<PH1>>.

    Mit freundlichen Grüßen
    <<P4>>
    """,
        pool="de",
    ),
    # ------------------------------------------------------------------------------ form
    T(
        "p-form-01",
        "form",
        "airline",
        """
    PROPERTY IRREGULARITY REPORT
    File reference: <<#ref>>
    Surname: <<P1.caps>>
    Given name(s): <<P1.first>>
    Flight: <<#flight>>   Date: <<#date>>
    Bag tag: <<#ref2>>   Colour/type: BK 22
    Delivery address: <<L1.addr>>
    Phone: <<PH1>>   E-mail: <<P1.email>>
    Loyalty number: <<#ref3>>
    """,
    ),
    T(
        "p-form-02",
        "form",
        "housing",
        """
    STUDENT ACCOMMODATION APPLICATION
    Full name: <<P1>>
    Email: <<P1.email>>
    Mobile: <<PH1>>
    Home address: <<L1.addr>>
    Country of residence: <<L1.ctry>>
    Guarantor name: <<P2>>
    Guarantor phone: <<PH2>>
    SSN (US applicants only): <<SSN1>>
    Room preference: en-suite, band <<#n>>
    """,
    ),
    T(
        "p-form-03",
        "form",
        "pharmacy",
        """
    New patient registration
    Last name: <<P1.caps>>    First name: <<P1.first>>
    Address: <<L1.addr>>
    Telephone: <<PH1>>
    Regular medicines: Ventolin inhaler, Lipitor 20mg
    Allergies: penicillin
    Next of kin: <<P2>> (<<PH2>>)
    """,
    ),
    T(
        "p-form-04",
        "form",
        "tattoo",
        """
    CONSENT FORM - INK & ANCHOR STUDIO
    Client: <<P1>>
    Artist: <<P2.first>>
    Design: Sopwith Camel biplane outline, left calf
    Emergency contact: <<P3>>, <<PH3>>
    Payment: card ending <<CC1.last4>> / deposit <<#price>>
    Studio email: <<@bookings@inkandanchor.studio>>
    I confirm I am over 18. Signed: <<P1.init>>
    """,
    ),
    T(
        "p-form-05",
        "form",
        "courier",
        """
    Collection request
    Sender: <<P1>>, <<L1.addr>>, <<PH1>>
    Recipient: <<P2.capsfull>>, <<L2.addr>>, <<PH2>>
    Contents: Bunsen burner x2, Erlenmeyer flasks (boxed)
    Declared value: <<#price>>
    Pay by card: <<CC1>>
    """,
    ),
    T(
        "p-form-06",
        "form",
        "probate",
        """
    Estate questionnaire (page 2 of 5)
    Deceased: <<P1.lf>>
    Last address: <<L1.addr>>
    SSN: <<SSN1>>
    Bank: checking account <<AC1>>; savings account <<AC2>>
    Executor: <<P2>>, <<PH2>>, <<P2.email>>
    """,
    ),
    T(
        "p-form-07",
        "form",
        "langschool",
        """
    INSCRIPCIÓN - CURSO INTENSIVO
    Nombre: <<P1.first>>
    Apellidos: <<P1.last>>
    Correo: <<P1.email>>
    Teléfono: <<PH1>>
    Ciudad: <<L1.city>>
    Nivel: B2   Grupo: <<#n>>
    """,
        pool="es",
    ),
]
