"""val34 clean templates, part C: log, git, diff, stacktrace, slack, jira, bibliography, ics,
vcard and voice prompts with no personal data, full of decoys."""

from __future__ import annotations

from appliance.testing.pii_corpus.val34_gen import T

TEMPLATES = [
    # --- log --------------------------------------------------------------------------------
    T(
        "bio-log-clean",
        "log",
        """
{{isodate1}} 06:00:01 incubator-3 temp=37.1C setpoint=37.0C OK
{{isodate1}} 06:15:01 incubator-3 temp=37.0C setpoint=37.0C OK
{{isodate1}} 06:30:01 incubator-3 temp=39.4C setpoint=37.0C ALARM high (plates: Salmonella, Listeria)
{{isodate1}} 06:30:02 pager route=oncall-micro status=queued id={{uuid}}
Why did the pager not fire until 06:45?
""",
    ),
    T(
        "ferry-log-clean",
        "log",
        """
[{{isodate1}} 05:59:58] gate-service INFO  vessel=MV-PUFFIN-STAR boarding_open lane=3
[{{isodate1}} 06:12:03] gate-service WARN  booking={{booking}} scanned twice (vehicle height 2.6m, Ford Transit)
[{{isodate1}} 06:20:44] gate-service INFO  boarding_closed pax=212 cars=48
[{{isodate1}} 06:21:10] weather-svc WARN  Storm Gerrit gusts 41kn at the breakwater
""",
    ),
    T(
        "math-log-clean",
        "log",
        """
slurm[{{n}}]: job {{big}} (riemann_zeros_1e22) started on node hilbert-07, 64 cores
slurm[{{n}}]: job {{big}} (monte_carlo_ising) OOM killed after {{duration}}
slurm[{{n}}]: node hilbert-12 drained: reason="fan failure"
collector: exported metrics to port {{port}} in {{ms}}
""",
    ),
    T(
        "lib-log-clean",
        "log",
        """
INFO  catalogue-sync  start batch={{uuid}}
INFO  catalogue-sync  imported 1,204 records (collection=local-history, maps=311)
WARN  catalogue-sync  ISBN {{isbn}} duplicated in records {{n}} and {{n}}
INFO  catalogue-sync  finished in {{duration}}; next run {{day}} 02:00
""",
    ),
    # --- git --------------------------------------------------------------------------------
    T(
        "stats-git-clean",
        "git",
        """
$ git log --oneline -6
{{hash}} Switch item tests from Bonferroni to Benjamini-Hochberg
{{hash}} Add Kaplan-Meier plot with risk table
{{hash}} Fix Welch t-test degrees of freedom
{{hash}} Bump pandas to {{ver}}
{{hash}} Merge branch 'feature/cox-model'
{{hash}} Initial commit
Summarise what changed for the changelog.
""",
    ),
    T(
        "phys-git-clean",
        "git",
        """
$ git tag -n
v{{ver}}   Planck units module
v{{ver}}   Fix newton/kilonewton conversion
v{{ver}}   Add CODATA 2018 Boltzmann and Avogadro constants
$ git status
On branch main
Your branch is ahead of 'origin/main' by 2 commits.
""",
    ),
    T(
        "rest-git-clean",
        "git",
        """
$ git log --oneline --graph
* {{hash}} (HEAD -> main) Add Pavlova and Peach Melba to dessert menu
* {{hash}} Rename "Caesar" salad SKU to {{sku}}
|\\
| * {{hash}} Kitchen display: show allergens for Eggs Benedict
|/
* {{hash}} Release v{{ver}}
""",
    ),
    T(
        "hike-git-clean",
        "git",
        """
$ git diff --stat HEAD~3
 routes/everest_base_camp.md  | {{n}} ++++++------
 routes/cassin_ridge.md       | {{n}} ++++++++++++++++++++++++++++++++++++++++
 routes/kosciuszko_summit.md  |  3 ++-
 3 files changed, {{n}} insertions(+), {{?6|4|9}} deletions(-)
Write a commit message for this.
""",
    ),
    # --- diff -------------------------------------------------------------------------------
    T(
        "rest-diff-clean",
        "diff",
        """
--- a/menu.yml
+++ b/menu.yml
@@ -{{line}},7 +{{line}},7 @@ mains:
-  - {name: Beef Stroganoff, price: 19.00}
+  - {name: Beef Wellington, price: 34.50, notice_hours: 48}
 desserts:
   - {name: Pavlova, price: 8.00}
-  - {name: Bananas Foster, price: 9.00}
+  - {name: Peach Melba, price: 8.50}
""",
    ),
    T(
        "phys-diff-clean",
        "diff",
        """
@@ -{{line}},7 +{{line}},7 @@ def magnetic_force(b_tesla, current_a, length_m):
-    return b_tesla * current_a * length_m * 1000  # kN
+    return b_tesla * current_a * length_m          # newtons
@@ -30,3 +30,4 @@
+AVOGADRO = 6.02214076e23
Is the unit comment now correct?
""",
    ),
    T(
        "bio-diff-clean",
        "diff",
        """
diff --git a/sop/salmonella.md b/sop/salmonella.md
@@ -{{line}},6 +{{line}},8 @@
 2. Pre-enrich in BPW, 18 h at 37 °C.
-3. Plate on XLD only.
+3. Plate on XLD and one second medium (e.g. BGA).
+4. Confirm suspect colonies biochemically; Shigella and Klebsiella can look similar on some media.
""",
    ),
    # --- stacktrace -------------------------------------------------------------------------
    T(
        "math-stack-clean",
        "stacktrace",
        """
Traceback (most recent call last):
  File "zeta.py", line {{line}}, in <module>
    zeros = riemann_siegel_zeros(t_max=1e12)
  File "zeta.py", line {{line}}, in riemann_siegel_zeros
    theta = np.angle(gamma(0.25 + 0.5j * t))
OverflowError: math range error
How do I compute the Riemann–Siegel theta for large t without overflow?
""",
    ),
    T(
        "ferry-stack-clean",
        "stacktrace",
        """
java.lang.IllegalStateException: Vessel MV Northern Lantern has no berth assigned for sailing {{flight}}
	at com.northfjord.sched.BerthPlanner.assign(BerthPlanner.java:{{line}})
	at com.northfjord.sched.DailyPlan.build(DailyPlan.java:{{line}})
	at com.northfjord.jobs.NightlyJob.run(NightlyJob.java:{{line}})
""",
    ),
    T(
        "stats-stack-clean",
        "stacktrace",
        """
Error in coxph(Surv(time, status) ~ arm + age, data = df) :
  an id statement is required for multi-state models
Calls: source -> withVisible -> eval -> eval -> coxph
Execution halted
I'm only fitting a normal Cox model with Kaplan-Meier plots (R {{ver}}, survival {{ver}}) – what's going on?
""",
    ),
    # --- slack ------------------------------------------------------------------------------
    T(
        "bio-slack-clean",
        "slack",
        """
#lab-alerts
[06:30] incubator-bot: :warning: incubator-3 at 39.4 °C (setpoint 37)
[06:31] incubator-bot: plates affected: Salmonella run {{batch}}, Listeria run {{batch}}
[06:45] pager-bot: paged @oncall-micro
[06:52] incubator-bot: back to 37.1 °C
""",
    ),
    T(
        "harbour-slack-clean",
        "slack",
        """
#harbour-ops
[05:40] tide-bot: HW {{time}} ({{?5.8|6.1|4.9}} m), LW {{time}} (0.{{?9|7|6}} m)
[05:41] weather-bot: Storm Babet – gale warning, gusts 45 kn from 14:00
[05:45] berth-bot: MV Kittiwake → berth 4, MV Puffin Star → berth 2
[05:46] @ops-desk: will do, thanks bots 👍
""",
    ),
    T(
        "rest-slack-clean",
        "slack",
        """
#kitchen
[16:02] stock-bot: low stock – puff pastry (2 packs), beef fillet (1.2 kg)
[16:03] rota-bot: tonight: 64 covers, 6 Beef Wellington pre-orders
[16:05] @sous-chef: order placed, PO {{order}}, delivery {{day}} 09:00
""",
    ),
    # --- jira -------------------------------------------------------------------------------
    T(
        "stats-jira-clean",
        "jira",
        """
STAT-{{n}} Replace Bonferroni with Holm in report template
Automation for Jira: transitioned to In Review
Comment (bot): Build {{hash}} passed; coverage {{pct}}
Description: Bonferroni is too conservative for 40 endpoints. Use Holm for the secondary ones and keep Kaplan-Meier figures unchanged.
""",
    ),
    T(
        "lib-jira-clean",
        "jira",
        """
WEB-{{n}} Map viewer shows tiles upside down in Safari {{ver}}
Steps: open tithe map LH/{{n}}, zoom to level 4
Expected: north up. Actual: rotated 180°.
Linked: WEB-{{n}} (Leaflet upgrade)
""",
    ),
    T(
        "ferry-jira-clean",
        "jira",
        """
FERRY-{{n}} Booking confirmation email missing vehicle height
Component: notifications {{ver}}
When a Ford Transit or similar van is booked, the height field is blank in the template. Affects {{big}} bookings since {{date}}.
""",
    ),
    # --- bibliography -----------------------------------------------------------------------
    T(
        "bio-bib-clean",
        "bibliography",
        """
References
ISO 6579-1:2017. Microbiology of the food chain – Horizontal method for the detection, enumeration and serotyping of Salmonella. Geneva: ISO.
ISO 11290-1:2017. Microbiology of the food chain – Listeria monocytogenes and Listeria spp. Part 1: Detection method.
World Health Organization (2015). WHO estimates of the global burden of foodborne diseases. ISBN {{isbn}}.
Format these in Harvard style.
""",
    ),
    T(
        "stats-bib-clean",
        "bibliography",
        """
R Core Team (2024). R: A language and environment for statistical computing. Vienna: R Foundation.
The pandas development team (2024). pandas-dev/pandas: Pandas ({{ver}}). Zenodo. doi:{{doi}}
Statistical Society (2019). Guidelines for reporting Kaplan-Meier analyses. doi:{{doi}}
""",
    ),
    T(
        "math-bib-clean",
        "bibliography",
        """
Clay Mathematics Institute (2000). The Millennium Prize Problems: the Riemann hypothesis, the Hodge conjecture, Navier–Stokes existence and smoothness.
Mathematical Association (2011). Fermat's Last Theorem: a study guide. ISBN {{isbn}}.
Which of these would count as a primary source?
""",
    ),
    # --- ics --------------------------------------------------------------------------------
    T(
        "math-ics-clean",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Colloquium – 165 years of the Riemann hypothesis
DTSTART:{{icsdate1}}T160000
DTEND:{{icsdate1}}T170000
LOCATION:Turing Lecture Theatre
UID:{{uuid}}
END:VEVENT
""",
    ),
    T(
        "row-ics-clean",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Boat naming ceremony – "Betsy Jane"
DTSTART:{{icsdate}}T110000
LOCATION:Boathouse slipway
DESCRIPTION:Bring a bottle of fizz. Launch at high water.
END:VEVENT
""",
    ),
    T(
        "nursery-ics-clean",
        "ics",
        """
BEGIN:VEVENT
SUMMARY:Paddington Bear dress-up day
DTSTART;VALUE=DATE:{{icsdate}}
DESCRIPTION:Marmalade sandwiches at snack time; nut-free.
END:VEVENT
""",
    ),
    # --- vcard ------------------------------------------------------------------------------
    T(
        "math-vcard-clean",
        "vcard",
        """
BEGIN:VCARD
VERSION:4.0
KIND:location
FN:Noether Room (seminar room {{room}})
ORG:Department of Mathematics
NOTE:Capacity 40; projector; booking code {{booking}}
END:VCARD
""",
    ),
    T(
        "harbour-vcard-clean",
        "vcard",
        """
BEGIN:VCARD
VERSION:4.0
KIND:application
FN:TideBot
ORG:Port Authority
URL:https://tides.example.org/outer-harbour
NOTE:Automated tide and storm alerts (Storm Isha test message {{ver}})
END:VCARD
""",
    ),
    # --- voice ------------------------------------------------------------------------------
    T(
        "bio-voice-clean",
        "voice",
        """
reminder order more xld and aloa plates {{?two|three|four}} boxes of petri dishes and a new bunsen burner for bench {{?four|two|seven}} salmonella run starts {{?monday|tuesday|thursday}} at {{?nine|ten|half past eight}}
""",
    ),
    T(
        "rest-voice-clean",
        "voice",
        """
note for the morning prep {{?six|eight|four}} beef wellingtons {{?twelve|twenty|fifteen}} eggs benedict for the brunch and the pavlova bases need another {{?hour|forty minutes|half hour}} in the oven at {{?one hundred|ninety|one twenty}} degrees and order more {{?puff pastry|cream|peaches}}
""",
    ),
    T(
        "hike-voice-clean",
        "voice",
        """
trip report we reached the col at {{?eleven|half ten|noon}} the cassin ridge was too {{?icy|wet|windy}} so we turned back grace period for the hut booking ends friday will do the write up tomorrow
""",
    ),
    T(
        "care-voice-clean",
        "voice",
        """
activities plan for next week bingo on {{?monday|tuesday}} the tea dance with victoria sponge on {{?wednesday|thursday}} and a film afternoon with {{?paddington|the gruffalo|a musical}} and the seacole wing garden club on friday we hope the weather holds
""",
    ),
]
