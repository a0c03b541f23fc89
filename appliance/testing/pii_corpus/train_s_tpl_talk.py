"""Templates of `train_s` for people talking: chat with an assistant, text messages, e-mail
and dictated voice requests, at work, at school, at the doctor's and at home (format:
`train_s_templates`)."""

from __future__ import annotations

BLOCK = r"""
=== chat clean en lines
Quick one: [[C]]. Can you add that to the staff notes for [[DATE]]?
can you rewrite this so it sounds friendlier: [[C^]]. also [[C]].
Help me plan the week. Monday: [[T]]. Wednesday: collect [[T]]. Friday: order [[ORDER]] arrives.
Is it normal that [[C]]? Asking for the class parents group.
Summarise in one line: [[C^]]. [[C^]]. The invoice total is [[PRICE]].
What's a polite way to tell my manager that [[C]]?
Make me a shopping list with [[F]], [[F]] and something for a packed lunch under [[PRICE]].
Explain the difference between [[T]] and [[T]] like I'm ten.
The school newsletter says [[C]]. What does that mean for pick-up at [[TIME]]?
The surgery letter says [[C]]. Should I ring them before [[DATE]]?
Write a two-line reminder for the fridge: [[C]], and [[C]].
I keep mixing up [[T]] and [[T]]. Can you give me a trick to remember?
my teenager says [[C]] is this true or is it a meme
Our HR handbook says [[C]]. Does that apply to part-time staff on contract [[CODE]]?
=== chat personal en lines
Can you remind [[P.first]] that [[C]]? It's for [[DATE]].
[[P.full]] asked whether [[T]] is still happening on [[DATE]]. What should I say?
draft a reply to [[P.first]]: thanks, [[C]], and I'll bring [[T]] on friday
[[P.title]] says [[C]]. How do I tell the class without worrying the parents?
Write a birthday message for [[P.first]] who loves [[T]] and [[F]].
My colleague [[P.full]] is off sick and [[C]]. Who should cover [[ROOM]]?
is [[P.first]] right that [[C]]? she sent it at [[TIME]]
[[P.first]] from accounts says [[C]]. Reply to [[P.email]] and copy in [[Q.full]].
Help me write a note to [[P.title]]: [[Q.first]] will miss school on [[DATE]] for a dentist appointment, and [[C]].
Summarise this thread. [[P.first]]: [[C]]. [[Q.first]]: ok, and [[C]].
I met [[P.full]] at the [[T]] stand. How do I follow up? Their number is [[PHONE]].
[[P.poss]] flight lands in [[L]] at [[TIME]] and [[C]]. Can you make a pick-up plan?
[[P.first]] texted from [[L]] to say [[C]]. Write a short reply.
My mum [[P.first]] says [[C]] and wants [[F]] for her birthday. Ideas?
Make a seating plan: [[P.full]] next to [[Q.full]], and keep [[R.first]] away from [[T]].
[[P.init]] approved [[T]]; draft the confirmation to [[P.email]].
Who is [[P.last]]? The note just says "[[P.last]]: [[C]]".
Ask [[P.first]] if [[T]] can wait until [[DATE]], and tell [[Q.first]] that [[C]].
=== chat personal en lines
translate for [[P.first]]: [[S^]]
Write a thank-you card from the class to [[P.title]]: [[C]].
[[P.first]] wants to know if [[C]]. Answer in plain words for an eight-year-old.
=== sms clean en lines
running late, [[C]] x
Reminder: [[T]] on [[DATE]]. Bring [[PRICE]] in cash.
[[C^]]!! also dont forget [[T]]
Code [[CODE]] for the parcel locker. [[C^]].
Your order [[ORDER]] is out for delivery today. [[C^]].
pharmacy: your repeat prescription is ready. [[C^]].
School: [[C^]]. Reply STOP to opt out.
ok so [[C]] and [[C]] ugh
=== sms personal en lines
hi [[P.first]], [[C]]. see you at [[TIME]]
[[P.first]] its me, can you grab [[F]] on the way? x
Msg from [[P.full]]: [[C]]. Call back on [[PHONE]].
tell [[P.first]] [[C]] lol
[[P.title]], your appointment at [[TIME]] on [[DATE]] is confirmed. [[C^]].
Hey [[P.first]] it's [[Q.first]], [[C]]
Dear [[P.first]], [[C]]. Payment of [[PRICE]] taken from card ending [[NUM]]. Thanks, the office
[[P.first]]!! [[C]]!!! call me
Hi [[P.first]], this is [[Q.title]] from the surgery. [[C^]]. Please ring [[PHONE]].
[[P.first]] landed in [[L]], [[C]]
=== email clean en
Subject: [[T^]] update

Hi all,

[[C^]]. [[C^]].

Order [[ORDER]] should arrive by [[DATE]]; the invoice is [[PRICE]].

Thanks,
The office team
=== email clean en
Subject: Reminder for parents – [[DATE]]

Dear parents and carers,

[[C^]]. Please also note that [[C]].

Year groups in [[ROOM]] should bring [[T]] on the day.

With thanks,
School office
=== email clean en
Subject: Clinic update – ref [[CODE]]

Hello,

[[C^]]. If you have questions about [[T]], reply to this message before [[DATE]].

Regards,
Patient services
=== email clean en
Subject: [[TICKET]] resolved

Hi team,

Closing [[TICKET]]: [[C]]. The fix ships in [[VER]].
Side note: [[C]].

Cheers
=== email personal en
Subject: Re: [[T]]

Dear [[P.title]],

[[C^]]. Could you confirm by [[DATE]] whether [[T]] is still needed?

Kind regards,
[[Q.sig]]
[[PHONE]]
=== email personal en
Subject: Introduction – [[P.full]]

Hi [[Q.first]],

I'd like to introduce [[P.full]], who joins the team on [[DATE]]. [[P.first]] has worked on [[T]] before, and [[C]].

You can reach [[P.first]] at [[EMAIL]].

Best,
[[R.sig]]
=== email personal en
Subject: [[P.poss]] leave request

Hello [[Q.first]],

[[P.first]] asked for [[NUM]] days off from [[DATE]]. [[C^]]. Cover for [[ROOM]] is still open.

Thanks,
HR
=== email personal en
From: [[P.full]] <[[EMAIL]]>
To: office
Subject: Invoice [[ORDER]]

Hi,

[[C^]]. Please pay [[PRICE]] to IBAN [[IBAN]], reference [[CODE]].

[[P.sig]]
=== email personal en
Subject: Your appointment on [[DATE]]

Dear [[P.first]],

Your appointment with [[Q.title]] is at [[TIME]] in [[ROOM]]. [[C^]].
If you need to change it, call [[PHONE]].

[[R.full]]
Practice manager
=== email personal en
Subject: Parents evening

Dear [[P.title]],

Thank you for coming in about [[Q.first]]. As discussed, [[C]], and [[Q.first]] will bring [[T]] on [[DATE]].

Kind regards,
[[R.title]]
Head of Year
=== email personal en
Hi [[P.first]],

Quick update from [[L]]: [[C]]. I left [[T]] with reception.

Shipping address for the samples: [[ADDR]].

[[Q.first]]
=== voice clean en lines
remind me that [[C]]
add [[F]] to the shopping list
set a reminder for [[TIME]] [[C]]
what time does the [[T]] thing start tomorrow
note to self [[C]] and also [[C]]
what does it mean when [[C]]
search for [[T]] near me
=== voice personal en lines
text [[P.first]] that [[C]]
call [[P.full]] about [[T]]
remind me to ask [[P.first]] whether [[C]]
send a message to [[P.first]] saying [[C]]
tell [[P.first]] [[C]] and that i will bring [[F]]
navigate to [[L]] and text [[P.first]] that [[C]]
remind me at [[TIME]] to call [[P.title]] about [[T]]
message [[P.first]] and [[Q.first]] [[C]]
call [[P.first]] [[P.last]] on speaker
read my last message from [[P.first]]
=== chat clean es lines
Oye, [[C]]. ¿Lo apunto para el [[DATE]]?
¿Me ayudas a redactar esto mejor? [[C^]]. Además, [[C]].
Resume en una frase: [[C^]]. [[C^]]. El pedido [[ORDER]] cuesta [[PRICE]].
=== chat personal es lines
Recuérdale a [[P.first]] que [[C]], es para el [[DATE]].
[[P.full]] dice que [[C]]. ¿Qué le contesto?
Escribe un mensaje para [[P.title]]: [[C]], y gracias por todo.
[[P.first]] me escribió desde [[L]]: [[C]].
=== chat clean de lines
Kurze Frage: [[C]]. Soll ich das für den [[DATE]] notieren?
Formuliere das freundlicher: [[C^]]. Außerdem [[C]].
Fass zusammen: [[C^]]. [[C^]]. Bestellung [[ORDER]] kostet [[PRICE]].
=== chat personal de lines
Erinnere [[P.first]] daran, dass [[C]], bitte bis [[DATE]].
[[P.title]] schreibt, [[C]]. Was antworte ich?
Schreib eine Nachricht an [[P.first]]: [[C]], und danke für alles.
[[P.first]] ruft aus [[L]] an: [[C]].
=== chat clean fr lines
Petite question : [[C]]. Je le note pour le [[DATE]] ?
Reformule plus poliment : [[C^]]. Et aussi, [[C]].
=== chat personal fr lines
Rappelle à [[P.first]] que [[C]], c'est pour le [[DATE]].
[[P.title]] dit que [[C]]. Que dois-je répondre ?
Écris un mot pour [[P.first]] : [[C]], merci encore.
=== chat clean it lines
Domanda veloce: [[C]]. Lo segno per il [[DATE]]?
Riscrivi in modo più gentile: [[C^]]. Inoltre [[C]].
=== chat personal it lines
Ricorda a [[P.first]] che [[C]], serve per il [[DATE]].
[[P.title]] scrive che [[C]]. Cosa rispondo?
Scrivi un messaggio a [[P.first]]: [[C]], grazie di tutto.
=== chat clean pt lines
Pergunta rápida: [[C]]. Anoto para [[DATE]]?
Reescreve de forma mais simpática: [[C^]]. Além disso, [[C]].
=== chat personal pt lines
Lembra a [[P.first]] que [[C]], é para [[DATE]].
[[P.title]] diz que [[C]]. O que respondo?
=== chat clean nl lines
Snelle vraag: [[C]]. Zal ik het noteren voor [[DATE]]?
Herschrijf dit vriendelijker: [[C^]]. En ook: [[C]].
=== chat personal nl lines
Herinner [[P.first]] eraan dat [[C]], het is voor [[DATE]].
[[P.title]] schrijft dat [[C]]. Wat antwoord ik?
=== chat clean tr lines
Kısa bir soru: [[C]]. Bunu [[DATE]] için not alayım mı?
Bunu daha kibar yaz: [[C^]]. Ayrıca [[C]].
=== chat personal tr lines
[[P.first]] Hanım'a hatırlat: [[C]].
[[P.title]] diyor ki [[C]]. Ne cevap vereyim?
[[P.first]] [[L]]'dan yazdı: [[C]].
=== sms clean tr lines
Geç kalıyorum, [[C]]. Görüşürüz
Hatırlatma: [[C]]. Randevu [[DATE]] saat [[TIME]].
=== sms personal tr lines
Merhaba [[P.first]], [[C]]. Saat [[TIME]]'de görüşürüz.
[[P.title]], randevunuz [[DATE]] saat [[TIME]]. [[C^]].
[[P.first]], ben [[Q.first]]: [[C]]. Beni [[PHONE]] numarasından ara.
=== email clean tr
Konu: Velilere duyuru – [[DATE]]

Sayın veliler,

[[C^]]. Ayrıca [[C]].

Saygılarımızla,
Okul müdürlüğü
=== email personal tr
Konu: [[DATE]] tarihli randevunuz

Sayın [[P.title]],

[[C^]]. Randevunuz saat [[TIME]]'de. Değişiklik için [[PHONE]] numarasını arayın.

Saygılarımızla,
[[Q.full]]
=== email personal tr
Konu: Toplantı notu

Merhaba [[P.title]],

[[C^]]. [[Q.title]] da katılacak.

İyi çalışmalar,
[[R.first]]
=== email personal pt
Assunto: Consulta de [[DATE]]

Cara [[P.title]],

[[C^]]. A consulta é às [[TIME]].

Com os melhores cumprimentos,
[[Q.full]]
=== email personal nl
Onderwerp: Uw afspraak op [[DATE]]

Beste [[P.title]],

[[C^]]. De afspraak is om [[TIME]].

Met vriendelijke groet,
[[Q.full]]
=== chat personal tr lines
[[P.title]] sordu: [[C]] mi?
Toplantıda [[P.title]] şunu söyledi: [[C]].
=== sms clean es lines
Llego tarde, [[C]]. Besos
Recordatorio: [[C]]. Cita el [[DATE]] a las [[TIME]].
=== sms personal es lines
Hola [[P.first]], [[C]]. Nos vemos a las [[TIME]].
[[P.first]], soy [[Q.first]]: [[C]]. Llámame al [[PHONE]].
=== sms clean de lines
Bin spät dran, [[C]]. LG
Erinnerung: [[C]]. Termin am [[DATE]] um [[TIME]].
=== sms personal de lines
Hallo [[P.first]], [[C]]. Bis [[TIME]]!
[[P.first]], hier ist [[Q.first]]: [[C]]. Ruf mich an unter [[PHONE]].
=== email clean de
Betreff: Information für Eltern – [[DATE]]

Liebe Eltern,

[[C^]]. Außerdem: [[C]].

Mit freundlichen Grüßen
Das Sekretariat
=== email personal de
Betreff: Ihr Termin am [[DATE]]

Sehr geehrte/r [[P.title]],

[[C^]]. Bitte bestätigen Sie den Termin um [[TIME]].

Mit freundlichen Grüßen
[[Q.full]]
=== email clean es
Asunto: Aviso a las familias – [[DATE]]

Estimadas familias:

[[C^]]. Además, [[C]].

Un saludo,
Secretaría del colegio
=== email personal es
Asunto: Su cita del [[DATE]]

Estimado/a [[P.title]]:

[[C^]]. Le esperamos a las [[TIME]]. Para cambiar la cita llame al [[PHONE]].

Atentamente,
[[Q.full]]
=== email personal fr
Objet : Rendez-vous du [[DATE]]

Bonjour [[P.title]],

[[C^]]. Merci de confirmer votre présence à [[TIME]].

Cordialement,
[[Q.full]]
=== email clean it
Oggetto: Avviso alle famiglie – [[DATE]]

Gentili famiglie,

[[C^]]. Inoltre [[C]].

Cordiali saluti,
La segreteria
=== email personal it
Oggetto: Appuntamento del [[DATE]]

Gentile [[P.title]],

[[C^]]. La aspettiamo alle [[TIME]].

Cordiali saluti,
[[Q.full]]
"""
