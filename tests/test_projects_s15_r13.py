"""Round 13's false merges as general guards (issue 16): each kind with reworded near-misses the code before joined
and a same pair that still joins. A yearly programme's many-year period is no edition's years; a project named by its
size ("mikroprojekt", "minigrant") is a project; an official act's heading and issuer are no content words."""

from __future__ import annotations

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import projects

KETY = "Gmina Kęty"


@pytest.mark.parametrize(
    ("title", "spans", "years"),
    [
        ("Program wieloletni „Senior+” na lata 2021-2025 – wyniki konkursu, edycja 2021", False, {2021}),
        ("Program wieloletni „Senior+” na lata 2021-2025 – wyniki konkursu, edycja 2021", True, set(range(2021, 2026))),
        ("Wieloletni program rządowy „Posiłek w szkole i w domu” na lata 2019–2023", False, set()),
        ("Klub Senior+ w latach 2020-2021", False, {2020, 2021}),  # two years: an edition may run over two
        ("Opieka wytchnieniowa 2024", False, {2024}),
    ],
)
def test_title_years_leave_a_programmes_span_out(title: str, spans: bool, years: set[int]) -> None:
    assert projects.title_years(title, spans=spans) == years


@pytest.mark.parametrize(
    ("title", "left_out", "kept"),
    [
        ("Wspólny mikroprojekt ze słowacką gminą", {"mikro"}, {"wspol", "slowa"}),
        ("Minigranty dla organizacji pozarządowych", {"minig"}, {"organ"}),
        ("Nowy mikrobus dla szkoły", set(), {"mikro"}),  # a small bus is an object, not a project's size
        ("Uchwała Zarządu Powiatu Sokólskiego w sprawie zawarcia umowy", {"uchwa", "zarza", "spraw"}, {"zawar"}),
        (
            "Zarządzenie Wójta Gminy Kęty w sprawie zmian w budżecie",
            {"zarza", "wojta", "spraw", "zmian", "budze"},
            set(),
        ),
        ("Sprawozdanie z realizacji programu", set(), {"spraw"}),  # a report keeps its word
    ],
)
def test_title_stems_leave_a_projects_size_and_an_acts_heading_out(
    title: str, left_out: set[str], kept: set[str]
) -> None:
    stems = projects.title_stems(title)
    assert not stems & left_out and kept <= stems


