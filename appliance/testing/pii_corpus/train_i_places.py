"""Places for the train_i generator, hand-written from memory by its author: cities, regions
and countries (none that is also an everyday English word or a given name, so a clean prompt
can never hold one by accident) and street addresses in the formats of several countries."""

from __future__ import annotations

import random

CITIES: tuple[str, ...] = (
    "Leeds", "Glasgow", "Cardiff", "Belfast", "Manchester", "Bristol", "Edinburgh",
    "Dublin", "Galway", "Lisbon", "Porto", "Coimbra", "Madrid", "Valencia",
    "Bilbao", "Seville", "Zaragoza", "Marseille", "Lyon", "Toulouse", "Bordeaux",
    "Strasbourg", "Lille", "Rennes", "Antwerp", "Ghent", "Rotterdam", "Utrecht",
    "Eindhoven", "Groningen", "Hamburg", "Munich", "Cologne", "Leipzig", "Dresden",
    "Stuttgart", "Düsseldorf", "Nuremberg", "Vienna", "Graz", "Salzburg", "Zurich",
    "Basel", "Lausanne", "Milan", "Turin", "Bologna", "Naples", "Palermo", "Verona",
    "Ljubljana", "Zagreb", "Belgrade", "Sarajevo", "Budapest", "Debrecen", "Kraków",
    "Wrocław", "Gdańsk", "Poznań", "Brno", "Ostrava", "Bratislava", "Košice", "Bucharest",
    "Cluj-Napoca", "Timișoara", "Sofia", "Plovdiv", "Thessaloniki", "Athens", "Izmir",
    "Ankara", "Istanbul", "Tbilisi", "Yerevan", "Kyiv", "Lviv", "Odesa", "Vilnius",
    "Kaunas", "Riga", "Tallinn", "Tartu", "Helsinki", "Tampere", "Oulu", "Stockholm",
    "Gothenburg", "Malmö", "Uppsala", "Oslo", "Bergen", "Trondheim", "Copenhagen",
    "Aarhus", "Odense", "Reykjavík", "Akureyri", "Casablanca", "Marrakesh", "Tunis",
    "Cairo", "Alexandria", "Lagos", "Ibadan", "Abuja", "Accra", "Kumasi", "Nairobi",
    "Mombasa", "Kampala", "Kigali", "Addis Ababa", "Dar es Salaam", "Lusaka", "Harare",
    "Johannesburg", "Durban", "Cape Town", "Windhoek", "Beirut", "Amman", "Dubai",
    "Doha", "Muscat", "Riyadh", "Tehran", "Isfahan", "Karachi", "Lahore", "Islamabad",
    "Mumbai", "Pune", "Chennai", "Bengaluru", "Hyderabad", "Kolkata", "Ahmedabad",
    "Jaipur", "Kochi", "Dhaka", "Chittagong", "Kathmandu", "Colombo", "Yangon",
    "Bangkok", "Chiang Mai", "Hanoi", "Da Nang", "Ho Chi Minh City", "Phnom Penh",
    "Kuala Lumpur", "Penang", "Jakarta", "Surabaya", "Bandung", "Manila", "Cebu",
    "Davao", "Shenzhen", "Guangzhou", "Chengdu", "Wuhan", "Hangzhou", "Shanghai",
    "Beijing", "Taipei", "Kaohsiung", "Seoul", "Busan", "Incheon", "Osaka", "Kyoto",
    "Sapporo", "Fukuoka", "Nagoya", "Yokohama", "Melbourne", "Brisbane", "Perth",
    "Canberra", "Hobart", "Auckland", "Christchurch", "Dunedin", "Vancouver", "Calgary",
    "Toronto", "Montreal", "Winnipeg", "Halifax", "Seattle", "Portland", "Denver",
    "Chicago", "Minneapolis", "Milwaukee", "Detroit", "Cleveland", "Pittsburgh",
    "Philadelphia", "Baltimore", "Boston", "Atlanta", "Nashville", "Memphis",
    "New Orleans", "Houston", "Dallas", "San Antonio", "Albuquerque",
    "Sacramento", "Oakland", "San Diego", "Tucson", "Guadalajara", "Monterrey", "Puebla",
    "Oaxaca", "Bogotá", "Medellín", "Quito", "Lima", "Arequipa", "Santiago",
    "Valparaíso", "Montevideo", "Buenos Aires", "Córdoba", "Rosario", "Asunción",
    "São Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife", "Fortaleza", "Curitiba",
    "Porto Alegre", "Salvador", "Havana", "San Juan", "Kingston", "Port of Spain",
)  # fmt: skip

REGIONS: tuple[str, ...] = (
    "Bavaria", "Saxony", "Catalonia", "Andalusia", "Galicia", "Tuscany", "Sicily",
    "Lombardy", "Provence", "Brittany", "Normandy", "Flanders", "Wallonia", "Tyrol",
    "Silesia", "Transylvania", "Moravia", "Yorkshire", "Cornwall", "Ulster",
    "Connacht", "Lapland", "Scania", "Jutland", "Crete", "Anatolia", "Punjab", "Kerala",
    "Bavarian Alps", "Tamil Nadu", "Rajasthan", "Sichuan", "Guangdong", "Hokkaido",
    "Okinawa", "Queensland", "Tasmania", "Ontario", "Quebec", "British Columbia",
    "Alberta", "Nova Scotia", "Texas", "Ohio", "Oregon", "Vermont", "Arizona",
    "Minnesota", "Nebraska", "Kentucky", "Patagonia", "Bahia", "Yucatán", "Jalisco",
)  # fmt: skip

