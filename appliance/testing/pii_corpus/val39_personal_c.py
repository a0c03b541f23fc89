"""val39 personal templates, part C: voice assistants and chatbots, software and data tools
named like people (code, git, diffs, logs, stack traces, configs), funeral homes and
genealogy services, veterinary clinics and horse stables."""

from __future__ import annotations

from appliance.testing.pii_corpus.val39_gen import t

TEMPLATES = [
    t("p-assistant-transcript-1", "transcript", """
[Smart speaker support call]
Agent: You're through to device support. Who am I speaking with?
Caller: ⟦p1.full⟧. My Alexa keeps calling my ex, ⟦p2.first⟧, when I say "call home".
Agent: Let's fix that. Which number should "home" dial?
Caller: ⟦phone⟧. And remove ⟦phone2⟧ completely please.
Agent: Done on our side. Siri or Google Assistant on your phone may have the old contact too.
Caller: I'll check. Send the summary to ⟦p1.email⟧.
"""),
    t("p-assistant-json-1", "json", """
{
  "intent": "CreateReminder",
  "assistant": "Bixby",
  "utterance": "remind me to call ⟦p1.first⟧ at ⟦d.time⟧",
  "slots": {"contact": "⟦p1.full⟧", "contact_number": "⟦phone⟧"},
  "device_ip": "⟦ip⟧",
  "user": {"display_name": "⟦p2.full⟧", "locale": "en-GB"}
}
"""),
    t("p-chatbot-code-1", "code", """
// cortana-migration/contacts.test.js
const fixtures = [
  { name: "⟦p1.full⟧", phone: "⟦phone⟧", email: "⟦p1.email⟧" },
  { name: "⟦p2.full⟧", phone: "⟦phone2⟧", email: "⟦p2.email⟧" },
];

test("imports contacts from Cortana export", () => {
  const out = importContacts(fixtures);
  expect(out[1].displayName).toBe("⟦p2.full⟧");
});
"""),
    t("p-jenkins-log-1", "log", """
Started by user ⟦p1.full⟧
Running on agent build-07 (⟦ip⟧) in /var/jenkins/workspace/opera-tickets
[Pipeline] git
 > git fetch --tags origin
Checking out Revision ⟦d.sha⟧ (origin/main)
Commit message: "Merge pull request #⟦d.pr⟧ from ⟦p2.handle⟧/fix-seat-map"
[Pipeline] sh
+ ./deploy.sh --target ⟦ip2⟧ --notify ⟦p1.work:kestrel-opera.org⟧
Finished: SUCCESS
"""),
    t("p-django-stacktrace-1", "stacktrace", """
Internal Server Error: /members/⟦d.num⟧/edit
Traceback (most recent call last):
  File "/srv/app/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", \
line 55, in inner
    response = get_response(request)
  File "/srv/app/members/views.py", line 142, in edit
    member.phone = normalise(form.cleaned_data["phone"])
  File "/srv/app/members/phones.py", line 19, in normalise
    raise ValueError(f"cannot parse {raw!r} for {name}")
ValueError: cannot parse '⟦phone⟧ ext 4' for ⟦p1.full⟧
Request: POST from ⟦ip⟧, user ⟦p2.email⟧
"""),
    t("p-pandas-code-1", "code", """
import pandas as pd

# quick fix for the CRM export - ⟦p1.first⟧ asked for this on ⟦d.day⟧
df = pd.read_csv("crm_export.csv")
df.loc[df["email"] == "⟦p2.email⟧", "phone"] = "⟦phone⟧"
df.loc[df["name"] == "⟦p3.full⟧", "city"] = "⟦city⟧"
df = df[df["name"] != "⟦p4.full⟧"]  # asked to be removed (GDPR)
df.to_csv("crm_clean.csv", index=False)
"""),
    t("p-kafka-yaml-1", "yaml", """
# kafka-connect sink for the ferry bookings topic
name: bookings-sink
config:
  connector.class: io.confluent.connect.jdbc.JdbcSinkConnector
  topics: bookings.v2
  connection.url: jdbc:postgresql://⟦ip⟧:5432/bookings
  connection.user: svc_sink
# on-call: ⟦p1.full⟧ ⟦phone⟧ / backup ⟦p2.full⟧ ⟦phone2⟧
  errors.deadletterqueue.topic.name: bookings.dlq
  owner_email: ⟦p1.work:tidemark-ferries.com⟧
"""),
    t("p-ansible-diff-1", "diff", """
diff --git a/inventory/hosts.yml b/inventory/hosts.yml
index ⟦d.short⟧..⟦d2.short⟧ 100644
--- a/inventory/hosts.yml
+++ b/inventory/hosts.yml
@@ -4,7 +4,7 @@ all:
     cassandra:
       hosts:
-        cass-01: {ansible_host: ⟦ip⟧}
+        cass-01: {ansible_host: ⟦ip2⟧}
         cass-02: {ansible_host: ⟦ip3⟧}
-  # contact: ⟦p1.full⟧ <⟦p1.email⟧>
+  # contact: ⟦p2.full⟧ <⟦p2.email⟧>
"""),
    t("p-ruby-git-1", "git", """
commit ⟦d.sha⟧
Merge: ⟦d.short⟧ ⟦d2.short⟧
Author: ⟦p1.full⟧ <⟦p1.email⟧>
Date:   ⟦pick:Mon Feb 3|Fri Jun 13|Tue Nov 25⟧ 09:41:50 2025 +0000

    Merge branch 'ruby-3.3-upgrade'

    Hudson job retired; CI now runs on GitHub Actions.
    Co-authored-by: ⟦p2.full⟧ <⟦p2.email⟧>
    Co-authored-by: ⟦p3.full⟧ <⟦p3.email⟧>
"""),
    t("p-julia-slack-1", "slack", """
#data-eng
⟦p1.full⟧  ⟦d.time⟧
anyone know why the Julia notebook on ⟦ip⟧ keeps OOMing? it's the ⟦p2.first⟧ dataset
⟦p2.full⟧  ⟦d2.time⟧
my bad, it loads the full ferry manifest. I'll filter it. cc @⟦p3.handle⟧
⟦p3.full⟧  ⟦d3.time⟧
fyi the manifest has passenger phones like ⟦phone⟧ in plain text 😬 we should mask before
sharing
"""),
    t("p-sql-code-1", "code", """
-- fix duplicate guardian records, ticket ⟦d.ticket⟧
UPDATE guardians
SET email = '⟦p1.email⟧', phone = '⟦phone⟧'
WHERE full_name = '⟦p1.full⟧' AND pupil_id = ⟦d.num⟧;

DELETE FROM guardians
WHERE full_name = '⟦p2.full⟧' AND created_at > '⟦d.iso⟧';
-- checked with ⟦p3.first⟧ (registrar) before running
"""),
    t("p-go-code-1", "code", """
package seed

// Demo users for the staging stack. Real people - do not ship! (⟦p1.first⟧)
var users = []User{
	{Name: "⟦p2.full⟧", Email: "⟦p2.email⟧", IBAN: "⟦iban⟧"},
	{Name: "⟦p3.full⟧", Email: "⟦p3.email⟧", IBAN: "⟦iban2⟧"},
	{Name: "⟦p4.full⟧", Email: "⟦p4.email⟧", IBAN: "⟦iban3⟧"},
}
"""),
    t("p-funeral-email-1", "email", """
Subject: Arrangements for ⟦p1.full⟧

Dear ⟦p2.first⟧,

Please accept our condolences on the death of your ⟦p1.parent⟧. As discussed, the service will
be held on ⟦d.date⟧ at 11:00 at the chapel in ⟦city⟧, followed by burial. The eulogy will be
given by ⟦p3.full⟧ and the readings by ⟦p4.full⟧.

For the death notice we have: "⟦p1.full⟧, ⟦pick:1931|1938|1944|1950⟧-2025, beloved
⟦p1.spouse⟧ of ⟦p5.full⟧."
Our director on call is ⟦p6.full⟧, ⟦phone⟧.

Willowmere Funeral Services
""", kin="2=1 5=1"),
    t("p-funeral-form-1", "form", """
CERTIFICATE OF DEATH - INFORMANT WORKSHEET
Decedent: ⟦p1.lf⟧
Decedent SSN: ⟦ssn⟧
Last residence: ⟦addr:US⟧
Surviving spouse: ⟦p2.full⟧
Informant: ⟦p3.full⟧, relationship: ⟦p3.child⟧
Informant phone: ⟦phone:US⟧
Funeral director: ⟦p4.full⟧, license ⟦d.ref⟧
""", kin="2=1 3=1", cult="us"),
    t("p-genealogy-chat-1", "chat", """
I'm building a family tree. My great-grand⟦p1.parent⟧ was ⟦p1.full⟧, born in ⟦city⟧ around 1890,
married ⟦p2.full⟧. Their children were ⟦p3.first⟧, ⟦p4.first⟧ and ⟦p5.first⟧. Can you
suggest which records to search (parish registers, census, ship manifests) and in what order?
""", kin="3=1 4=1 5=1"),
    t("p-genealogy-csv-1", "csv", """
person_id,name,born,birthplace,died,father,mother
I001,"⟦p1.full⟧",⟦pick:1912|1915|1918⟧,⟦city⟧,,⟦p2.full:m⟧,⟦p3.full:f⟧
I002,"⟦p2.full⟧",⟦pick:1879|1883|1886⟧,⟦city2⟧,⟦pick:1941|1950|1957⟧,,
I003,"⟦p3.full⟧",⟦pick:1885|1888|1891⟧,⟦country⟧,⟦pick:1962|1969|1973⟧,,
I004,"⟦p4.full⟧",⟦pick:1920|1923|1927⟧,⟦city3⟧,,⟦p2.full⟧,⟦p3.full⟧
""", kin="1=2 4=2"),
    t("p-genealogy-paste-pt-1", "paste", """
Extraia os nomes, datas e lugares deste registo em formato JSON:

"Aos ⟦d.qty⟧ dias do mês de março de 1911, na freguesia de ⟦city:PT⟧, foi ⟦p1.baptizado⟧
⟦p1.full⟧, ⟦p1.filho⟧ legítimo de ⟦p2.full:m⟧ e de ⟦p3.full:f⟧. Foram padrinhos ⟦p4.full⟧ e
⟦p5.full⟧. Do que para constar fiz este termo."
""", cult="pt", kin="1=2"),
    t("p-funeral-paste-tr-1", "paste", """
Bu taziye mesajını İngilizceye çevir:

Sevgili ⟦p1.first⟧, merhum ⟦p2.full⟧ için hepimizin başı sağ olsun. Cenaze
namazı ⟦d.dmy⟧ günü öğle namazını müteakip ⟦city:TR⟧ Merkez Camii'nde kılınacaktır. Bir
ihtiyacınız olursa ⟦phone:TR⟧ numarasından bana ulaşabilirsiniz.
⟦p3.full⟧
""", cult="tr", kin="1=2"),
    t("p-vet-notes-1", "notes", """
Consult notes ⟦d.date⟧
Patient: Biscuit (cocker spaniel, 7y)   Owner: ⟦p1.full⟧, ⟦phone⟧
Hx: lethargy 3 days, off food. Owner's ⟦p2.spouse⟧ ⟦p2.first⟧ thinks he ate a sock.
Exam: abdomen tense, T 39.4.
Plan: X-ray today; call ⟦p1.first⟧ with results. Estimate ⟦d.fee⟧ signed.
Vet: ⟦p3.init⟧ / Nurse: ⟦p4.first⟧
""", kin="2=1"),
    t("p-vet-sms-1", "sms", """
Greyfield Vets: Hi ⟦p1.first⟧, Luna's vaccination is due on ⟦d.date⟧. Reply YES to book with
Dr ⟦p2.last⟧ or call ⟦phone⟧. Reply STOP to opt out.
"""),
    t("p-stable-email-1", "email", """
Hi ⟦p1.first⟧,

Sir Galahad had the farrier yesterday, all four shoes done. ⟦p2.full⟧ (the farrier) asked to be
paid directly this time: ⟦iban⟧, reference "Galahad ⟦d.month⟧". The livery invoice for Copper
Kettle and Treacle follows separately.

Also, your ⟦p3.child⟧ ⟦p3.first⟧ asked about lessons with ⟦p4.full⟧. ⟦p4.first⟧'s number is
⟦phone⟧.

⟦p5.first⟧
Yard manager
""", kin="3=1"),
    t("p-stable-whatsapp-chat-1", "chat", """
Summarise this group chat for me in 3 bullets:

[⟦d.time⟧] ⟦p1.full⟧: Who's on feeds Sunday? I'm away at the show with Midnight Sonata
[⟦d2.time⟧] ⟦p2.full⟧: I can do am. ⟦p3.first⟧ said ⟦p3.he⟧'d do pm?
[⟦d3.time⟧] ⟦p3.full⟧: yep pm is fine. Duchess needs her bute, it's in the tack room
[⟦d4.time⟧] ⟦p1.first⟧: thanks both. emergency vet is ⟦phone⟧ if Tinker's leg flares up
"""),
    t("p-vet-xml-1", "xml", """
<appointment id="⟦d.uuid⟧">
  <clinic>Greyfield Vets - ⟦city⟧</clinic>
  <owner>
    <name>⟦p1.full⟧</name>
    <phone type="mobile">⟦phone⟧</phone>
    <email>⟦p1.email⟧</email>
  </owner>
  <animal species="horse" name="Kingfisher Blue" microchip="⟦d.part⟧"/>
  <vet>⟦p2.full⟧</vet>
  <payment method="card">⟦card⟧</payment>
</appointment>
"""),
    t("p-genealogy-html-1", "html", """
<div class="memorial">
  <h1>In loving memory of ⟦p1.full⟧</h1>
  <p>Born in ⟦city⟧, ⟦pick:1936|1941|1948|1952⟧. Died peacefully in ⟦city2⟧ on ⟦d.date⟧.</p>
  <p>Survived by ⟦p1.his⟧ ⟦p2.spouse⟧ ⟦p2.full⟧, ⟦p1.his⟧ children ⟦p3.first⟧ and ⟦p4.first⟧,
  and five grandchildren.</p>
  <p>Donations to the Alzheimer's research fund in place of flowers. Condolences:
  <a href="mailto:⟦p3.email⟧">⟦p3.email⟧</a></p>
</div>
""", kin="2=1 3=1 4=1"),
    t("p-funeral-voice-1", "voice", """
memo to self ring ⟦p1.lower⟧ tomorrow about the headstone wording for ⟦p1.his⟧ ⟦p2.parent⟧
⟦p2.lower⟧ the stonemason is ⟦p3.lowfirst⟧ at ⟦phone.plain⟧ and the plot is in ⟦city.lower⟧
""", kin="1=2"),
    t("p-tool-toolcall-1", "toolcall", """
Tool call: crm.update_contact
Arguments:
{
  "contact_id": "⟦d.uuid⟧",
  "full_name": "⟦p1.full⟧",
  "email": "⟦p1.email⟧",
  "mobile": "⟦phone.e164⟧",
  "address": "⟦addr⟧",
  "notes": "met at the Kafka Summit, intro via ⟦p2.full⟧"
}
"""),
    t("p-jupyter-jira-1", "jira", """
DATA-⟦d.pr⟧: Jupyter hub leaking customer rows into shared notebooks

⟦p1.full⟧ added a comment - ⟦d.date⟧
Found a notebook printing full rows, e.g. ⟦p2.full⟧ | ⟦p2.email⟧ | ⟦phone⟧ | ⟦card⟧.
Owner is ⟦p3.full⟧. Hub host ⟦ip⟧.

⟦p3.full⟧ added a comment
Deleted the outputs and rotated the export. Sorry all.
"""),
]  # fmt: skip
