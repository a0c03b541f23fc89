"""val42 places: cities, regions and countries, and street addresses written the way each
country writes them (one LOCATION span each, city and postcode included).

Chosen so that no place is also an everyday English word or a thing the part's decoys name
(no "Nice", no "Reading", no "Darwin", no "Wellington"). Written for val42.
"""

from __future__ import annotations

import random

CITIES = """Leeds Bristol Glasgow Cardiff Norwich Aberdeen Belfast Leicester Dundee Swansea
Sheffield Nottingham Exeter Inverness Galway Limerick Kilkenny Sligo Albuquerque Sacramento
Tucson Milwaukee Pittsburgh Cincinnati Boise Omaha Spokane Tallahassee Baltimore Minneapolis
 Winnipeg  Saskatoon Calgary Moncton Brisbane Hobart Geelong Ballarat
Townsville Dunedin Tauranga Rotorua Whanganui Invercargill Leipzig Dresden Freiburg Münster
Rostock Bremen Kassel Würzburg Regensburg Heidelberg Graz Linz Innsbruck Klagenfurt Basel
Lausanne Lugano Zermatt Grindelwald Lyon Toulouse Nantes Rennes Grenoble Chamonix Montpellier
Strasbourg Lille Ghent Leuven Namur Liège Utrecht Groningen Eindhoven Maastricht Leiden
Haarlem Zaragoza Bilbao Valladolid Salamanca Cádiz Pamplona Coimbra Braga Faro Aveiro Évora
Bologna Verona Trieste Palermo Catania Perugia Bergamo Uppsala Malmö Umeå Kiruna Göteborg
Bergen Trondheim Tromsø Stavanger Bodø Aarhus Odense Aalborg Esbjerg Tampere Oulu Turku
Rovaniemi Jyväskylä Reykjavík Akureyri Gdańsk Kraków Wrocław Poznań Lublin Łódź Brno Ostrava
Olomouc Plzeň Debrecen Szeged Pécs Cluj-Napoca Timișoara Iași Brașov Thessaloniki Heraklion
Patras Ioannina Izmir Bursa Antalya Trabzon Eskişehir Tbilisi Yerevan Baku Almaty Tashkent
Ulaanbaatar Kathmandu Pokhara Lahore Karachi Dhaka Chittagong Chennai Pune Jaipur Kochi
Bengaluru Hyderabad Jaffna Yangon Mandalay Hanoi Huế Phnom_Penh Vientiane Cebu Davao
Surabaya Yogyakarta Bandung Penang Ipoh Osaka Sapporo Fukuoka Nagoya Sendai Busan Daegu
Incheon Gwangju Chengdu Kunming Harbin Xiamen Hangzhou Kaohsiung Tainan Lagos Ibadan Kano
Enugu Abuja Accra Kumasi Dakar Bamako Conakry Banjul Monrovia Abidjan Lomé Cotonou
Ouagadougou Niamey Douala Yaoundé Kinshasa Lubumbashi Luanda Lusaka Harare Bulawayo Maputo
Gaborone Windhoek Maseru Durban Gqeberha Bloemfontein Nairobi Mombasa Kisumu Kampala Kigali
Dodoma Arusha Mwanza Addis_Ababa Asmara Mogadishu Hargeisa Khartoum Alexandria Aswan Luxor
Tunis Sfax Oran Annaba Fès Agadir Tangier Marrakesh Antananarivo Beirut Amman Irbid Haifa
Beersheba  Sharjah Doha Manama Basra Erbil Mosul    Mashhad
Bishkek Dushanbe Samarkand  Ashgabat Monterrey Guadalajara Puebla Mérida Bogotá
Medellín Cali Cartagena Quito Guayaquil Cusco Arequipa Cochabamba Asunción Montevideo
Córdoba Valparaíso Recife Belém Manaus Curitiba Florianópolis Campinas Goiânia
  Honolulu Suva Apia Nouméa""".split()

