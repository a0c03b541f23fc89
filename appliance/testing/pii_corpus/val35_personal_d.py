"""Personal templates of the val35 part, fourth file: Jira comments, bibliographies,
calendar invites, vCards, pasted text (in eleven languages besides English) and dictated
voice notes."""

from __future__ import annotations

from appliance.testing.pii_corpus.val35_gen import T

PERSONAL_D = [
    # ----------------------------------------------------------------------------- jira
    T(
        "p-jira-01",
        "jira",
        "release",
        """
        OPS-{N}{QTY}: Upgrade ada-prod to {VER}
        Reporter: {P1}   Assignee: {P2}

        {P3} added a comment – {DATE}
        > [~{P2.handle}] the bastion at {IP1} still has the old host key. Can you rotate it?

        {P2} added a comment – {DATE2}
        > Rotated. Thanks {P3.first}.
        Write a status summary for the weekly report.
        """,
    ),
    T(
        "p-jira-02",
        "jira",
        "proc",
        """
        AP-{N}: Duplicate payment to {P1}
        {P2} added a comment – {DATE}
        The supplier was paid twice into account number {ACCT1}. {P1.first} has agreed to refund
        the duplicate to our IBAN {IBAN1} by {DATE2}.
        Suggest a resolution comment and whether to close the issue.
        """,
    ),
    T(
        "p-jira-03",
        "jira",
        "photo",
        """
        SHOP-{N}{QTY}: Checkout shows another customer's address
        *Description:* Customer {P1} saw {P2}'s delivery address ({ADDR2}) on the order
        confirmation page for a Leica Q3.
        *Comment ({P3}):* reproduced on staging from {IP1}; cache key ignores session.
        How severe is this? Draft the comment.
        """,
    ),
    T(
        "p-jira-04",
        "jira",
        "hospital",
        """
        EPR-{N}: Wrong phone number printed on outpatient letters
        Reporter: {P1} (Medical Records)
        Patient {P2.lf} received letters meant for {P3.lf}; the correct number for
        {P3.first} is {PHONE3}.
        Comment by {P4}: merge request {N}{QTY} fixes the lookup.
        Draft the closing comment.
        """,
    ),
    T(
        "p-jira-05",
        "jira",
        "museum",
        """
        COLL-{N}: Update lender record
        Lender {P1} moved to {ADDR1}; new e-mail {P1.email}, phone {PHONE1}.
        Approved by {P2.init}. Linked: loan to the Getty, {DATE}.
        Write the change note.
        """,
    ),
    # --------------------------------------------------------------------- bibliography
    T(
        "p-bib-01",
        "bibliography",
        "uni",
        """
        Format these references in APA 7th edition:

        {P1.bib} ({YEAR}). Alumni giving and the prestige effect. Journal of Higher Education
        Finance, 12(3), 45–67. https://doi.org/{DOI}
        {P2.bib}, & {P3.bib} ({YEAR2}). Admissions essays at scale. Harbour University Press.
        {P4.bib} ({YEAR3}). Why Stanford? Prestige and choice. Higher Education, 88, 101–119.
        """,
    ),
    T(
        "p-bib-02",
        "bibliography",
        "food",
        """
        Check these citations for consistency:
        1. {P1.bib}, {P2.bib} ({YEAR}) 'Sugar reduction in breakfast cereals: the Kellogg's
           reformulation', Food Policy 41, pp. 12–20.
        2. {P3.lf} ({YEAR2}) Chocolate and Empire: a history of Cadbury's cocoa. {CITY1}:
           Harbour Press.
        3. {P4.bib} et al. ({YEAR3}) Own-label versus brand: evidence from Heinz. doi:{DOI}
        """,
    ),
    T(
        "p-bib-03",
        "bibliography",
        "museum",
        """
        Which of these sources is most relevant to provenance research?
        - {P1.bib} ({YEAR}). Provenance gaps in the Guggenheim's early acquisitions. Museum
          History Journal, 9(2).
        - {P2.bib}, {P3.bib}, & {P4.bib} ({YEAR2}). The Hermitage sales of 1930–31. Yale.
        - {P5.bib} ({YEAR3}). Collecting at the Smithsonian. Museum Studies 4.
        """,
    ),
    T(
        "p-bib-04",
        "bibliography",
        "release",
        """
        Fix this BibTeX entry:
        @inproceedings{{P1.llast}{YEAR},
          author = {{P1.lf} and {P2.lf} and {P3.lf}},
          title = {Hopper: Rolling Releases for Stateful Clusters},
          booktitle = {Proceedings of the Release Engineering Workshop},
          year = {YEAR}
        """,
    ),
    T(
        "p-bib-05",
        "bibliography",
        "awards",
        """
        Turn this into a reading list for the judges, one line per book:
        {P1.lf}. The Salt Orchard. Harbour Press, {YEAR}.
        {P2.lf}. Nine Winters. Pelican Row Books, {YEAR}.
        {P3.lf}, trans. {P4}. The Ferryman's Ledger. Lantern Editions, {YEAR2}.
        """,
    ),
    # ------------------------------------------------------------------------------ ics
    T(
        "p-ics-01",
        "ics",
        "hotel",
        """
        Summarise this invite:
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        SUMMARY:Site visit – Ritz ballroom, wedding {REF}
        DTSTART:20250314T100000Z
        ORGANIZER;CN={P1}:mailto:{P1.work}
        ATTENDEE;CN={P2}:mailto:{P2.email}
        LOCATION:{ADDR1}
        DESCRIPTION:Call {P1.first} on {PHONE1} if running late
        END:VEVENT
        END:VCALENDAR
        """,
    ),
    T(
        "p-ics-02",
        "ics",
        "uni",
        """
        BEGIN:VEVENT
        SUMMARY:Admissions interview – {P1}
        DTSTART:20250603T143000Z
        ORGANIZER;CN=Dr {P2}:mailto:{P2.work}
        ATTENDEE;CN={P1};ROLE=REQ-PARTICIPANT:mailto:{P1.email}
        LOCATION:King's College, Main Building room {ROOM}
        END:VEVENT
        Write a friendly reminder email for the applicant.
        """,
    ),
    T(
        "p-ics-03",
        "ics",
        "release",
        """
        BEGIN:VEVENT
        SUMMARY:{CODENAME} {VER} go/no-go
        ORGANIZER;CN={P1}:mailto:{P1.work}
        ATTENDEE;CN={P2}:mailto:{P2.work}
        ATTENDEE;CN={P3}:mailto:{P3.work}
        DESCRIPTION:Dial-in {PHONE1}, bridge on {IP1}
        END:VEVENT
        Draft the agenda.
        """,
    ),
    T(
        "p-ics-04",
        "ics",
        "salon",
        """
        BEGIN:VEVENT
        SUMMARY:Balayage + trim ({P1.first})
        DTSTART:20250419T093000
        DESCRIPTION:Client {P1}, mobile {PHONE1}. Stylist {P2.first}. Patch test done.
        LOCATION:{ADDR1}
        END:VEVENT
        Turn this into an SMS reminder.
        """,
    ),
    # ---------------------------------------------------------------------------- vcard
    T(
        "p-vcard-01",
        "vcard",
        "proc",
        """
        Add this contact to our supplier list:
        BEGIN:VCARD
        VERSION:3.0
        N:{P1.last};{P1.first};;;
        FN:{P1}
        ORG:Tessaro Facility Management;Accounts
        TEL;TYPE=WORK:{PHONE1}
        EMAIL;TYPE=WORK:{P1.work}
        ADR;TYPE=WORK:;;{ADDR1}
        END:VCARD
        """,
    ),
    T(
        "p-vcard-02",
        "vcard",
        "pets",
        """
        BEGIN:VCARD
        VERSION:4.0
        FN:{P1}
        ORG:Brackenhollow Kennels (Border Terriers)
        TEL;TYPE=cell:{PHONE1}
        TEL;TYPE=home:{PHONE2.nat}
        EMAIL:{P1.email}
        NOTE:Bred Ch. Kilnbeck Silver Lining. Co-owner {P3}.
        END:VCARD
        Which fields would a show secretary need?
        """,
    ),
    T(
        "p-vcard-03",
        "vcard",
        "guitar",
        """
        BEGIN:VCARD
        VERSION:3.0
        FN:{P1}
        TITLE:Luthier
        ORG:The String Room
        TEL:{PHONE1}
        ADR:;;{ADDR1}
        END:VCARD
        Write a two-line intro of this luthier for our newsletter.
        """,
    ),
    T(
        "p-vcard-04",
        "vcard",
        "hospital",
        """
        BEGIN:VCARD
        VERSION:3.0
        N:{P1.last};{P1.first};;Dr;
        FN:Dr {P1}
        TITLE:Consultant Neurologist
        TEL;TYPE=WORK:{PHONE1}
        TEL;TYPE=PAGER:{PHONE2}
        EMAIL:{P1.work}
        END:VCARD
        Is the pager number formatted correctly?
        """,
    ),
    # ---------------------------------------------------------------------------- paste
    T(
        "p-paste-es-1",
        "paste",
        "proc",
        """
        Resume este correo en inglés:

        "Hola, {P1.first}:
        Le confirmo que la factura {INV} se abonará el {DNUM} en la cuenta {IBAN1}. Si tiene
        cualquier duda, puede llamarme al {PHONE2} o escribirme a {P2.work}.
        Un saludo,
        {P2}"
        """,
        lang="es",
        cult="spanish catalan basque mexican colombian argentine",
    ),
    T(
        "p-paste-es-2",
        "paste",
        "uni",
        """
        Extract as JSON (name, city, phone, referee):
        "Me llamo {P1}, nací en {CITY1} y solicito plaza en el máster de Biotecnología.
        Mi teléfono es {PHONE1}. Puede enviar una carta de recomendación {P2}, que dirigió
        mi trabajo de fin de grado."
        """,
        lang="es",
        cult="spanish mexican colombian argentine chilean andean cuban",
    ),
    T(
        "p-paste-de-1",
        "paste",
        "hotel",
        """
        Übersetze ins Englische:
        „Guten Tag {P1.herr} {P1.last},
        vielen Dank für Ihre Buchung im Hotel Seeblick vom {DNUM}. Leider konnten wir die
        Kreditkarte {CARD1} nicht belasten. Bitte rufen Sie uns unter {PHONE2} an.
        Mit freundlichen Grüßen
        {P2}, Rezeption"
        """,
        lang="de",
        cult="german austrian swiss turkish polish",
    ),
    T(
        "p-paste-de-2",
        "paste",
        "pets",
        """
        Summarise in English:
        "Unsere Hündin Oakwynd Goldmarie hat in {CITY1} das Jugend-Championat gewonnen.
        Gerichtet hat {P1}. Welpenanfragen bitte an {P2} (Zucht), Tel. {PHONE2},
        oder per Mail an {P2.email}."
        """,
        lang="de",
        cult="german austrian swiss dutch",
    ),
    T(
        "p-paste-fr-1",
        "paste",
        "museum",
        """
        Extract the lender's details as JSON:
        « Bonjour, je m'appelle {P1} et j'habite {ADDR1}. Je souhaiterais prêter au musée
        un dessin ayant appartenu à ma grand-mère, {P2}. Vous pouvez me joindre au {PHONE1}.
        Bien cordialement. »
        """,
        lang="fr",
        cult="french quebecois flemish maghrebi wolof haitian",
    ),
    T(
        "p-paste-fr-2",
        "paste",
        "library",
        """
        Réponds poliment à ce message :
        "Bonjour, je suis la maman de {P1.first}, qui vient à l'heure du conte. {P1.first} a
        perdu le livre Paddington emprunté le {DNUM}. Pouvez-vous m'appeler au {PHONE2} ? {P2}"
        """,
        lang="fr",
        cult="french quebecois wolof congolese rwandan",
    ),
    T(
        "p-paste-pt-1",
        "paste",
        "salon",
        """
        Responde a esta mensagem em português:
        "Olá, aqui é {P1}. Marquei escova e manicure com {P2.first} para sábado às {TIME},
        mas vou me atrasar uns 15 minutos. O meu número é {PHONE1}. {P1.g_Obrigado_Obrigada}!"
        """,
        lang="pt",
        cult="portuguese brazilian",
    ),
    T(
        "p-paste-it-1",
        "paste",
        "guitar",
        """
        Riassumi in inglese:
        "Buongiorno, sono {P1}. Ho lasciato la mia Stratocaster in negozio il {DNUM} per una
        regolazione completa. Potete chiamarmi al {PHONE1} quando è pronta? Se non rispondo,
        parlate con {P2.g_mio_mia} {P2.g_fratello_sorella}, {P2.first}. Grazie!"
        """,
        lang="it",
        cult="italian maltese",
    ),
    T(
        "p-paste-nl-1",
        "paste",
        "coach",
        """
        Vertaal naar het Engels:
        "Beste {P1.first}, de touringcar naar {CITY1} vertrekt om {TIME} vanaf perron {N}.
        Chauffeur {P2} is bereikbaar op {PHONE2}. Met vriendelijke groet, {P3}"
        """,
        lang="nl",
        cult="dutch flemish",
    ),
    T(
        "p-paste-pl-1",
        "paste",
        "hospital",
        """
        Przetłumacz na angielski:
        "Dzień dobry, nazywam się {P1}. Piszę w sprawie pacjenta z oddziału {N}.
        Pacjent: {P2}, data przyjęcia: {DNUM}. Proszę o kontakt pod numerem {PHONE1} lub
        mailowo: {P1.email}."
        """,
        lang="pl",
        cult="polish ukrainian czech slovak",
    ),
    T(
        "p-paste-sv-1",
        "paste",
        "energy",
        """
        Sammanfatta på engelska:
        "Hej {P1.first}! Vindkraftparken Lady Margaret producerade {MW} i natt. Avräkningen
        betalas till {IBAN1} senast {DNUM}. Ring mig på {PHONE2} om något är oklart. Mvh {P2}"
        """,
        lang="sv",
        cult="swedish norwegian danish finnish icelandic",
    ),
    T(
        "p-paste-tr-1",
        "paste",
        "food",
        """
        Bunu İngilizceye çevir:
        "Sayın {P1}, {DNUM} tarihli siparişiniz ({ORDER}) hazırlanmıştır. Sorularınız için
        {PHONE2} numaralı telefondan {P2} ile iletişime geçebilirsiniz."
        """,
        lang="tr",
        cult="turkish kurdish",
    ),
    T(
        "p-paste-id-1",
        "paste",
        "hire",
        """
        Terjemahkan ke bahasa Inggris:
        "Halo {P1.first}, alat yang Anda sewa (JCB mini excavator) harus dikembalikan paling
        lambat {DNUM}. Jika ada pertanyaan, hubungi {P2} di {PHONE2}. Terima kasih."
        """,
        lang="id",
        cult="indonesian malay",
    ),
    T(
        "p-paste-vi-1",
        "paste",
        "photo",
        """
        Dịch sang tiếng Anh:
        "Chào {P1.first}, ảnh của đơn hàng {ORDER} đã in xong. Vui lòng liên hệ {P2} qua số
        {PHONE2} hoặc email {P2.work} để nhận ảnh."
        """,
        lang="vi",
        cult="vietnamese",
    ),
    T(
        "p-paste-en-1",
        "paste",
        "charity",
        """
        Reply to this on behalf of the shop, kindly but firmly:
        "Hi, I'm {P1}. I donated my late partner {P2}'s golf clubs to your {CITY1} branch by
        mistake on {DATE}. Please keep them aside! Call me on {PHONE1} or {PHONE3}."
        """,
    ),
    T(
        "p-paste-en-2",
        "paste",
        "awards",
        """
        Extract as JSON (nominee, nominator, contact):
        "I would like to nominate {P1} of {CITY1} for the Lantern Prize community award.
        {P1.first} has run the Gruffalo reading club for twelve years. Nominated by {P2},
        {P2.email}, {PHONE2}."
        """,
    ),
    T(
        "p-paste-en-3",
        "paste",
        "hospital",
        """
        Summarise this referral for the receiving team:
        "Re: {P1} ({DATE}), SSN {SSN1}. Referred by Dr {P2.last} for suspected Parkinson's
        disease. Lives with {P3} at {ADDR1}. Contact {P3.first} on {PHONE3}."
        """,
    ),
    # ---------------------------------------------------------------------------- voice
    T(
        "p-voice-01",
        "voice",
        "salon",
        """
        text {P1.lower} and say {P1.his} bob appointment moved to half four tomorrow and
        {P2.lfirst} will do it instead
        """,
    ),
    T(
        "p-voice-02",
        "voice",
        "release",
        """
        remind me to ask {P1.lfirst} about the hopper rollback and call {P2.lower} on
        {PHONE2.raw} before standup
        """,
    ),
    T(
        "p-voice-03",
        "voice",
        "hotel",
        """
        new note guest {P1.lower} in room {ROOM} wants late checkout and a taxi to
        {CITY1.lower} at six card on file is {CARD1}
        """,
    ),
    T(
        "p-voice-04",
        "voice",
        "proc",
        """
        email {P1.lfirst} in accounts payable and say we paid invoice {N}{QTY} into account
        number {ACCT1} yesterday and copy in {P2.lower}
        """,
    ),
    T(
        "p-voice-05",
        "voice",
        "hospital",
        """
        dictation for patient {P1.lower} seen today with {P2.lfirst} knee pain worse on
        stairs lives at {ADDR1.lower} follow up in six weeks
        """,
    ),
    T(
        "p-voice-06",
        "voice",
        "library",
        """
        add {W1.lower} to the storytime volunteers list {W1.his} number is {PHONE1.raw} and {W1.he}
        can do the gruffalo session
        """,
    ),
    T(
        "p-voice-07",
        "voice",
        "coach",
        """
        call {P1.lfirst} the driver and tell {P1.him} the coach to {CITY1.lower} leaves at nine
        from bay {N} not ten and ring me back on {PHONE2.raw}
        """,
    ),
]
