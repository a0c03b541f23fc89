"""val39 clean templates, part B (no personal data, many decoys): physics and engineering
labs, space agencies and telescopes, airports and stations, schools and foundations, awards,
voice assistants, software and data tools named like people."""

from __future__ import annotations

from appliance.testing.pii_corpus.val39_gen import t

TEMPLATES = [
    t("c-lab-chat-1", "chat", """
Explain the difference between a newton, a joule and a pascal to a first-year student, then
give one worked example using Hooke's law for a spring with k = 250 N/m stretched by 4 cm.
"""),
    t("c-lab-code-1", "code", """
import numpy as np
from scipy.signal import butter, filtfilt

# Doppler shift of a reflected ultrasound pulse; f0 in hertz, v in m/s
def doppler_shift(f0: float, v: float, c: float = 343.0) -> float:
    return f0 * (c + v) / (c - v) - f0

def lowpass(x, cutoff_hz=⟦d.num⟧, fs=48_000, order=4):
    b, a = butter(order, cutoff_hz / (fs / 2))
    return filtfilt(b, a, x)
"""),
    t("c-lab-markdown-1", "markdown_table", """
| Quantity | SI unit | Symbol | Named after a scientist? |
|---|---|---|---|
| Force | newton | N | yes |
| Temperature | kelvin | K | yes |
| Magnetic flux density | tesla | T | yes |
| Frequency | hertz | Hz | yes |
| Pressure | pascal | Pa | yes |
| Energy | joule | J | yes |
| Length | metre | m | no |
"""),
    t("c-lab-minutes-1", "minutes", """
Cleanroom users' meeting ⟦d.date⟧
Attendees: lab manager, three PhD reps, safety officer
- Particle count in bay 2 above ISO 6 on ⟦d2.date⟧; HEPA filter swap scheduled.
- Kalman filter code for the stage controller merged (⟦d.version⟧).
- Faraday cage grounding re-tested: 0.2 ohm, pass.
- Nitrogen dewar refill moved to ⟦d.day⟧ mornings.
"""),
    t("c-lab-log-1", "log", """
⟦d.iso⟧ 13:00:00.001 DAQ  ch0 strain=412.7ue ch1 strain=409.9ue
⟦d.iso⟧ 13:00:00.101 DAQ  ch0 strain=413.1ue ch1 strain=410.2ue
⟦d.iso⟧ 13:00:00.201 CTRL setpoint=1500 N actual=1497.6 N err=0.16%
⟦d.iso⟧ 13:00:00.301 WARN thermocouple TC3 open circuit
⟦d.iso⟧ 13:00:01.000 SYS  heap=⟦d.num⟧MB gc=⟦d.ms⟧ms build=⟦d.short⟧
"""),
    t("c-lab-bibliography-1", "bibliography", """
Format as IEEE:
International Bureau of Weights and Measures (2019). The International System of Units (SI),
  9th edn. BIPM.
IEEE Standards Association (2020). IEEE Standard for Floating-Point Arithmetic, 754-2019.
  doi:⟦d.doi⟧
European Space Agency (2023). Euclid Mission Definition Study Report. ESA-SCI(2011)12.
"""),
    t("c-space-json-1", "json", """
{"observation_id": "jw0⟦d.num⟧00⟦d.qty⟧", "instrument": "NIRCam", "filters": ["F200W", "F444W"],
 "target": "TRAPPIST-1 e", "exposure_s": 2576.6, "program": "GO ⟦d2.num⟧",
 "pipeline_version": "⟦d.version⟧", "calibrated": true, "checksum": "⟦d.sha⟧"}
"""),
    t("c-space-slack-1", "slack", """
#mission-ops  exported ⟦d.iso⟧
[02:10] pagerduty-bot: TRIGGERED telemetry gap > 120 s (Juno relay)
[02:12] U01HX88QZ: ack, looking
[02:19] U01HX88QZ: gap was a scheduled DSN handover, closing
[02:19] pagerduty-bot: RESOLVED incident ⟦d.case⟧
[02:30] grafana-bot: dashboard "Cassini archive ingest" now ⟦d.pct⟧ complete
"""),
    t("c-space-email-1", "email", """
Subject: Cycle 4 proposal deadline extended

Dear proposers,

The deadline for James Webb Cycle 4 proposals has been extended to ⟦d.date⟧ at ⟦d.time⟧ UTC
because of the APT ⟦d.version⟧ release. Hubble joint programs are unaffected. The Kepler
and TESS archival calls close as planned.

Science Policies Group
"""),
    t("c-space-xml-1", "xml", """
<telemetryFrame spacecraft="EUCLID" vcid="3" seq="⟦d.num⟧">
  <param name="BUS_VOLTAGE" unit="V">28.1</param>
  <param name="RW2_SPEED" unit="rpm">⟦d2.num⟧</param>
  <param name="MAG_FIELD" unit="nT">412.6</param>
  <param name="TEMP_OPTICAL_BENCH" unit="K">⟦d.qty⟧0.4</param>
</telemetryFrame>
"""),
    t("c-space-voice-1", "voice", """
add to the outreach plan a slide on the rosalind franklin rover one on hubble at thirty five
and a short video about the kepler field of view for the open day on saturday
"""),
    t("c-airport-chat-1", "chat", """
I have a 2h 10m connection at Charles de Gaulle from terminal 2E to 2F on ⟦d.flight⟧ then
⟦d2.flight⟧. Is that enough with security re-screening? I'm travelling with a cabin bag only.
"""),
    t("c-airport-csv-1", "csv", """
flight,terminal,from,gate,scheduled,status
⟦d.flight⟧,T2,JFK,⟦d.gate⟧,⟦d.time⟧,On time
⟦d2.flight⟧,T5,Ben Gurion,⟦d2.gate⟧,⟦d2.time⟧,Delayed
⟦d3.flight⟧,T1,Jomo Kenyatta Intl,⟦d3.gate⟧,⟦d3.time⟧,Boarding
⟦d4.flight⟧,T3,Indira Gandhi Intl,⟦d4.gate⟧,⟦d4.time⟧,Cancelled
"""),
    t("c-station-notes-1", "notes", """
Station ops handover ⟦d.date⟧
- Lift 3 out of service, engineer ETA ⟦d.time⟧ (ref ⟦d.ref⟧)
- Platform 7 departure board showing wrong calling points since build ⟦d.version⟧
- Lost property: 2 umbrellas, 1 Kindle Paperwhite, 1 teddy bear
- Cleaning contractor invoice ⟦d.invoice⟧ disputed
"""),
    t("c-airport-ticket-1", "ticket", """
INC⟦d.num⟧⟦d2.num⟧ | Baggage belt 6 sensor fault
Opened: ⟦d.iso⟧ ⟦d.time⟧ by automation
Affected: arrivals hall B, belts 5-7
Part needed: ⟦d.part⟧ (photo eye), qty 2
Workaround: manual reclaim at belt 4
"""),
    t("c-school-letter-1", "letter", """
Dear Parents and Carers,

Year 10 students will visit the science museum on ⟦d.date⟧. The coach leaves at ⟦d.time⟧
and returns by 16:30. The cost is ⟦d.price⟧, payable through the school app by ⟦d2.date⟧
(payment code ⟦d.ref⟧). Students should bring a packed lunch and wear uniform.

Kind regards,
Head of Science
"""),
    t("c-foundation-form-1", "form", """
GRANT APPLICATION - Section A: Organisation (guidance)
Registered charity number: 8 digits, no spaces
Annual income band: [ ] < 100k  [ ] 100k-1m  [ ] > 1m
Amount requested: max ⟦d.house⟧
Programme: [ ] Gates Foundation co-funded  [ ] Wellcome Trust partnership  [ ] open call
Deadline: ⟦d.date⟧, ⟦d.time⟧
Form ID ⟦d.uuid⟧
"""),
    t("c-awards-email-1", "email", """
Subject: Oscar and BAFTA screeners - shipping window

Hello all,

Screener links for the Oscar and BAFTA voting periods go live on ⟦d.date⟧. Physical discs
ship from the warehouse on ⟦d2.date⟧ (tracking ⟦d.tracking⟧). The Emmy submission portal
opens separately. Please don't forward watermarked links; each is tied to a voter ID.

Awards Publicity
"""),
    t("c-awards-html-1", "html", """
<ul class="nominations">
  <li>Best Picture <span class="count">⟦d.qty⟧</span></li>
  <li>Golden Globe - Drama <span class="count">⟦d2.qty⟧</span></li>
  <li>Palme d'Or (in competition)</li>
  <li>Tony Award - Best Revival</li>
</ul>
<p style="color:⟦d.hex⟧">Updated ⟦d.iso⟧</p>
"""),
    t("c-assistant-chat-1", "chat", """
Can Alexa, Siri and Google Assistant all set a timer for 12 minutes and also add eggs to a
shared shopping list? Compare how each does it, and which one works offline.
"""),
    t("c-assistant-json-1", "json", """
{"intent": "SetAlarm", "assistant": "Cortana", "slots": {"time": "⟦d.time⟧",
 "repeat": "weekdays", "label": "gym"}, "confidence": 0.93, "device": "⟦d.serial⟧",
 "firmware": "⟦d.version⟧"}
"""),
    t("c-assistant-transcript-1", "transcript", """
USER: Hey Bixby, what's on my calendar tomorrow?
BIXBY: You have three events. Stand-up at ⟦d.time⟧, dentist at ⟦d2.time⟧, and pick up dry
  cleaning, order ⟦d.order⟧.
USER: Move the dentist to ⟦d.day⟧.
BIXBY: I can't change events created by other apps. Open the calendar?
"""),
    t("c-jenkins-log-1", "log", """
Started by timer
Running on agent linux-07 in /var/jenkins/workspace/ticketing-nightly
[Pipeline] stage (Build)
+ ./gradlew build -Pversion=⟦d.version⟧
BUILD SUCCESSFUL in 3m 41s
[Pipeline] stage (Publish)
Uploading artefact ticketing-⟦d.version⟧.jar (sha256 ⟦d.sha⟧)
Finished: SUCCESS
"""),
    t("c-django-stacktrace-1", "stacktrace", """
Traceback (most recent call last):
  File "/srv/app/venv/lib/python3.12/site-packages/django/db/backends/utils.py", line 105
    return self.cursor.execute(sql, params)
psycopg.errors.UniqueViolation: duplicate key value violates unique constraint
"bookings_booking_ref_key"
DETAIL:  Key (ref)=(⟦d.booking⟧) already exists.
"""),
    t("c-pandas-code-1", "code", """
import pandas as pd

sales = pd.read_parquet("s3://warehouse/sales/⟦d.iso⟧/part-0.parquet")
weekly = (sales.groupby(["store_id", pd.Grouper(key="ts", freq="W")])["amount"]
          .sum().reset_index())
weekly["amount"] = weekly["amount"].round(2)
assert weekly["amount"].ge(0).all(), "negative weekly total"
"""),
    t("c-kafka-yaml-1", "yaml", """
kafka:
  bootstrap_servers: broker-1.internal:9092,broker-2.internal:9092
  topic: tickets.sold.v3
  partitions: 12
  replication_factor: 3
  retention_ms: 604800000
consumer:
  group_id: reporting-⟦d.short⟧
  max_poll_records: 500
cassandra:
  keyspace: ticketing
  consistency: LOCAL_QUORUM
"""),
    t("c-ansible-diff-1", "diff", """
diff --git a/roles/nginx/defaults/main.yml b/roles/nginx/defaults/main.yml
index ⟦d.short⟧..⟦d2.short⟧ 100644
--- a/roles/nginx/defaults/main.yml
+++ b/roles/nginx/defaults/main.yml
@@ -1,5 +1,5 @@
-nginx_worker_processes: 2
+nginx_worker_processes: auto
 nginx_client_max_body_size: 25m
-nginx_keepalive_timeout: 65
+nginx_keepalive_timeout: 30
 nginx_listen_port: ⟦d.port⟧
"""),
    t("c-ruby-git-1", "git", """
$ git log --oneline -6
⟦d.short⟧ (HEAD -> main, tag: v⟦d.version⟧) Bump Ruby to 3.3.4
⟦d2.short⟧ Replace Hudson webhook with GitHub Actions
⟦d3.short⟧ Fix off-by-one in seat map pagination
⟦d4.short⟧ Cache Julia kernel images in CI
⟦d5.short⟧ Merge pull request #⟦d.pr⟧ from ops/kafka-3.7
⟦d6.short⟧ Drop Python 3.8 support
"""),
    t("c-julia-jira-1", "jira", """
DATA-⟦d.pr⟧: Julia kernel crashes on large DataFrames
Reporter: Automation for Jira   Priority: Major   Fix version: ⟦d.version⟧
Description: Loading the ferry manifest parquet (⟦d.num⟧ MB) crashes the Julia 1.10
kernel with OutOfMemoryError. pandas handles the same file.
Comment (automation): linked to INFRA-⟦d2.pr⟧ "raise notebook memory limit to 16 GiB".
"""),
    t("c-sql-code-1", "code", """
-- weekly occupancy by production
SELECT p.title,
       date_trunc('week', s.performance_at) AS week,
       round(100.0 * count(t.id) / p.capacity, 1) AS occupancy_pct
FROM productions p
JOIN shows s ON s.production_id = p.id
LEFT JOIN tickets t ON t.show_id = s.id AND t.status = 'sold'
WHERE p.title IN ('Carmen', 'Tosca', 'Otello')
GROUP BY 1, 2, p.capacity
ORDER BY 2 DESC;
"""),
    t("c-go-code-1", "code", """
package ferry

// Vessel names are ship names, not people: "Peter Pan", "Nils Holgersson", "Robin Hood".
var fleet = []Vessel{
	{Name: "Peter Pan", IMO: ⟦d.num⟧⟦d2.num⟧, Capacity: 744},
	{Name: "Nils Holgersson", IMO: ⟦d3.num⟧⟦d4.num⟧, Capacity: 744},
	{Name: "Robin Hood", IMO: ⟦d5.num⟧⟦d6.num⟧, Capacity: 600},
}
"""),
    t("c-cassandra-stacktrace-1", "stacktrace", """
com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException: Cassandra timeout during
SIMPLE write query at consistency LOCAL_QUORUM (2 replica were required but only 1
acknowledged the write)
    at com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException.copy(⟦d.num⟧)
    at io.ticketing.store.SeatRepository.reserve(SeatRepository.java:212)
    at io.ticketing.api.ReserveHandler.handle(ReserveHandler.java:58)
"""),
    t("c-django-toolcall-1", "toolcall", """
Run this tool call and summarise the result:
run_management_command(command="migrate", app="bookings", database="default",
                       settings="config.settings.production", verbosity=2,
                       fake_initial=False, plan=True, version="⟦d.version⟧")
"""),
    t("c-tool-csv-1", "csv", """
tool,language,named_after,version,licence
Django,Python,a jazz guitarist,⟦d.version⟧,BSD-3
Jenkins,Java,a butler stereotype,⟦d2.version⟧,MIT
Kafka,Scala/Java,a novelist,⟦d3.version⟧,Apache-2.0
Cassandra,Java,a Trojan prophetess,⟦d4.version⟧,Apache-2.0
Julia,Julia,nobody in particular,⟦d5.version⟧,MIT
"""),
    t("c-space-paste-pt-1", "paste", """
Resume em inglês:

O telescópio espacial James Webb observou a atmosfera de um exoplaneta a ⟦d.num⟧ anos-luz.
Os dados, publicados com o DOI ⟦d.doi⟧, mostram vapor de água e dióxido de carbono. A equipa
vai pedir mais ⟦d.qty⟧ horas de observação no próximo ciclo.
"""),
    t("c-lab-paste-pl-1", "paste", """
Przetłumacz na angielski:

Kalibracja czujnika siły odbędzie się ⟦d.dmy⟧ o godzinie ⟦d.hm⟧ w pracowni ⟦d.room⟧.
Zakres pomiarowy do 5 kiloniutonów, dokładność 0,1%. Numer seryjny urządzenia ⟦d.serial⟧.
Proszę zabrać fartuchy i okulary ochronne.
"""),
]  # fmt: skip