REGIONS = """Bavaria  Thuringia Tyrol Styria Carinthia Valais Ticino Graubünden Catalonia
Andalusia Asturias Galicia Aragon Navarre Algarve Alentejo Lombardy Tuscany Umbria
Liguria Sicily Sardinia Brittany Normandy Provence Alsace Auvergne Flanders Wallonia Friesland
Zeeland Jutland Lapland Dalarna  Svalbard Moravia Bohemia Silesia Transylvania
Dalmatia Istria Crete Anatolia Cappadocia Punjab Kerala Gujarat Rajasthan Sikkim Goa Sindh
Balochistan Queensland Tasmania Ontario Quebec Manitoba Nunavut Yukon Alaska Texas Oregon
Vermont Montana Nevada Arizona Idaho Wyoming Yucatán Oaxaca Jalisco Chiapas Bahia
 Hokkaido Kyushu Okinawa Yunnan Guangdong Fujian Bali Sumatra Sulawesi Mindanao
Luzon Zanzibar Gauteng Limpopo Katanga Kabylie Cornwall Cumbria Fife Connemara Siberia
Kamchatka""".split()

COUNTRIES = """Ghana Nigeria Kenya Uganda Rwanda Tanzania Ethiopia Eritrea Somalia Senegal Mali
Gambia Cameroon Zambia Zimbabwe Botswana Namibia Mozambique Madagascar Morocco Algeria Tunisia
Egypt Lebanon Israel Iraq Iran Oman Qatar Bahrain Kuwait Armenia Azerbaijan Kazakhstan
Uzbekistan Kyrgyzstan Tajikistan Mongolia Nepal Bhutan Bangladesh Pakistan Afghanistan India
Sri_Lanka Myanmar Thailand Cambodia Laos Vietnam Malaysia Indonesia Philippines Japan Korea
Taiwan Iceland Norway Sweden Finland Denmark Estonia Latvia Lithuania Poland Czechia Slovakia
Hungary Romania Bulgaria Serbia Croatia Slovenia Bosnia Albania Greece Italy Malta Spain
Portugal France Belgium Netherlands Luxembourg Germany Austria Switzerland Ireland Scotland
England Ukraine Moldova Türkiye Cyprus Canada Mexico Guatemala Honduras Colombia Ecuador Peru
Bolivia Argentina Uruguay Paraguay Brazil Venezuela Cuba Jamaica Haiti Australia Samoa Tonga
Fiji""".split()

CITIES = [c.replace("_", " ") for c in CITIES]
COUNTRIES = [c.replace("_", " ") for c in COUNTRIES]

_L = "ABDEFGHJLNPQRSTUWXYZ"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _gb(rng, pre):
    return f"{pre}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(_L)}{rng.choice(_L)}"


