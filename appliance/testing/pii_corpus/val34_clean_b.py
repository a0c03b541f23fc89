"""val34 clean templates, part B: json, toolcall, csv, tsv, markdown_table, html, xml, yaml and
code prompts with no personal data, full of decoys."""

from __future__ import annotations

from appliance.testing.pii_corpus.val34_gen import T

TEMPLATES = [
    # --- json -------------------------------------------------------------------------------
    T(
        "bio-json-clean-method",
        "json",
        """
Is this method definition valid against our schema?
{
  "method_id": "ISO-6579-1",
  "target": "Salmonella spp.",
  "media": ["BPW", "RVS", "MKTTn", "XLD"],
  "incubation": {"temp_c": 37, "hours": 18},
  "also_covers": ["Shigella (screen only)"],
  "version": "{{ver}}",
  "lot": "{{batch}}",
  "updated": "{{isodate}}"
}
""",
    ),
    T(
        "rest-json-clean-menu",
        "json",
        """
{"menu_id": "{{uuid}}", "season": "{{month}}", "items": [
  {"sku": "{{sku}}", "name": "Beef Wellington", "price": 34.5, "allergens": ["gluten", "egg"]},
  {"sku": "{{sku}}", "name": "Eggs Benedict", "price": 12.0, "allergens": ["egg", "milk"]},
  {"sku": "{{sku}}", "name": "Peach Melba", "price": 8.5, "allergens": ["milk"]},
  {"sku": "{{sku}}", "name": "Earl Grey pot", "price": 3.8, "allergens": []}
]}
Sort the items by price and output valid JSON.
""",
    ),
    T(
        "ferry-json-clean-timetable",
        "json",
        """
{
  "route": "R{{n}}",
  "vessel": "MV Northern Lantern",
  "imo": "{{imo}}",
  "departures": ["06:45", "09:15", "12:40", "16:05"],
  "fares": {"adult": "{{price}}", "car": "{{price}}"},
  "notice": "Timetable {{ver}} valid from {{isodate}}; sailings may be cancelled during Storm Kathleen."
}
Convert this into a human-readable timetable.
""",
    ),
    T(
        "stats-json-clean-results",
        "json",
        """
{"model": "coxph", "n": {{n}}2, "events": {{n}},
 "coef": {"treatment": -0.342, "age": 0.021},
 "hr": {"treatment": 0.71, "age": 1.02},
 "p": {"treatment": 0.003, "age": 0.041},
 "tests": {"log_rank": 8.91, "schoenfeld_global_p": 0.38},
 "km_median_months": {"control": 14.2, "treatment": 19.8}}
Write the results paragraph (Kaplan-Meier medians, hazard ratio, log-rank).
""",
    ),
    # --- toolcall ---------------------------------------------------------------------------
    T(
        "phys-toolcall-clean",
        "toolcall",
        """
{"tool": "convert_units", "arguments": {"value": {{?1.5|3|9.4}}, "from": "tesla", "to": "gauss"}}
{"tool": "convert_units", "arguments": {"value": {{n}}, "from": "newton", "to": "kilogram-force"}}
{"tool": "convert_units", "arguments": {"value": 3, "from": "kelvin", "to": "celsius"}}
""",
    ),
    T(
        "rest-toolcall-clean",
        "toolcall",
        """
check_stock(items=["puff pastry", "beef fillet", "meringue nests", "peaches"], site="kitchen-2", date="{{isodate}}")
""",
    ),
    T(
        "lib-toolcall-clean",
        "toolcall",
        """
search_catalogue({"query": "Nightingale Ward history", "collection": "local-history", "year_from": {{?1820|1850|1871}}, "year_to": {{?1900|1920|1939}}, "format": ["map", "directory"], "limit": {{n}}})
""",
    ),
    T(
        "harbour-toolcall-clean",
        "toolcall",
        """
{"name": "get_tide", "arguments": {"station": "outer-harbour", "date": "{{isodate}}", "datum": "chart", "units": "m"}}
Then call get_berth_plan for berth 4 and tell me if MV Kittiwake can enter at low water.
""",
    ),
    # --- csv --------------------------------------------------------------------------------
    T(
        "bio-csv-clean",
        "csv",
        """
sample_id,matrix,salmonella,listeria_cfu_g,e_coli_cfu_g,received
FS-{{batch}},cheese,ND,<10,20,{{isodate}}
FS-{{batch}},salad,ND,40,<10,{{isodate}}
FS-{{batch}},pâté,ND,<10,<10,{{isodate}}
FS-{{batch}},sushi rice,ND,<10,110,{{isodate}}
Flag any result above our limits (Listeria 100, E. coli 100).
""",
    ),
    T(
        "stats-csv-clean",
        "csv",
        """
group,n,mean,sd,median
control,{{n}},4.{{n}},1.1,4.0
treatment,{{n}},5.{{n}},1.6,5.0
Run Welch's t-test and a Mann-Whitney U test and report both, with Cohen's d.
""",
    ),
    T(
        "tailor-csv-clean",
        "csv",
        """
sku,style,last,size,stock
{{sku}},Oxford cap-toe,{{part}},8,4
{{sku}},Derby plain,{{part}},9,0
{{sku}},Chelsea boot,{{part}},10,2
{{sku}},Chesterfield coat,-,40R,1
Which styles need reordering (stock under 2)?
""",
    ),
    T(
        "row-csv-clean",
        "csv",
        """
boat,type,built,maker,last_service
Betsy Jane,8+,2019,Empacher,{{isodate}}
Old Tom,2x,2008,Filippi,{{isodate}}
Agnes Ellen,4+,2015,Janousek,{{isodate}}
Winifred,1x,2022,Hudson,{{isodate}}
Which boats are overdue for a service (more than 12 months)?
""",
    ),
    # --- tsv --------------------------------------------------------------------------------
    T(
        "math-tsv-clean",
        "tsv",
        """
course	title	credits	exam
MA2041	Galois theory	15	{{month}}
MA3120	Hilbert and Banach spaces	15	{{month}}
MA3305	Analytic number theory (Riemann zeta)	20	{{month}}
PH2203	Thermodynamics	15	{{month}}
""",
    ),
    T(
        "hike-tsv-clean",
        "tsv",
        """
peak	height_m	first_ascent	grade
Everest	8849	1953	alpine
Denali	6190	1913	alpine
Mount Kosciuszko	2228	1840	walk
Aconcagua	6961	1897	trek
Sort by {{?height descending|year of first ascent|name}} for the quiz on {{date}}.
""",
    ),
    T(
        "ferry-tsv-clean",
        "tsv",
        """
fleet list {{ver}}, exported {{isodate}}
vessel	type	built	pax	cars
MV Kittiwake	tug	2011	0	0
MV Puffin Star	ro-ro ferry	2004	380	60
MV Northern Lantern	ro-pax	2016	620	140
Gannet	tug	1998	0	0
""",
    ),
    # --- markdown_table ---------------------------------------------------------------------
    T(
        "rest-md-clean",
        "markdown_table",
        """
| Dish | Named after | Cost/portion | Price |
|---|---|---|---|
| Beef Wellington | a duke | £9.40 | £34.50 |
| Peach Melba | a soprano | £1.10 | £8.50 |
| Pavlova | a ballerina | £0.90 | £8.00 |
| Eggs Benedict | disputed | £1.60 | £12.00 |
Add a gross margin column (VAT {{?20|10|5.5}}%, prices from {{date}}).
""",
    ),
    T(
        "fellow-md-clean",
        "markdown_table",
        """
| Award | Level | Duration | Stipend |
|---|---|---|---|
| Rhodes scholarship | postgraduate | 2–3 years | fees + living |
| Fulbright award | postgraduate | 1 year | varies |
| Marie Curie fellowship | postdoctoral | 2 years | €{{big}}/yr |
| Humboldt fellowship | postdoctoral | 6–24 months | €2,670/month |
Which of these accept applicants from any country?
""",
    ),
    T(
        "hosp-md-clean",
        "markdown_table",
        """
| Ward | Wing | Beds | Speciality |
|---|---|---|---|
| Nightingale | North | 28 | general medicine |
| Seacole | East | 22 | elderly care |
| Lister | East | 18 | surgery |
| Jenner | South | 12 | infectious diseases |
Draft signage text for each ward entrance; the sign maker needs it by {{date}} (order {{order}}).
""",
    ),
    # --- html -------------------------------------------------------------------------------
    T(
        "school-html-clean",
        "html",
        """
<nav class="houses">
  <a href="/houses/faraday">Faraday</a>
  <a href="/houses/curie">Curie</a>
  <a href="/houses/turing">Turing</a>
  <a href="/houses/seacole">Seacole</a>
</nav>
<p class="note">House points reset on {{date}}. Colours: {{hex}}, {{hex}}, {{hex}}, {{hex}}.</p>
Why do the links wrap on mobile?
""",
    ),
    T(
        "auction-html-clean",
        "html",
        """
<div class="lot" data-lot="{{lot}}">
  <h3>Portrait of Madame X (studio copy)</h3>
  <p class="estimate">Estimate {{?£3,000 – £5,000|£8,000 – £12,000|£1,500 – £2,500}}</p>
  <p class="medium">Oil on canvas, 92 × 61 cm, gilt frame</p>
  <button data-action="bid" data-increment="500">Bid</button>
</div>
Add schema.org Product markup to this lot card.
""",
    ),
    T(
        "rest-html-clean",
        "html",
        """
<ul class="specials">
  <li>Oysters Rockefeller <span class="price">£14</span></li>
  <li>Chicken Tetrazzini <span class="price">£17</span></li>
  <li>Crêpes Suzette <span class="price">£9</span></li>
</ul>
<style>.specials li { color: {{hex}}; }</style>
""",
    ),
    # --- xml --------------------------------------------------------------------------------
    T(
        "lib-xml-clean",
        "xml",
        """
<record>
  <title>Streets and their names: an index</title>
  <isbn>{{isbn}}</isbn>
  <publisher>Quayside Press</publisher>
  <year>{{year}}</year>
  <shelfmark>LH/{{n}}/{{n}}</shelfmark>
  <subject>Street names</subject>
  <subject>Eponyms</subject>
</record>
""",
    ),
    T(
        "bio-xml-clean",
        "xml",
        """
<assay code="LMO-ENUM" version="{{ver}}">
  <organism>Listeria monocytogenes</organism>
  <medium>ALOA</medium>
  <incubation temp="37" unit="celsius" hours="48"/>
  <limit unit="cfu/g">100</limit>
</assay>
Add an element for the Petri dish count and validate.
""",
    ),
    T(
        "phys-xml-clean",
        "xml",
        """
<instrument id="MAG-{{n}}">
  <name>Superconducting magnet</name>
  <maxField unit="tesla">12</maxField>
  <baseTemp unit="kelvin">1.8</baseTemp>
  <supplier>Oxford Instruments</supplier>
  <serial>{{part}}</serial>
</instrument>
""",
    ),
    # --- yaml -------------------------------------------------------------------------------
    T(
        "stats-yaml-clean",
        "yaml",
        """
pipeline:
  name: survival-analysis
  steps:
    - kaplan_meier: {strata: arm, conf: 0.95}
    - cox_ph: {covariates: [age, stage], ties: efron}
    - multiple_testing: {method: benjamini-hochberg, q: 0.05}
  image: registry.internal/stats:{{ver}}
  commit: {{hash}}
""",
    ),
    T(
        "harbour-yaml-clean",
        "yaml",
        """
tugs:
  - name: Kittiwake
    bollard_pull_t: 60
    status: drydock
  - name: Gannet
    bollard_pull_t: 45
    status: available
berths: {4: {depth_m: 9.5}, 6: {depth_m: 7.2}}
alerts: {storm: "Storm Henk", from: "{{isodate}}"}
""",
    ),
    T(
        "hike-yaml-clean",
        "yaml",
        """
trip:
  route: Walker Spur
  grade: ED1
  days: {{?2|3}}
  start: {{isodate}}
  huts: [Leschaux, Boccalatte]
  kit: [ice screws x6, pitons, bivvy bag]
  forecast_url: https://forecast.example.org/alps?z={{n}}
""",
    ),
    # --- code -------------------------------------------------------------------------------
    T(
        "stats-code-clean",
        "code",
        """
```python
from scipy import stats
from statsmodels.stats.multitest import multipletests

t, p = stats.ttest_ind(a, b, equal_var=False)   # Welch
rho, p_rho = stats.spearmanr(x, y)
r, p_r = stats.pearsonr(x, y)
reject, p_adj, _, _ = multipletests(pvals, method="fdr_bh")   # Benjamini-Hochberg
```
Why does pearsonr return NaN when one column is constant? (scipy {{ver}}, {{n}} rows)
""",
    ),
    T(
        "math-code-clean",
        "code",
        """
```python
def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def dijkstra(graph, source):
    ...  # TODO: use a Fibonacci heap?
```
Finish dijkstra() with heapq and explain its complexity for a graph with {{big}} nodes.
""",
    ),
    T(
        "phys-code-clean",
        "code",
        """
```js
const AVOGADRO = 6.02214076e23;
const BOLTZMANN = 1.380649e-23;  // J/K
const PLANCK = 6.62607015e-34;   // J·s
function kelvinToCelsius(k) { return k - 273.15; }
console.log(kelvinToCelsius(3), "°C");
```
Add a function for the Stefan-Boltzmann law and test it at {{n}}00 K.
""",
    ),
    T(
        "bio-code-clean",
        "code",
        """
```sql
SELECT organism, COUNT(*) AS positives
FROM results
WHERE organism IN ('Salmonella', 'Listeria monocytogenes', 'Escherichia coli O157')
  AND received >= DATE '{{isodate}}'
GROUP BY organism
ORDER BY positives DESC;
```
Add a column with the percentage of all tests.
""",
    ),
    T(
        "rest-code-clean",
        "code",
        """
```go
type Dish struct {
    Name  string
    Price float64
}

var menu = []Dish{
    {"Beef Wellington", 34.5},
    {"Caesar salad", 11},
    {"Pavlova", 8},
}
```
Sort menu by Price and print it (Go {{ver}}, build {{hash}}).
""",
    ),
]