COUNTRIES: tuple[str, ...] = (
    "Portugal", "Spain", "France", "Belgium", "the Netherlands", "Germany", "Austria",
    "Switzerland", "Italy", "Slovenia", "Croatia", "Serbia", "Hungary", "Poland",
    "Czechia", "Slovakia", "Romania", "Bulgaria", "Greece", "Türkiye", "Ukraine",
    "Lithuania", "Latvia", "Estonia", "Finland", "Sweden", "Norway", "Denmark", "Iceland",
    "Ireland", "Scotland", "Wales", "Morocco", "Tunisia", "Egypt", "Nigeria", "Ghana",
    "Kenya", "Uganda", "Rwanda", "Ethiopia", "Tanzania", "Zambia", "Namibia",
    "South Africa", "Lebanon", "Qatar", "Oman", "Iran", "Pakistan", "India",
    "Bangladesh", "Nepal", "Sri Lanka", "Thailand", "Vietnam", "Cambodia", "Malaysia",
    "Indonesia", "the Philippines", "Taiwan", "South Korea", "Japan", "Australia",
    "New Zealand", "Canada", "Mexico", "Colombia", "Ecuador", "Peru", "Chile",
    "Uruguay", "Argentina", "Paraguay", "Brazil", "Cuba", "Jamaica", "Georgia",
    "Armenia",
)  # fmt: skip

_US_STREETS = ("Maplewood", "Linden", "Sycamore", "Birchwood", "Cedar Ridge", "Juniper")
_UK_STREETS = ("Ashgrove", "Hawthorn", "Kingsmead", "Bramley", "Larkspur", "Willowbank")
_DE_STREETS = ("Lindenstraße", "Bahnhofstraße", "Am Mühlbach", "Gartenweg", "Eichenallee")
_FR_STREETS = ("rue des Lilas", "avenue des Tilleuls", "rue du Moulin", "boulevard du Parc")
_ES_STREETS = ("Calle del Olmo", "Avenida de los Pinos", "Calle Mayor", "Paseo del Prado")
_NL_STREETS = ("Kastanjelaan", "Molenweg", "Prinsengracht", "Lindelaan", "Dorpsstraat")
_IT_STREETS = ("Via dei Ciliegi", "Via Roma", "Corso Garibaldi", "Viale dei Pini")
_PL_STREETS = ("ul. Lipowa", "ul. Ogrodowa", "ul. Słoneczna", "al. Jerozolimskie")


def address(rng: random.Random) -> str:
    """A street address of one of several countries, as one LOCATION span."""
    kind = rng.randrange(8)
    n = rng.randint(2, 240)
    if kind == 0:
        city, st = rng.choice(
            (("Denver", "CO"), ("Portland", "OR"), ("Boston", "MA"), ("Dallas", "TX"),
             ("Seattle", "WA"), ("Nashville", "TN"), ("Tucson", "AZ"))
        )  # fmt: skip
        suffix = rng.choice(("St", "Ave", "Blvd", "Drive", "Lane", "Street", "Road"))
        return (
            f"{n * 7} {rng.choice(_US_STREETS)} {suffix}, {city}, {st} {rng.randint(10000, 99899)}"
        )
    if kind == 1:
        city, pc = rng.choice((("Leeds", "LS6"), ("Bristol", "BS3"), ("Glasgow", "G12"),
                               ("Manchester", "M14"), ("Cardiff", "CF24")))  # fmt: skip
        road = rng.choice(("Road", "Close", "Gardens", "Crescent", "Avenue", "Lane"))
        pc2 = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFHJLNPRSTUWXYZ')}"
        return f"{n} {rng.choice(_UK_STREETS)} {road}, {city} {pc} {pc2}"
    if kind == 2:
        city = rng.choice(("Leipzig", "Hamburg", "Köln", "München", "Dresden", "Freiburg"))
        return f"{rng.choice(_DE_STREETS)} {n}, {rng.randint(10115, 99998)} {city}"
    if kind == 3:
        city = rng.choice(("Lyon", "Toulouse", "Rennes", "Bordeaux", "Lille", "Nantes"))
        return f"{n} {rng.choice(_FR_STREETS)}, {rng.randint(10, 95):02d}{rng.randint(0, 999):03d} {city}"
    if kind == 4:
        city = rng.choice(("Madrid", "Valencia", "Zaragoza", "Bilbao", "Málaga"))
        return f"{rng.choice(_ES_STREETS)} {n}, {rng.randint(1, 52):02d}{rng.randint(0, 999):03d} {city}"
    if kind == 5:
        city = rng.choice(("Utrecht", "Groningen", "Haarlem", "Leiden", "Eindhoven"))
        pc = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        return f"{rng.choice(_NL_STREETS)} {n}, {pc} {city}"
    if kind == 6:
        city = rng.choice(("Bologna", "Torino", "Verona", "Napoli", "Padova"))
        return (
            f"{rng.choice(_IT_STREETS)} {n}, {rng.randint(10, 98)}1{rng.randint(0, 99):02d} {city}"
        )
    city = rng.choice(("Kraków", "Gdańsk", "Poznań", "Wrocław", "Łódź"))
    return f"{rng.choice(_PL_STREETS)} {n}/{rng.randint(1, 40)}, {rng.randint(10, 99)}-{rng.randint(100, 999)} {city}"