PAIRS: list[tuple[str, Record, Record, bool]] = [
    (
        "a programme's period is no edition: two lists of one gmina's Senior+ results a year apart",
        rec(
            "Program wieloletni „Senior+” na lata 2021-2025 – wyniki konkursu, Moduł II, edycja 2023",
            beneficiary=KETY,
            published="2023-03-20",
            programme="Program Wieloletni „Senior+” na lata 2021-2025",
            amounts={"grant": "52110.40"},
            site="uw-krakow",
        ),
        rec(
            "Program Senior+ – wyniki konkursu na 2024 rok, Moduł II",
            beneficiary=KETY,
            published="2024-04-02",
            programme="Program Wieloletni „Senior+” na lata 2021-2025",
            amounts={"grant": "54000.00"},
            site="uw-krakow",
        ),
        False,
    ),
    (
        "the programme's period with no edition year: last July's meals grant is another edition",
        rec(
            "Rządowy program wieloletni „Posiłek w szkole i w domu” na lata 2024-2028",
            beneficiary=KETY,
            published="2025-07-08",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "120400", "total_cost": "150500"},
        ),
        rec(
            "Rządowy program wieloletni „Posiłek w szkole i w domu” – dotacja na 2024 rok",
            beneficiary=KETY,
            published="2024-07-02",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "118000.00", "total_cost": "147500.00"},
        ),
        False,
    ),
    (
        "the programme's period beside the edition's year: one edition, the list and the club's page",
        rec(
            "Senior+ moduł II – funkcjonowanie Klubu Senior+ w Kętach, edycja 2023",
            implementer="Klub Senior+ w Kętach",
            programme="Senior+",
            amounts={"grant": "52110.40", "total_cost": "74110.40"},
            site="ops-kety",
        ),
        rec(
            "Program wieloletni „Senior+” na lata 2021-2025 – wyniki konkursu, Moduł II, edycja 2023",
            beneficiary=KETY,
            published="2023-03-20",
            programme="Program Wieloletni „Senior+” na lata 2021-2025",
            amounts={"grant": "52110.40"},
            site="uw-krakow",
        ),
        True,
    ),
    (
        "the programme's period, a meals notice of the edition's year: one edition",
        rec(
            "Rządowy program wieloletni „Posiłek w szkole i w domu” na lata 2024-2028",
            beneficiary=KETY,
            published="2025-07-08",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "120400", "total_cost": "150500"},
        ),
        rec(
            "Dożywianie w 2025 roku – posiłki dla dzieci i dorosłych",
            implementer="Ośrodek Pomocy Społecznej w Kętach",
            published="2025-03-04",
            period={"start": "2025-01-01", "end": "2025-12-31"},
            programme="Posiłek w szkole i w domu",
            site="ops-kety",
        ),
        True,
    ),
    (
        "one gmina's two micro-projects of one call a month apart: 'mikroprojekt' says not which",
        rec(
            "Ścieżka nad Sołą odzyska dawny urok – wspólny mikroprojekt z czeską gminą",
            beneficiary=KETY,
            published="2022-02-10",
            period={"start": "2022-01-01", "end": "2023-06-30"},
            programme="Interreg V-A Republika Czeska – Polska",
        ),
        rec(
            "Jarmark bez granic – mikroprojekt Gminy Kęty i obce Bystřice",
            beneficiary=KETY,
            published="2022-03-08",
            period={"start": "2022-03-01", "end": "2023-02-28"},
            programme="Interreg V-A Republika Czeska – Polska",
            amounts={"total_cost": "38400.00"},
        ),
        False,
    ),
    (
        "one gmina's two minigrants a fortnight apart stay apart too",
        rec("Warsztaty ceramiczne z minigrantu", beneficiary=KETY, published="2023-05-04"),
        rec("Minigrant: wycieczka do Wadowic", beneficiary=KETY, published="2023-05-18"),
        False,
    ),
    (
        "one micro-project's name in both headlines still joins",
        rec(
            "Ścieżka nad Sołą odzyska dawny urok – wspólny mikroprojekt z czeską gminą",
            beneficiary=KETY,
            published="2022-02-10",
            period={"start": "2022-01-01", "end": "2023-06-30"},
            programme="Interreg V-A Republika Czeska – Polska",
        ),
        rec(
            "Ścieżka nad Sołą już odnowiona – zakończenie mikroprojektu",
            beneficiary=KETY,
            published="2022-03-08",
            programme="Interreg V-A Republika Czeska – Polska",
        ),
        True,
    ),
    (
        "two resolutions of one board on one day share only the act's heading",
        rec(
            "Uchwała Zarządu Powiatu Sokólskiego w sprawie zawarcia umowy z Wojewodą na realizację programu",
            beneficiary="Powiatu Sokólskiego",
            published="2024-01-22",
            period={"start": "2024-01-01", "end": "2024-12-31"},
            site="bip-powiat-sokolka",
        ),
        rec(
            "Uchwała Zarządu Powiatu Sokólskiego w sprawie przystąpienia do programu „Aktywny samorząd” w 2024 roku",
            beneficiary="Powiat Sokólski",
            published="2024-01-22",
            programme="Aktywny samorząd",
            site="bip-powiat-sokolka",
        ),
        False,
    ),
    (
        "two ordinances of one wójt a month apart stay apart",
        rec(
            "Zarządzenie Wójta Gminy Kęty w sprawie ogłoszenia otwartego konkursu ofert",
            beneficiary=KETY,
            published="2023-02-01",
        ),
        rec(
            "Zarządzenie Wójta Gminy Kęty w sprawie powołania komisji do odbioru świetlicy",
            beneficiary=KETY,
            published="2023-02-20",
        ),
        False,
    ),
    (
        "the resolution and the powiat's news of it still join",
        rec(
            "Uchwała Zarządu Powiatu Sokólskiego w sprawie przystąpienia do programu „Aktywny samorząd” w 2024 roku",
            beneficiary="Powiat Sokólski",
            published="2024-01-22",
            programme="Aktywny samorząd",
            site="bip-powiat-sokolka",
        ),
        rec(
            "Powiat przystępuje do programu „Aktywny samorząd” w 2024 roku",
            beneficiary="Powiat Sokólski",
            published="2024-01-30",
            programme="Aktywny samorząd",
            site="powiat-sokolka",
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), PAIRS, ids=[case[0][:60] for case in PAIRS])
def test_round13_guards(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


# --- round 13's misses: evidence read wrongly ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "core", "powiats"),
    [
        ("Gmina Brzeziny (powiat kaliski)", "Gmina Brzeziny", {"3007"}),
        ("Gmina Świdnica (pow. zielonogórski)", "Gmina Świdnica", {"0809"}),
        ("Gmina Brzeziny", "Gmina Brzeziny", set()),
        ("Stowarzyszenie (w organizacji)", "Stowarzyszenie (w organizacji)", set()),  # no powiat in the brackets
    ],
)
def test_located_in_reads_a_bracketed_powiat(name: str, core: str, powiats: set[str]) -> None:
    assert projects.located_in(name) == (core, powiats)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Klub Senior+", set()),  # the programme's club, no place: no particular body
        ("Dzienny Dom Senior+", set()),
        ("Klub Senior+ w Kętach", {"klu", "ket"}),
        ("Klub Seniora w Kętach", {"klu", "sen", "ket"}),  # no programme's name: as before
        ("Klub Sportowy Orzeł", {"orz"}),  # a sports club's kind words are no key (s18-pairs10)
    ],
)
def test_org_key_of_a_programmes_facility_without_a_place(name: str, key: set[str]) -> None:
    assert projects.org_key(name) == key


