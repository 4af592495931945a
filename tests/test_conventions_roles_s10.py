"""Who got the money and who carries it out, round s10 of issue 13: classes of beneficiary and implementer misses.

Each row is a short passage invented for this file, labelled by tests/realtext/README.md; the last column says which
class it stands for (with the tune3 hosts that share it, or the written rule it follows), and near-misses
("near-miss") are invented forms that must keep their answer.
"""

from __future__ import annotations

import pytest

from conventions import record

# (text, beneficiary, implementer, class)
ROWS = [
    # Several units each getting money name no beneficiary (tests/realtext/README.md, `beneficiary`: "a passage that
    # names several units each getting its own sum"; hosts super-polska.pl, uglipno.pl, ngopole.pl, 24kurier.pl): a
    # plural verb of getting with its subjects listed or counted after it, or one wording naming two recipients.
    (
        "Dofinansowanie dla powiatu lipnowskiego\n\nWojewoda wręczył promesy na drogi z Funduszu Dróg Samorządowych. "
        "Otrzymali je: powiat lipnowski, Gmina Rybno, Gmina Kikół i Gmina Skępe.",
        None,
        None,
        "a plural verb of getting, its recipients listed after a colon",
    ),
    (
        "Rada Gminy Lipno dała pomoc gminom po burzy. Dotacje dostały: Gmina Rybno (20 000 zł) oraz Gmina Kikół i "
        "Gmina Skępe (po 8 000 zł). Później zebrane pieniądze przekazano Gminie Rybno.",
        None,
        None,
        "a plural verb of getting, two units listed with their sums",
    ),
    (
        "Dotacje ministra na pomoc rodzinom otrzymały cztery samorządy z regionu. Ośrodek Pomocy Społecznej w "
        "Rybnie dostanie 30 000 zł na warsztaty dla rodziców.",
        None,
        None,
        "a plural verb of getting, its recipients counted after it",
    ),
    (
        "Do OSP Lipno w Powiecie Lipnowskim trafiło 50.000 PLN na sprzęt.\n\n50.000 PLN trafiło też do OSP Rybno "
        "w Powiecie Działdowskim.",
        None,
        None,
        "one wording ('trafiło do') naming two recipients",
    ),
    (
        "Gmina Rybno otrzymała 20 000 zł dotacji na świetlice. Nowe meble za te pieniądze dostały: świetlica w "
        "Lipnie i świetlica w Kikole.",
        "Gmina Rybno",
        None,
        "near-miss: a plural verb of getting whose subjects are no units",
    ),
    (
        "Do OSP Lipno trafiło 50.000 PLN na sprzęt. Przy przekazaniu pieniędzy byli radni. Pieniądze trafiły do OSP "
        "Lipno jeszcze w maju.",
        "OSP Lipno",
        None,
        "near-miss: one recipient named twice",
    ),
    (
        "Gmina Rybno otrzymała 40 000 zł dotacji na drogę.\n\nW konkursie na najpiękniejszą wieś wyróżnienia "
        "otrzymały: Gmina Rybno i Gmina Kikół.",
        "Gmina Rybno",
        None,
        "near-miss: a plural verb with two units listed, no money in its sentence or the one before",
    ),
    # A unit running a project the money went to ("X realizuje program … dzięki dofinansowaniu z …") is its
    # implementer, not said to get the money (tests/realtext/README.md, `beneficiary`: a unit that carries out a
    # project whose grant is said to go to the project; hosts dolinastobrawy.pl, hospicjum-police.pl).
    (
        "Stowarzyszenie Nasza Wieś realizuje Program „Razem dla sąsiadów” od 2015 dzięki dofinansowaniu z Fundacji "
        "Wolności. W konkursie daje grupom mieszkańców pieniądze na ich pomysły.",
        None,
        "Stowarzyszenie Nasza Wieś",
        "a running verb before 'dzięki dofinansowaniu'",
    ),
    (
        "Fundacja Dom Nadziei w Lipnie mogła zrealizować projekt tak szybko dzięki dofinansowaniu z Regionalnego "
        "Programu Operacyjnego. Wydatki kwalifikowane wyniosły 1 200 000,00 zł.",
        None,
        "Fundacja Dom Nadziei w Lipnie",
        "a modal with the infinitive of running: the implementer",
    ),
    (
        "Gmina Rybno kupiła nowy samochód dla strażaków dzięki dofinansowaniu z Funduszu Sprawiedliwości w kwocie "
        "90 000 zł.",
        "Gmina Rybno",
        None,
        "near-miss: a unit that bought something with the grant got it",
    ),
    (
        "Gmina Rybno może zrealizować projekt dopiero po podpisaniu umowy, mówi wójt.",
        None,
        "Gmina Rybno",
        "a modal with the infinitive of running, no money: the implementer alone",
    ),
    # The implementer after a verb of running that the wording hides: an acronym the passage spells out in full ("…,
    # który prowadzi GOK w X" -> the centre's full name; szczytno.com.pl), the relative pronoun as the object with
    # the subject before the verb ("projektu „X”, który ILO realizuje"; 1lo-tomaszow.com.pl), a place adverbial
    # between the verb and the subject ("prowadzi u nas GOPS …"; gops-wejherowo.pl): Polish word order.
    (
        "Miejski Ośrodek Kultury w Lipnie zbiera pomysły mieszkańców.\n\nNabór do programu Lato z Kulturą, który "
        "prowadzi MOK w Lipnie, już trwa. Projekt finansuje ministerstwo.",
        None,
        "Miejski Ośrodek Kultury w Lipnie",
        "an acronym after the verb, the one full name it spells",
    ),
    (
        "Nabór do programu Lato z Kulturą, który prowadzi MOK w Lipnie, już trwa.",
        None,
        None,
        "near-miss: an acronym the passage does not spell out",
    ),
    (
        "Na konferencji podsumowano projekt „Nowe horyzonty”, który ZSP realizuje od 10 miesięcy w ramach Programu "
        "Operacyjnego Kapitał Ludzki.",
        None,
        "ZSP",
        "the relative pronoun as the object, an acronym as the subject before the verb",
    ),
    (
        "Na konferencji podsumowano projekt „Nowe horyzonty”, który Jan Nowak realizuje od 10 miesięcy w ramach "
        "Programu Operacyjnego Kapitał Ludzki.",
        None,
        None,
        "near-miss: the relative pronoun as the object, a person as the subject",
    ),
    (
        "Program „Korpus Wsparcia Seniorów” prowadzi u nas Gminny Ośrodek Pomocy Społecznej w Rybnie. Opaski "
        "dostało 20 mieszkańców.",
        None,
        "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        "a place adverbial ('u nas') between the verb of running and its subject",
    ),
    (
        "Program „Korpus Wsparcia Seniorów” prowadzi u nas od lat wiele osób.",
        None,
        None,
        "near-miss: a place adverbial and no unit after it",
    ),
    # A level of self-government named by its kind is no unit (as a bare "gmina"; pcprchoszczno.pl).
    (
        "W obszarach B i C program realizuje Samorząd Powiatowy, a w obszarze A – oddział PFRON. Wnioski składa się "
        "w Powiatowym Centrum Pomocy Rodzinie do 3 lutego.",
        None,
        None,
        "a self-government named by its kind as the implementer",
    ),
    (
        "W obszarach B i C program realizuje Powiat Lipnowski, a w obszarze A – oddział PFRON.",
        None,
        "Powiat Lipnowski",
        "near-miss: a powiat named as the implementer",
    ),
    # A bare "gmina" that got the money is the one gmina the passage names, null when it names several
    # (tests/realtext/README.md, `beneficiary`): two gminas named together after one head (przegladkoninski.pl).
    (
        "Ścieżka połączy drogę gminną z granicą z gminą Lipno i Kikół. Zadanie ma kosztować 900 tysięcy złotych; "
        "gmina dostała na nie dofinansowanie.",
        None,
        None,
        "two gminas named together after one head: a bare 'gmina' names none",
    ),
    (
        "Wójt Gminy Rybno Jan Nowak i Skarbnik Anna Kowal ogłosili, że gmina dostała 50 000 zł dotacji na drogę.",
        "Gmina Rybno",
        None,
        "near-miss: persons joined by 'i' after the gmina's name, one gmina",
    ),
]


@pytest.mark.parametrize(
    ("text", "beneficiary", "implementer"), [row[:3] for row in ROWS], ids=[row[3] for row in ROWS]
)
def test_roles_s10(text: str, beneficiary: str | None, implementer: str | None) -> None:
    got = record(text)
    assert (got.beneficiary.name if got.beneficiary else None) == beneficiary
    assert (got.implementer.name if got.implementer else None) == implementer
