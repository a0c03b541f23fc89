"""val33 personal templates, part E: paste (instructions wrapping pasted text, much of it in
other languages) and voice (dictated text, no capitals or punctuation)."""

from __future__ import annotations

from appliance.testing.pii_corpus.val33_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------------------ paste
    T(
        "p-paste-es",
        "paste",
        "marine_ins",
        """
    Translate this into English for the claims file:

    ---
    Estimada Sra. <<P1f.last>>:

    Le escribimos en relación con su reclamación <<#claim>>. El perito, <<P2>>, visitará el ~
    buque en <<L1.city>> el próximo martes. Puede contactarle en el <<PH2>> o en ~
    <<P2.email>>. La indemnización se abonará en la cuenta <<IB1>>.

    Atentamente,
    <<P3>>
    ---
    """,
        pool="es",
    ),
    T(
        "p-paste-de",
        "paste",
        "airline",
        """
    Summarise this in two sentences:

    Sehr geehrte Damen und Herren,

    Ihr Koffer (Anhänger <<#ref>>) wurde in <<L1.city>> gefunden und wird morgen zwischen 9 ~
    und 13 Uhr an folgende Adresse geliefert: <<L1.addr>>. Bitte stellen Sie sicher, dass ~
    jemand zu Hause ist. Bei Fragen wenden Sie sich an Frau <<P1f.last>> unter <<PH1>>.

    Mit freundlichen Grüßen
    <<P2>>, Gepäckermittlung
    """,
        pool="de",
    ),
    T(
        "p-paste-fr",
        "paste",
        "tattoo",
        """
    Reply politely in French that we are fully booked until June:

    > Bonjour, je m'appelle <<P1f>> et je suis tatoueuse à <<L1.city>>.
    > J'aimerais faire un guest spot chez vous au printemps. Vous pouvez me
    > rappeler au <<PH1>> ou m'écrire à <<P1f.email>>.
    > Mon amie <<P2f.first>> m'a parlé de votre studio.
    """,
        pool="fr",
    ),
    T(
        "p-paste-pt",
        "paste",
        "courier",
        """
    Extract as JSON with keys name, phone, email, from, to:

    Olá, sou <<P1>>. Preciso de um orçamento para a mudança da <<L1.addr>> para a ~
    <<L2.addr>> no fim do mês. São uns 20 caixotes e um piano. Telefone <<PH1>>, email ~
    <<P1.email>>. Obrigado!
    """,
        pool="pt",
    ),
    T(
        "p-paste-it",
        "paste",
        "bakery",
        """
    Summarise this order for the kitchen:

    Buongiorno, vorrei ordinare una torta Sacher, trenta madeleine e una crostata per il ~
    battesimo di mia nipote <<P2.first>>. Ritiro sabato mattina. Mi chiamo <<P1>>, cell. ~
    <<PH1>>. Se serve, mio marito <<P3m.first>> può passare a pagare in anticipo.
    """,
        pool="it",
    ),
    T(
        "p-paste-nl",
        "paste",
        "housing",
        """
    Translate to English:

    Beste <<P1.first>>,

    Welkom in je nieuwe kamer! Je huisgenoten zijn <<P2>> en <<P3>>. De huur wordt elke ~
    maand afgeschreven van IBAN <<IB1>>. Vragen? Bel de beheerder, <<P4>>, op <<PH4>>.

    Groet,
    Studentenhuisvesting
    """,
        pool="nl",
    ),
    T(
        "p-paste-pl",
        "paste",
        "langschool",
        """
    Extract the student's details as JSON:

    Dzień dobry, nazywam się <<P1f>>. Chciałabym zapisać syna, <<P2m.first>>, na kurs ~
    angielskiego dla dzieci. Adres: <<L1.addr>>. Mój numer: <<PH1>>, e-mail: ~
    <<P1f.email>>. Pozdrawiam serdecznie.
    """,
        pool="pl",
    ),
    T(
        "p-paste-sv",
        "paste",
        "modelclub",
        """
    What does this club message say?

    Hej alla! Nästa flygdag är på lördag vid fältet utanför <<L1.city>>. <<P1>> tar med sin ~
    Piper Cub och <<P2.first>> visar sin nya Spitfire. Frågor till <<P3.first>> på <<PH3>>.
    """,
        pool="sv",
    ),
    T(
        "p-paste-tr",
        "paste",
        "pharmacy",
        """
    Translate to English:

    Merhaba, ben <<P1>>. Annem <<P2f>> için yazılan Lyrica reçetesini eczaneden almak ~
    istiyorum. Adresimiz <<L1.addr>>. Telefonum <<PH1>>. Teşekkürler.
    """,
        pool="tr",
    ),
    T(
        "p-paste-id",
        "paste",
        "airline",
        """
    Reply to this customer in Indonesian, apologising for the delay:

    Selamat siang, saya <<P1>>. Koper saya tidak muncul di bandara <<L1.city>> setelah ~
    penerbangan <<#flight>>. Mohon hubungi saya di <<PH1>> atau <<P1.email>>. Terima kasih.
    """,
        pool="id",
    ),
    T(
        "p-paste-vi",
        "paste",
        "aquarium",
        """
    Translate to English:

    Xin chào, tôi là <<P1>>. Tôi muốn đặt vé tham quan thủy cung cho gia đình bốn người ~
    vào cuối tuần. Số điện thoại của tôi: <<PH1>>. Email: <<P1.email>>.
    """,
        pool="vi",
    ),
    T(
        "p-paste-en1",
        "paste",
        "probate",
        """
    Summarise this email thread in three bullet points:

    -----Original Message-----
    From: <<P1>> <<<P1.email>>>
    Sent: <<#date>>
    To: <<P2>>
    Subject: RE: Dad's estate

    <<P2.first>>, the bank finally released the savings (acct no. <<AC1>>). I'll transfer ~
    your half to <<IB1>> this week. <<P3.first>> still hasn't signed the deed for the house ~
    at <<L1.addr>>.
    """,
    ),
    T(
        "p-paste-en2",
        "paste",
        "cosmetics",
        """
    Extract all names, phone numbers and card numbers as JSON:

    Wholesale order from Glow Room salon. Owner <<P1>> (<<PH1>>). Please bill the company ~
    Amex <<CC1.amex>>. Deliveries to the manager, <<P2>>, mobile <<PH2>>. Shades: Ruby Woo ~
    x24, Marilyn x12, Lady Danger x12.
    """,
    ),
    # ------------------------------------------------------------------------------ voice
    T(
        "p-voice-01",
        "voice",
        "assistant",
        """
    hey siri text <<P1.lower>> the flight lands at nine forty and i will meet them at arrivals
    """,
    ),
    T(
        "p-voice-02",
        "voice",
        "bakery",
        """
    note to self call <<P1.lower>> about the charlotte russe for saturday the number is ~
    <<PH1.plain>> and ask if <<P2.lfirst>> wants madeleines too
    """,
    ),
    T(
        "p-voice-03",
        "voice",
        "sports",
        """
    alexa remind me to send the davis cup tickets to <<P1.lfirst>> and <<P2.lower>> ~
    tomorrow at eight
    """,
    ),
    T(
        "p-voice-04",
        "voice",
        "pharmacy",
        """
    hi this is <<P1.lower>> calling about my valium refill i moved to <<L1.laddr>> so ~
    please update the address thanks
    """,
    ),
    T(
        "p-voice-05",
        "voice",
        "modelclub",
        """
    call <<P1.lfirst>> from the model club and tell <<P2.lower>> the field in ~
    <<L1.lcity>> is flooded so the tiger moth display is off
    """,
    ),
    T(
        "p-voice-06",
        "voice",
        "airline",
        """
    voicemail transcript hi its <<P1.lower>> from the lost baggage desk in <<L1.lcity>> we ~
    found your bag please call us back on <<PH1.plain>> thanks
    """,
    ),
]