def test_locatives_read_a_hyphenated_village_by_its_first_word() -> None:
    assert projects.locatives("OSP w Zachorzowie-Kolonii") == projects.locatives("OSP w Zachorzowie Kolonii")


DABROWA_LIST = rec(
    "Lista projektów wybranych do dofinansowania – Poddziałanie 8.1.1 Wychowanie przedszkolne",
    beneficiary="Gmina Dąbrowa (powiat opolski)",
    published="2019-12-20",
    programme="RPO WO 2014-2020",
    amounts={"grant": "312480.40", "total_cost": "367624.00"},
    site="rpo-opolskie",
)

PAIRS_READ: list[tuple[str, Record, Record, bool]] = [
    (
        "a powiat in brackets after a gmina's name is where it lies: the list and the gmina's news, one sum",
        DABROWA_LIST,
        rec(
            "Umowa na projekt przedszkolny podpisana z marszałkiem",
            beneficiary="Gmina Dąbrowa",
            published="2020-02-18",
            programme="RPO WO 2014-2020",
            amounts={"grant": "312480.40", "total_cost": "367624.00"},
        ),
        True,
    ),
    (
        "two gminas Dąbrowa of two powiats stay apart, however alike",
        DABROWA_LIST,
        rec(
            "Lista projektów wybranych do dofinansowania – Poddziałanie 8.1.1 Wychowanie przedszkolne",
            beneficiary="Gmina Dąbrowa (powiat mogileński)",
            published="2019-12-20",
            programme="RPO WO 2014-2020",
            amounts={"grant": "312480.40", "total_cost": "367624.00"},
            site="rpo-kujawsko",
        ),
        False,
    ),
    (
        "a hyphenated village's locative is the same village: the LGD's agreement and the brigade's grant",
        rec(
            "Grant dla strażaków",
            beneficiary="Ochotnicza Straż Pożarna w Woli Kopcowej",
            published="2019-09-06",
            amounts={"grant": "38450.20"},
        ),
        rec(
            "Umowy o powierzenie grantów podpisane – projekt grantowy „Razem w Świętokrzyskiem”",
            beneficiary="Ochotnicza Straż Pożarna w Woli-Kopcowej",
            published="2019-09-04",
            programme="PROW 2014-2020",
            amounts={"grant": "38450.20"},
            site="lgd-example",
        ),
        True,
    ),
    (
        "a village and a town of one stem in two locatives stay two places, hyphen or not",
        rec(
            "Grant dla strażaków",
            beneficiary="Ochotnicza Straż Pożarna w Kunowej-Kolonii",
            published="2019-09-06",
            amounts={"grant": "38450.20"},
        ),
        rec(
            "Umowy o powierzenie grantów podpisane – projekt grantowy „Razem w Świętokrzyskiem”",
            beneficiary="Ochotnicza Straż Pożarna w Kunowie",
            published="2019-09-04",
            programme="PROW 2014-2020",
            amounts={"grant": "38450.20"},
            site="lgd-example",
        ),
        False,
    ),
    (
        "'Interreg PL-CZ' is 'Interreg V-A Republika Czeska – Polska': one micro-project, one sum",
        rec(
            "Jarmark bez granic – mikroprojekt zatwierdzony",
            beneficiary=KETY,
            published="2022-03-08",
            programme="Interreg PL-CZ",
            amounts={"eu_share": "32640.15"},
            site="euroregion-example",
        ),
        rec(
            "Jarmark bez granic po raz pierwszy w Kętach",
            beneficiary=KETY,
            published="2022-04-20",
            programme="Interreg V-A Republika Czeska – Polska",
            amounts={"eu_share": "32640.15"},
        ),
        True,
    ),
    (
        "'Interreg PL-SK' is not the Czech-Polish programme",
        rec(
            "Jarmark bez granic – mikroprojekt zatwierdzony",
            beneficiary=KETY,
            published="2022-03-08",
            programme="Interreg PL-SK",
            amounts={"eu_share": "32640.15"},
            site="euroregion-example",
        ),
        rec(
            "Jarmark bez granic po raz pierwszy w Kętach",
            beneficiary=KETY,
            published="2022-04-20",
            programme="Interreg V-A Republika Czeska – Polska",
            amounts={"eu_share": "32640.15"},
        ),
        False,
    ),
    (
        "'Klub Senior+' names no other body than the gmina's: its page and the wojewoda's list, one grant",
        rec(
            "Senior+ moduł II – zapewnienie funkcjonowania Klubu Senior+, edycja 2022",
            beneficiary="Klub Senior+",
            programme="Senior+",
            amounts={"grant": "38240.60", "total_cost": "60240.60"},
            site="ops-kety",
        ),
        rec(
            "Program wieloletni „Senior+” – wyniki konkursu, Moduł II, edycja 2022",
            beneficiary=KETY,
            published="2022-05-20",
            programme="Senior+",
            amounts={"grant": "38240.60"},
            site="uw-krakow",
        ),
        True,
    ),
    (
        "another gmina's result with another grant stays apart",
        rec(
            "Senior+ moduł II – zapewnienie funkcjonowania Klubu Senior+, edycja 2022",
            beneficiary="Klub Senior+",
            programme="Senior+",
            amounts={"grant": "38240.60", "total_cost": "60240.60"},
            site="ops-kety",
        ),
        rec(
            "Program wieloletni „Senior+” – wyniki konkursu, Moduł II, edycja 2022",
            beneficiary="Gmina Wadowice",
            published="2022-05-20",
            programme="Senior+",
            amounts={"grant": "41000.00"},
            site="uw-krakow",
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), PAIRS_READ, ids=[case[0][:60] for case in PAIRS_READ])
def test_round13_readings(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Samodzielny Publiczny Zespół Zakładów Opieki Zdrowotnej w Kozienicach", {"koz"}),
        ("Samodzielnemu Publicznemu Zespołowi Zakładów Opieki Zdrowotnej w Kozienicach", {"koz"}),
        ("SP ZZOZ w Kozienicach", {"koz"}),
        ("SPZOZ w Kozienicach", {"koz"}),
        ("SP w Kozienicach", {"sp", "koz"}),  # a school's initials are not the health unit's form
        ("Szpital Powiatowy w Kozienicach", {"szp", "koz"}),
    ],
)
def test_org_key_leaves_a_health_units_legal_form_out(name: str, key: set[str]) -> None:
    assert projects.org_key(name) == key