# country: (streets, [(city, postcode maker)], layout)
# layout fields: {n} house number, {s} street, {c} city, {p} postcode
ADDRESSES: dict[str, tuple[list[str], list[tuple[str, object]], str]] = {
    "GB": (
        [
            "Cavendish Street",
            "Beaconsfield Terrace",
            "Ashgrove Lane",
            "Tollcross Road",
            "Hawkhurst Close",
            "Radnor Walk",
            "Pendleton Way",
            "Aldermoor Crescent",
        ],
        [
            ("Leeds", lambda r: _gb(r, "LS")),
            ("Bristol", lambda r: _gb(r, "BS")),
            ("Glasgow", lambda r: _gb(r, "G")),
            ("Cardiff", lambda r: _gb(r, "CF")),
            ("Norwich", lambda r: _gb(r, "NR")),
            ("Aberdeen", lambda r: _gb(r, "AB")),
            ("Belfast", lambda r: _gb(r, "BT")),
            ("Exeter", lambda r: _gb(r, "EX")),
        ],
        "{n} {s}, {c} {p}",
    ),
    "IE": (
        ["Eyre Square", "O'Connell Street", "Dominick Street", "Rosbrien Road"],
        [
            ("Galway", lambda r: "H91 " + _d(r, 1) + r.choice(_L) + _d(r, 1) + r.choice(_L)),
            ("Limerick", lambda r: "V94 " + r.choice(_L) + _d(r, 2) + r.choice(_L)),
            ("Sligo", lambda r: "F91 " + _d(r, 1) + r.choice(_L) + r.choice(_L) + _d(r, 1)),
        ],
        "{n} {s}, {c}, {p}",
    ),
    "US": (
        [
            "Alvarado Street",
            "Kessler Drive",
            "Dunmore Avenue",
            "Wyandotte Street",
            "Shelburne Lane",
            "Garnett Avenue",
            "Tuckahoe Road",
            "Ellsworth Place",
        ],
        [
            ("Albuquerque, NM", lambda r: "871" + _d(r, 2)),
            ("Sacramento, CA", lambda r: "958" + _d(r, 2)),
            ("Tucson, AZ", lambda r: "857" + _d(r, 2)),
            ("Milwaukee, WI", lambda r: "532" + _d(r, 2)),
            ("Pittsburgh, PA", lambda r: "152" + _d(r, 2)),
            ("Boise, ID", lambda r: "837" + _d(r, 2)),
            ("Omaha, NE", lambda r: "681" + _d(r, 2)),
            ("Baltimore, MD", lambda r: "212" + _d(r, 2)),
        ],
        "{n} {s}, {c} {p}",
    ),
    "CA": (
        ["Portage Avenue", "Barrington Street", "Whyte Avenue", "Assiniboine Avenue"],
        [
            (
                "Winnipeg, MB",
                lambda r: f"R3{r.choice('BCGLMT')} {_d(r, 1)}{r.choice(_L)}{_d(r, 1)}",
            ),
            (
                "Saskatoon, SK",
                lambda r: f"S7{r.choice('HJKLN')} {_d(r, 1)}{r.choice(_L)}{_d(r, 1)}",
            ),
            ("Calgary, AB", lambda r: f"T2{r.choice('PRST')} {_d(r, 1)}{r.choice(_L)}{_d(r, 1)}"),
        ],
        "{n} {s}, {c} {p}",
    ),
    "AU": (
        ["Macquarie Street", "Flinders Lane", "Murray Street", "Sturt Street", "Denison Road"],
        [
            ("Brisbane QLD", lambda r: "40" + _d(r, 2)),
            ("Hobart TAS", lambda r: "7000"),
            ("Geelong VIC", lambda r: "3220"),
            ("Ballarat VIC", lambda r: "3350"),
        ],
        "{n} {s}, {c} {p}",
    ),
    "NZ": (
        ["Moray Place", "Cameron Road", "Fenton Street", "Stuart Street"],
        [
            ("Dunedin", lambda r: "9016"),
            ("Tauranga", lambda r: "3110"),
            ("Rotorua", lambda r: "3010"),
        ],
        "{n} {s}, {c} {p}",
    ),
    "DE": (
        ["Lindenstraße", "Goethestraße", "Kastanienallee", "Weserstraße", "Hölderlinweg"],
        [
            ("Leipzig", lambda r: "04" + _d(r, 3)),
            ("Dresden", lambda r: "01" + _d(r, 3)),
            ("Freiburg", lambda r: "79" + _d(r, 3)),
            ("Rostock", lambda r: "18" + _d(r, 3)),
            ("Bremen", lambda r: "28" + _d(r, 3)),
            ("Regensburg", lambda r: "93" + _d(r, 3)),
        ],
        "{s} {n}, {p} {c}",
    ),
    "AT": (
        ["Herrengasse", "Annenstraße", "Mariahilfer Straße", "Landstraße"],
        [
            ("Graz", lambda r: "80" + _d(r, 2)),
            ("Linz", lambda r: "40" + _d(r, 2)),
            ("Innsbruck", lambda r: "60" + _d(r, 2)),
        ],
        "{s} {n}, {p} {c}",
    ),
    "CH": (
        ["Spalenberg", "Hofwiesenstrasse", "Via Nassa", "Rue de Bourg"],
        [
            ("Basel", lambda r: "40" + _d(r, 2)),
            ("Lausanne", lambda r: "100" + _d(r, 1)),
            ("Lugano", lambda r: "6900"),
            ("Zermatt", lambda r: "3920"),
        ],
        "{s} {n}, {p} {c}",
    ),
    "FR": (
        [
            "rue Oberkampf",
            "rue Mouffetard",
            "cours Mirabeau",
            "quai de la Fosse",
            "rue Crébillon",
            "rue Saint-Ferréol",
        ],
        [
            ("Lyon", lambda r: "6900" + _d(r, 1)),
            ("Toulouse", lambda r: "3100" + _d(r, 1)),
            ("Nantes", lambda r: "44000"),
            ("Grenoble", lambda r: "38000"),
            ("Chamonix", lambda r: "74400"),
            ("Montpellier", lambda r: "34000"),
        ],
        "{n} {s}, {p} {c}",
    ),
    "BE": (
        ["Veldstraat", "Naamsestraat", "Korenlei", "Rue des Carmes"],
        [
            ("Ghent", lambda r: "9000"),
            ("Leuven", lambda r: "3000"),
            ("Namur", lambda r: "5000"),
            ("Liège", lambda r: "4000"),
        ],
        "{s} {n}, {p} {c}",
    ),
    "NL": (
        ["Oudegracht", "Herestraat", "Stratumseind", "Breestraat", "Nieuwegracht"],
        [
            ("Utrecht", lambda r: "35" + _d(r, 2) + " " + r.choice(_L) + r.choice(_L)),
            ("Groningen", lambda r: "97" + _d(r, 2) + " " + r.choice(_L) + r.choice(_L)),
            ("Leiden", lambda r: "23" + _d(r, 2) + " " + r.choice(_L) + r.choice(_L)),
        ],
        "{s} {n}, {p} {c}",
    ),
    "ES": (
        [
            "Calle Estafeta",
            "Calle Zurbano",
            "Calle Recogidas",
            "Paseo de Zorrilla",
            "Calle Iturribide",
        ],
        [
            ("Zaragoza", lambda r: "500" + _d(r, 2)),
            ("Bilbao", lambda r: "480" + _d(r, 2)),
            ("Valladolid", lambda r: "470" + _d(r, 2)),
            ("Pamplona", lambda r: "310" + _d(r, 2)),
        ],
        "{s}, {n}, {p} {c}",
    ),
    "PT": (
        ["Rua Ferreira Borges", "Rua do Souto", "Avenida Lourenço Peixinho", "Rua Serpa Pinto"],
        [
            ("Coimbra", lambda r: "3000-" + _d(r, 3)),
            ("Braga", lambda r: "4700-" + _d(r, 3)),
            ("Aveiro", lambda r: "3800-" + _d(r, 3)),
        ],
        "{s} {n}, {p} {c}",
    ),
    "IT": (
        ["Via Zamboni", "Via Cavour", "Corso Vannucci", "Via Maqueda", "Via Mazzini"],
        [
            ("Bologna", lambda r: "401" + _d(r, 2)),
            ("Verona", lambda r: "371" + _d(r, 2)),
            ("Perugia", lambda r: "061" + _d(r, 2)),
            ("Palermo", lambda r: "901" + _d(r, 2)),
        ],
        "{s} {n}, {p} {c}",
    ),
    "SE": (
        ["Drottninggatan", "Kungsgatan", "Linnégatan", "Davidshallsgatan"],
        [
            ("Uppsala", lambda r: "753 " + _d(r, 2)),
            ("Malmö", lambda r: "211 " + _d(r, 2)),
            ("Kiruna", lambda r: "981 " + _d(r, 2)),
        ],
        "{s} {n}, {p} {c}",
    ),
    "NO": (
        ["Strandgaten", "Munkegata", "Storgata", "Torggata"],
        [
            ("Bergen", lambda r: "50" + _d(r, 2)),
            ("Trondheim", lambda r: "70" + _d(r, 2)),
            ("Tromsø", lambda r: "90" + _d(r, 2)),
        ],
        "{s} {n}, {p} {c}",
    ),
    "DK": (
        ["Jægergårdsgade", "Vestergade", "Kongensgade", "Bispensgade"],
        [("Aarhus", lambda r: "8000"), ("Odense", lambda r: "5000"), ("Aalborg", lambda r: "9000")],
        "{s} {n}, {p} {c}",
    ),
    "FI": (
        ["Hämeenkatu", "Kauppurienkatu", "Aurakatu", "Koskikatu"],
        [
            ("Tampere", lambda r: "331" + _d(r, 2)),
            ("Oulu", lambda r: "901" + _d(r, 2)),
            ("Rovaniemi", lambda r: "96100"),
        ],
        "{s} {n}, {p} {c}",
    ),
    "PL": (
        ["ul. Floriańska", "ul. Świdnicka", "ul. Półwiejska", "ul. Grodzka"],
        [
            ("Kraków", lambda r: "31-" + _d(r, 3)),
            ("Wrocław", lambda r: "50-" + _d(r, 3)),
            ("Poznań", lambda r: "61-" + _d(r, 3)),
            ("Lublin", lambda r: "20-" + _d(r, 3)),
        ],
        "{s} {n}, {p} {c}",
    ),
    "CZ": (
        ["Masarykova", "Veveří", "Nádražní", "Pražská"],
        [
            ("Brno", lambda r: "602 00"),
            ("Olomouc", lambda r: "779 00"),
            ("Ostrava", lambda r: "702 00"),
        ],
        "{s} {n}, {p} {c}",
    ),
    "BR": (
        ["Rua Riachuelo", "Avenida Nazaré", "Rua Felipe Schmidt", "Rua Saldanha Marinho"],
        [
            ("Recife - PE", lambda r: "50" + _d(r, 3) + "-" + _d(r, 3)),
            ("Curitiba - PR", lambda r: "80" + _d(r, 3) + "-" + _d(r, 3)),
            ("Belém - PA", lambda r: "66" + _d(r, 3) + "-" + _d(r, 3)),
        ],
        "{s}, {n}, {c}, {p}",
    ),
    "MX": (
        ["Avenida Chapultepec", "Calle Madero", "Calle Hidalgo", "Avenida Vallarta"],
        [
            ("Guadalajara, Jal.", lambda r: "44" + _d(r, 3)),
            ("Puebla, Pue.", lambda r: "72" + _d(r, 3)),
            ("Mérida, Yuc.", lambda r: "97" + _d(r, 3)),
        ],
        "{s} {n}, {p} {c}",
    ),
    "ZA": (
        ["Kloof Street", "Florida Road", "Umgeni Road", "Aliwal Street"],
        [
            ("Durban", lambda r: "4001"),
            ("Gqeberha", lambda r: "6001"),
            ("Bloemfontein", lambda r: "9301"),
        ],
        "{n} {s}, {c}, {p}",
    ),
    "NG": (
        ["Adeola Odeku Street", "Awolowo Road", "Ogui Road"],
        [
            ("Lagos", lambda r: "1010" + _d(r, 2)),
            ("Enugu", lambda r: "4001" + _d(r, 2)),
            ("Ibadan", lambda r: "2002" + _d(r, 2)),
        ],
        "{n} {s}, {c} {p}",
    ),
    "IN": (
        [
            "12th Main Road, Indiranagar",
            "FC Road, Shivajinagar",
            "MI Road, Ashok Marg",
            "Panampilly Avenue",
        ],
        [
            ("Bengaluru", lambda r: "5600" + _d(r, 2)),
            ("Pune", lambda r: "4110" + _d(r, 2)),
            ("Jaipur", lambda r: "3020" + _d(r, 2)),
            ("Kochi", lambda r: "6820" + _d(r, 2)),
        ],
        "{n}, {s}, {c} {p}",
    ),
    "JP": (
        ["Tenjin, Chuo-ku", "Jingumae, Shibuya-ku", "Odori Nishi, Chuo-ku"],
        [
            ("Fukuoka", lambda r: "810-" + _d(r, 4)),
            ("Sapporo", lambda r: "060-" + _d(r, 4)),
            ("Sendai", lambda r: "980-" + _d(r, 4)),
        ],
        "{n} {s}, {c} {p}",
    ),
    "TR": (
        ["Kıbrıs Şehitleri Caddesi", "Işıklar Caddesi", "Maraş Caddesi", "Altıparmak Caddesi"],
        [
            ("Izmir", lambda r: "35" + _d(r, 3)),
            ("Bursa", lambda r: "16" + _d(r, 3)),
            ("Antalya", lambda r: "07" + _d(r, 3)),
        ],
        "{s} No:{n}, {p} {c}",
    ),
    "GR": (
        ["Tsimiski", "Egnatia", "Agiou Titou", "Maizonos"],
        [
            ("Thessaloniki", lambda r: "546 " + _d(r, 2)),
            ("Heraklion", lambda r: "712 " + _d(r, 2)),
            ("Patras", lambda r: "262 " + _d(r, 2)),
        ],
        "{s} {n}, {p} {c}",
    ),
}


def address(rng: random.Random, country: str | None = None) -> tuple[str, str]:
    """(one-line street address, ISO country code)."""
    cc = country or rng.choice(sorted(ADDRESSES))
    streets, cities, layout = ADDRESSES[cc]
    city, postcode = rng.choice(cities)
    n = str(rng.randint(2, 240))
    if cc == "JP":
        n = f"{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 12)}"
    elif cc == "US" and rng.random() < 0.3:
        n = f"{rng.randint(100, 9800)}"
    text = layout.format(n=n, s=rng.choice(streets), c=city, p=postcode(rng))
    if cc in ("GB", "IE") and rng.random() < 0.25:
        text = f"Flat {rng.randint(1, 12)}, {text}"
    elif cc == "US" and rng.random() < 0.25:
        text = text.replace(", ", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}, ", 1)
    return text, cc


def all_places() -> list[str]:
    """Every city, region, country and street of the part, for the word rules."""
    names = CITIES + REGIONS + COUNTRIES
    for streets, cities, _ in ADDRESSES.values():
        names += streets + [c for c, _ in cities]
    return names
