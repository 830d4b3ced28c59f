"""Synthetic events for the benchmark corpus, and the paragraphs that report them.

A real site has about one event per few articles. Each synthetic event has
an alias ("Gdańsk port strike"), a place, two people, keywords and dates, and
the articles it should collect say them: a paragraph naming the alias, the
place and the start date, one quoting its people. Places, keywords and
surnames recur across events, as they do in news, so assignment has to weigh
evidence and dates rather than look up one unique name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import yaml

CITIES = ["Gdańsk", "Kraków", "Plovdiv", "Tartu", "Sevilla", "Porto", "Malmö", "Tromsø", "Cluj-Napoca", "Brno",
          "Košice", "Szeged", "Thessaloniki", "Izmir", "Bari", "Graz", "Liège", "Ghent", "Aarhus", "Turku",
          "Oulu", "Daugavpils", "Klaipėda", "Varna", "Constanța", "Split", "Ljubljana", "Bratislava", "Linz",
          "Bergen", "Göteborg", "Rotterdam", "Antwerp", "Lille", "Lyon", "Bordeaux", "Bilbao", "Valencia",
          "Naples", "Palermo", "Genoa", "Trieste", "Innsbruck", "Salzburg", "Dresden", "Leipzig", "Bremen",
          "Hamburg", "Aberdeen", "Cork", "Galway", "Tampere", "Pärnu", "Kaunas", "Poznań", "Wrocław",
          "Łódź", "Ostrava", "Debrecen", "Iași"]
TOPICS = [("port strike", ["dockworkers", "wages"]), ("flood relief conference", ["flooding", "reconstruction"]),
          ("trade talks", ["tariffs", "exports"]), ("climate summit", ["emissions", "carbon"]),
          ("election dispute", ["ballots", "recount"]), ("pipeline explosion", ["gas supply", "investigators"]),
          ("refinery fire", ["fuel prices", "evacuation"]), ("teachers' strike", ["schools", "pay rise"]),
          ("farmers' protest", ["tractors", "subsidies"]), ("bank collapse", ["depositors", "bailout"]),
          ("rail accident", ["derailment", "signalling"]), ("water shortage", ["drought", "rationing"]),
          ("hospital strike", ["nurses", "staffing"]), ("mining disaster", ["miners", "rescue teams"]),
          ("peace conference", ["ceasefire", "mediators"]), ("wildfire evacuation", ["firefighters", "wildfires"]),
          ("currency crisis", ["inflation", "central bank"]), ("naval exercise", ["warships", "drills"]),
          ("embassy protest", ["demonstrators", "diplomats"]), ("cyber attack", ["hackers", "outage"])]
FIRST = ["Ana", "Bogdan", "Clara", "Dmitar", "Elif", "Filip", "Greta", "Hugo", "Iveta", "Jonas", "Katja", "Luca",
         "Marta", "Nils", "Olga", "Piotr", "Rasa", "Stefan", "Tereza", "Ugo", "Vera", "Wiktor", "Xenia", "Yusuf",
         "Zofia", "Aurel", "Beatrix", "Cem", "Dora", "Emil", "Frida", "Goran", "Helga", "Ivo", "Jana", "Karol",
         "Lena", "Mirko", "Nora", "Oskar", "Paula", "Radu", "Sanna", "Tomasz", "Ulla", "Viktor", "Wanda",
         "Yana", "Zoran", "Agnès"]
LAST = ["Nowak", "Horvath", "Petrov", "Lindqvist", "Moreau", "Kowalczyk", "Ionescu", "Jansen", "Rossi", "Weber",
        "Novotná", "Kask", "Berzins", "Papadakis", "Yilmaz", "Costa", "Dubois", "Fischer", "Hansen", "Kovač",
        "Larsen", "Marino", "Nielsen", "Olsen", "Popescu", "Quist", "Ruiz", "Schulz", "Tamm", "Urban",
        "Varga", "Wójcik", "Zeller", "Álvarez", "Bianchi", "Claes", "Dimitrov", "Eriksen", "Ferrari", "Garcia",
        "Hofmann", "Ilić", "Jovanović", "Kruger", "Laine", "Meyer", "Nemeth", "Ozols", "Pavlov", "Søndergaard"]
FIRST_DAY, DAYS = dt.date(2021, 1, 1), 4 * 365 - 30


@dataclasses.dataclass(frozen=True)
class SyntheticEvent:
    slug: str
    city: str
    topic: str
    keywords: tuple[str, ...]
    people: tuple[str, str]
    start: dt.date
    end: dt.date

    @property
    def alias(self) -> str:
        return f"{self.city} {self.topic}"

    def yaml(self) -> str:
        data = {"title": f"{self.topic[0].upper()}{self.topic[1:]} in {self.city}", "start": self.start.isoformat(),
                "end": self.end.isoformat(), "place": self.city,
                "summary": f"A {self.topic} in {self.city} (synthetic event for the benchmark).",
                "aliases": [self.alias], "places": [self.city], "keywords": list(self.keywords),
                "people": list(self.people)}
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)

    def paragraphs(self, rng: random.Random) -> list[str]:
        """One or two paragraphs that report the event: its alias, place, date, keyword and people."""
        first, second = self.people
        day = f"{self.start:%B} {self.start.day}"
        text = [rng.choice([
            f"The {self.alias} began on {day}, and {first} said the {self.keywords[0]} were “only the start.”",
            f"On {day} the {self.alias} drew crowds in the centre of {self.city}, where {self.keywords[0]} "
            f"gathered before noon.",
            f"Officials in {self.city} confirmed on {day} that the {self.alias} would go on, {first} told reporters.",
        ])]
        if rng.random() < 0.6:
            text.append(f"“We have not seen {self.keywords[-1]} like this in {self.city} for years,” said {second}.")
        return text


def make_events(count: int, seed: int = 7) -> list[SyntheticEvent]:
    """`count` distinct events (city and topic pairs), deterministic for a seed."""
    rng = random.Random(seed)
    pairs = [(city, topic) for city in CITIES for topic in range(len(TOPICS))]
    rng.shuffle(pairs)
    names = [f"{f} {l}" for f in FIRST for l in LAST]
    rng.shuffle(names)
    events = []
    for number in range(count):
        city, topic = pairs[number % len(pairs)]
        name, keywords = TOPICS[topic]
        start = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        people = (names[2 * number % len(names)], names[(2 * number + 1) % len(names)])
        slug = f"synthetic-{number:05d}"
        events.append(SyntheticEvent(slug, city, name, tuple(keywords), people, start,
                                     start + dt.timedelta(days=rng.randint(0, 2))))
    return events


def people_yaml(events: list[SyntheticEvent]) -> str:
    """Entries for content/people.yaml: the events' people, each once."""
    names = sorted({name for event in events for name in event.people})
    return "".join(f"\n- name: {name}\n  description: Synthetic person for the benchmark.\n" for name in names)