PAIRS_BODIES: list[tuple[str, Record, Record, bool]] = [
    (
        "a health unit's legal form spelt out and abbreviated is one body: two news items of one retrofit",
        rec(
            "Termomodernizacja budynku D szpitala – umowa z marszałkiem podpisana",
            beneficiary="Samodzielny Publiczny Zespół Zakładów Opieki Zdrowotnej w Kozienicach",
            published="2021-07-08",
            site="powiat-example",
        ),
        rec(
            "Budynek D szpitala: termomodernizacja rusza we wrześniu",
            beneficiary="SP ZZOZ w Kozienicach",
            published="2021-08-02",
            site="szpital-example",
        ),
        True,
    ),
    (
        "another town's health unit stays apart",
        rec(
            "Termomodernizacja budynku D szpitala – umowa z marszałkiem podpisana",
            beneficiary="Samodzielny Publiczny Zespół Zakładów Opieki Zdrowotnej w Kozienicach",
            published="2021-07-08",
            site="powiat-example",
        ),
        rec(
            "Budynek D szpitala: termomodernizacja rusza we wrześniu",
            beneficiary="SP ZOZ w Zwoleniu",
            published="2021-08-02",
            site="szpital-example",
        ),
        False,
    ),
    (
        "a page naming no body, its gmina named by a unit word, and the gmina's signing with the sum to the grosz",
        rec(
            "Radosny świat przedszkolaka w gminie Dąbrowa",
            programme="RPO WO 2014-2020",
            amounts={"grant": "312400", "total_cost": "367600"},
            site="przedszkole-example",
        ),
        rec(
            "Podpisaliśmy umowę na projekt przedszkolny z Urzędem Marszałkowskim",
            beneficiary="Gmina Dąbrowa",
            published="2020-02-18",
            programme="RPO WO 2014-2020",
            amounts={"grant": "312480.40", "total_cost": "367624.00"},
        ),
        True,
    ),
    (
        "a village the page names that the gmina's headline lacks still keeps them apart",
        rec(
            "Radosny świat przedszkolaka w Narokach",
            programme="RPO WO 2014-2020",
            amounts={"grant": "312400", "total_cost": "367600"},
            site="przedszkole-example",
        ),
        rec(
            "Podpisaliśmy umowę na projekt przedszkolny z Urzędem Marszałkowskim",
            beneficiary="Gmina Dąbrowa",
            published="2020-02-18",
            programme="RPO WO 2014-2020",
            amounts={"grant": "312480.40", "total_cost": "367624.00"},
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), PAIRS_BODIES, ids=[case[0][:60] for case in PAIRS_BODIES])
def test_round13_readings_of_bodies_and_places(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why
