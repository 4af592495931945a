"""Realisation periods: "04.10.2020 r. – 31.10.2022 r.", "na lata 2019-2021", "trwa do …".

Built on `extract.dates`: the text's date mentions (plus bare years) become tokens, and small
regexes look only at the words between and before them ("od … do …", a dash, "na lata", a
label such as "Okres realizacji projektu:", a verb: "zakończono", "realizowany w 2010 roku").
Candidates are ranked from the most explicit (a label) to the least (the year a project runs
in) and the first of the best kind wins; a start and an end stated in one sentence are joined,
and an extension ("przedłużono do …") moves the end.  Never the period: a programme's years, a
call window ("Nabór … potrwa do", "Wnioski można składać od"), a scheme's name in quotes.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from extract.dates import (
    MONTH_PATTERN,
    MONTH_WORDS,
    MONTHS,
    DateMention,
    find_dates,
    month_span,
    plausible_year,
    prefix_tree_after,
    year_span,
)
from extract.figures import figure_spans
from extract.funding_aliases import fold
from extract.funding_tables import programme_aliases
from extract.lowered import occurrences
from extract.org_names import cue_text, matches_at, matches_from, text_cues, windows_before, windows_before_each
from extract.org_sentences import SENTENCE_STOP_OR_LINE_BREAK
from extract.period_verbs import CONDUCT, FUTURE_WORK_ACTIVE, FUTURE_WORK_PASSIVE, PERFORM, REALISE
from extract.period_yearless import yearless_ranges, yearless_starts
from extract.regex_starts import digit_class, led


@dataclass(frozen=True, slots=True)
class PeriodMention:
    start: date | None
    end: date | None
    text: str  # the phrase as printed
    pos: int  # offset of `text` in the input


_HS = r"[ \t\u00a0\u2009\u202f]"
# "trwa", "potrwa", "trwał" as verbs of running, never the noun "trwałość" (a project's durability)
_LASTS = r"(?:po)?trwa(?!łoś)\w*"
_DASH = r"[-–—‐]"
_MONTH = rf"(?:{MONTH_PATTERN})(?![^\W\d_])"
# `(?<!\w){_MONTH}` opening with the months' first letters, each with the look-behind after it (`prefix_tree_after`):
# a regex that opens with it skips to those letters at C speed.
_MONTH_AT_WORD_START = prefix_tree_after(MONTH_WORDS, r"\w") + r"(?![^\W\d_])"

# A bare year; "2019-01-27" and the like are dates already and are dropped as overlaps.
# (The first digit, then the look-behind at it: a class of ranges first lets the engine skip to digits fast, DIGITS.)
_YEAR = re.compile(
    rf"(?P<y>{digit_class()}(?<=\d)(?<![\w.,/:]\d)\d{{3}})(?![\d]|[.,:/]\d)(?P<suffix>{_HS}?(?:r\.|r(?![^\W\d_])|roku(?!\w)))?"
)
_SHORT = 200  # characters: a shorter text is scanned whole, as `dates` does


def _years(text: str) -> Iterator[re.Match[str]]:
    """`_YEAR.finditer(text)`, tried only at the text's runs of four digits (`extract.figures`, found once a page):
    a match is a whole run of four (a digit after no word character, no fifth after), and its suffix holds no digit."""
    if len(text) < _SHORT:
        yield from _YEAR.finditer(text)
        return
    for start, end in figure_spans(text):
        if end - start == 4 and (year := _YEAR.match(text, start)):
            yield year


# "tego roku", "bieżącego roku" after "do końca": the reference's year (a date's words, not a token of `find_dates`).
_THIS_YEAR = re.compile(rf"(?<=końca{_HS})(?:tego|bieżącego){_HS}+roku(?!\w)")
# What may stand between the two ends of a range.
# ("od 1 stycznia 2021 roku do\n31 grudnia 2021 roku": a line may wrap after "do", never around a dash)
# ("od 01.04.2018 r. - do 31.05.2018 r.": a dash and "do" both; "od roku 2018 do roku 2019": the year's noun first)
_RANGE_GAP = re.compile(
    rf"{_HS}*(?:{_DASH}(?:{_HS}*(?i:do)(?!\w))?|(?i:do)(?:{_HS}+(?i:dnia|końca|miesiąca|m-ca|roku))?(?:{_HS}*\n)?){_HS}*"
)
_YEAR_GAP = re.compile(rf"{_HS}*(?:{_DASH}(?:{_HS}*(?i:do)(?!\w))?|(?i:do)(?:{_HS}+(?i:końca|roku))?){_HS}*")
# "od dnia …", and an official's "od miesiąca września 2020 r.", "od m-ca marca" (the month's noun before its name)
# (and "od początku kwietnia 2018 r.", "od roku 2018": the span's first day is its beginning)
_OD_NOUN = rf"(?:{_HS}+(?i:dnia|miesiąca|m-ca|początku|roku))?"
_OD_BEFORE = re.compile(rf"(?<!\w)(?i:od){_OD_NOUN}{_HS}+\Z")
_OD_REACH = 16  # how far before a date "od" may begin ("od miesiąca ")
_OD_NOUN_ENDS = ("ąca", "m-ca", "ątku", "roku")  # how `_last_word` ends when `_OD_NOUN` stands last
# "między IV kwartałem 2021 roku a III kwartałem 2022 roku", "pomiędzy 1 marca a 30 czerwca 2023 r.".
_BETWEEN_BEFORE = re.compile(rf"(?<!\w)(?i:(?:po)?między){_HS}+\Z")
_AND_GAP = re.compile(rf"{_HS}+(?i:a){_HS}+")
# "w latach 2018 i 2019", "w 2018 i 2019 roku", "w roku 2018 i 2019": two years joined by "i" (or "oraz")
_AND_YEAR_GAP = re.compile(rf"{_HS}+(?i:i|oraz)(?:{_HS}+(?i:w))?{_HS}+")


def _and_year(text: str, tokens: list[DateMention], k: int) -> DateMention:
    """The year joined to the year `tokens[k]` by "i" ("w 2018 i 2019 roku"), the later one; else `tokens[k]`."""
    token = tokens[k]
    if token.precision != "year" or k + 1 >= len(tokens):
        return token
    after = tokens[k + 1]
    joined = after.precision == "year" and _AND_YEAR_GAP.fullmatch(text, token.end, after.start)
    return after if joined and token.value and after.value and token.value < after.value else token


_YEARS_BEFORE = re.compile(rf"(?<!\w)(?i:(?:na{_HS}+)?lata|(?:w{_HS}+)?latach){_HS}+\Z")
# "od 28 stycznia do 8 lutego 2019 r.", "od 1 do 15 marca 2021", "od marca do czerwca 2021", and the same with
# "(po)między … a …" ("zadanie trzeba wykonać między 1 kwietnia a 31 sierpnia 2023 roku"): the year said once, at
# the end, whichever pair of words joins the two ends.
_PARTIAL = re.compile(
    # (and "w okresie 31 lipca do 10 listopada 2015", "w terminie 1 do 15 marca": the span's noun says "od")
    rf"(?=[oOmMpPwW])(?<!\w)(?:(?i:od){_OD_NOUN}|(?i:w{_HS}+(?:okresie|terminie|dniach))|(?P<between>(?i:(?:po)?między))){_HS}+"
    rf"(?:(?P<pd>\d{{1,2}})(?:\.(?P<pn>\d{{1,2}})\.?)?(?:{_HS}*(?P<pm>{_MONTH}))?|(?P<pmo>{_MONTH}))"
    rf"{_HS}+(?(between)(?i:a)|(?i:do)(?:{_HS}+(?i:dnia|końca))?){_HS}+"
)
# "Okres realizacji projektu:", "Termin realizacji", and "Realizacja projektu:" (with its colon only).
_LABEL = re.compile(
    rf"(?=[otcrldOTCRLD])(?<!\w)(?i:(?:(?P<lab>okres|termin|czas|lata|rok|data){_HS}+(?:realizacji|trwania|wdrażania|obowiązywania|wykonania)"
    rf"|realizacja)(?:{_HS}+(?:projektu|programu|zadania|przedsięwzięcia|inwestycji|umowy|robót|prac|budowy))?)(?(lab){_HS}*:?|{_HS}*:)"
)
# "Data rozpoczęcia projektu: …", "Data zakończenia realizacji projektu – …", "Zakończenie realizacji
# projektu planowane jest na …", "Rozpoczęcie realizacji projektu nastąpiło …".
_EDGE_LABEL = re.compile(
    rf"(?=[dtprzDTPRZ])(?<!\w)(?i:(?:(?:(?:planowan\w*{_HS}+)?(?:data|termin)|planowan\w*|rok){_HS}+)?"
    rf"(?P<edge>rozpoczęci|zakończeni)\w*"
    rf"(?:{_HS}+(?:rzeczow|finansow)\w*)?"
    rf"(?:{_HS}+realizacji)?(?:{_HS}+(?:projektu|programu|zadania|przedsięwzięcia|inwestycji|prac|robót|budowy)"
    rf"(?:{_HS}+(?:budowlan|remontow|inwestycyjn)\w*)?)?"  # "rozpoczęcie prac budowlanych: IV kwartał 2026 r."
    rf"(?:{_HS}+(?:w{_HS}+ramach|według|zgodnie{_HS}+z){_HS}+umow[yą])?)"  # "… zadania w ramach umowy: 2016"
    # (a table row's label may go on after a comma: "Zakończenie realizacji inwestycji, oddanie drogi do użytkowania:")
    rf"(?:(?:,[^\n:\d]{{1,60}})?{_HS}*:|{_HS}+{_DASH}|{_HS}+(?i:to|nastąpi\w*"
    rf"|(?:(?:będzie|było){_HS}+)?mia(?:ło|ła|ł){_HS}+miejsce"  # "… prac będzie miało miejsce w 2024 r."
    rf"|(?:(?:jest|został[aoy]?){_HS}+)?(?:(?:za)?(?:planowa|przewidzia)n|wyznacz|ustal)\w*"
    rf"{_HS}+(?:(?:jest|został[aoy]?){_HS}+)?na(?:{_HS}+koniec)?"
    rf"|na(?={_HS}+\d))"  # "…, a zakończenia na 30 marca 2012 r."
    rf"(?:{_HS}+(?i:dnia))?|(?P<bare>{_HS}+(?i:dnia{_HS}+)?(?=\d)))"
)
# "Start projektu: 30.08.2019", "Planowany koniec realizacji zadania: 2025-06-30", and a bare pair of labels
# ("Początek: 2018-03-13 Koniec: 2019-03-31"): a bare one counts only with its twin, and neither date with an
# hour after it (a calendar event's "Początek: 12.05.2024 10:00" is no project's period).
_EDGE_NOUN_LABEL = re.compile(
    rf"(?=[pskPSK])(?<!\w)(?i:(?:planowan\w*{_HS}+)?(?P<edge>start|początek|koniec)"
    rf"(?:{_HS}+(?:realizacji{_HS}+)?(?P<noun>projektu|zadania|programu|przedsięwzięcia|inwestycji|prac|robót|budowy))?)"
    rf"{_HS}*:{_HS}*"
)
_EDGE_NOUN_STARTS = ("planowan", "start", "począt", "koniec")
_HOUR_AFTER = re.compile(rf"(?:,|{_HS})*(?:(?i:godz\.?|o){_HS}*)?(?:(?i:godz\.?){_HS}*)?\d{{1,2}}[:.]\d{{2}}(?![\d.])")
# What may stand between an edge's label and its date: "… to koniec września 2020 r.", "… miejsce w 2024 r."
_EDGE_GAP = re.compile(rf"\s*(?:(?i:koniec|końca|z{_HS}+końcem|we?|dnia){_HS}+)?")
_EDGE_STARTS = ("data", "termin", "planowan", "rok", "rozpoczęci", "zakończeni")  # where its matches begin
# ... "• rozpoczęcie realizacji zadania 1.01.2021 r.": with no colon, only as a list item or line of its own.
_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t\u00a0•·*▪◦-]*\Z")
# Words that may introduce a labelled value before its first date.
# "… inwestycji to 2024 rok", "… przewidziano na 30 września 2024 r.", "od dnia podpisania umowy do 30.11.2023 r."
_VALUE_PREFIX = re.compile(
    rf"[\s:]*(?:[{_DASH[1:-1]}]\s*)?"
    rf"(?:(?i:to|jest|będzie|wynosi|(?:(?:za)?planowan\w*|przewidzian\w*|zaplanowano|przewidziano)"
    rf"(?:{_HS}+(?:jest|został\w*))?{_HS}+na)(?!\w)\s*)?"
    rf"(?:(?i:w{_HS}+okresie|w{_HS}+latach|na{_HS}+lata|lata|w{_HS}+dniach|w{_HS}+terminie){_HS}+)?"
    rf"(?:(?i:od{_HS}+(?:dnia{_HS}+)?(?:podpisania|zawarcia){_HS}+umowy){_HS}+)?"
    rf"(?:(?P<od>(?i:od))|(?P<do>(?i:do)))?(?:{_HS}+(?i:dnia|końca))*\s*"
)
# (never "obowiązuje od …": a law, a rate or a resolution is in force from a day, no project's work)
_VERB_OTHERS = (
    rf"(?<!\w)(?i:{_LASTS}|zakończ\w*|kończy|"
    r"rozpoczyna|rozpocz\w*|startuje|wdrażan\w*|wydan[eoy]\w*|wydatkowan\w*|wykorzystan\w*"
    # the money's spending as the work's deadline: "pieniądze trzeba wydać do końca tego roku", "Szkoły wydały te
    # pieniądze do dnia 31 sierpnia 2022 r.", "środki wykorzystano do …" (the verb in its infinitive, past and
    # impersonal forms; "wydał" also issues a decision, so only with its "do" within six words, as every cue here)
    r"|(?:wyda|wykorzysta|wydatkowa)(?:ć|ł[aoy]?|li|no)(?!\w)|wykorzystają(?!\w)"
    # services a programme provides: "usługi będą świadczone do …", "wsparcie udzielane od …"
    r"|świadczon[aey]\w*|udzielan[aey]\w*"
    r")"
)
_VERB = (
    # the verbs of carrying out the work in every person and tense (`extract.period_verbs`): "realizujemy",
    # "prowadzimy", "zrealizują", "wykonamy", "przeprowadzono"
    rf"(?=[ptrzkswuśPTRZKSWUŚ])(?:{REALISE}|{CONDUCT}|{PERFORM}|{_VERB_OTHERS})"
)
# ... and a start's: the same but the active "prowadzi", "prowadzimy", "wykonał" (with "od" and a year they tell a
# body's history as often: "Stowarzyszenie od 2010 roku prowadzi świetlicę", "prowadzimy zajęcia od 2015 r."); only
# the participles "prowadzony", "wykonywane" and "realizować" in every form
_START_VERB = rf"(?=[ptrzkswuśPTRZKSWUŚ])(?:{REALISE}|(?<!\w)(?i:prowadzon\w*|wykon(?:an|yw)[aey]\w*)|{_VERB_OTHERS})"
_WORDS = rf"(?:{_HS}+[^\s\d.;:!?]+){{0,6}}?{_HS}+"
# These three only look at a short window before each date token (they end in \Z).
# ("… mają być zrealizowane do końca roku 2020": "roku" may stand between "końca" and the year)
# ("… trzeba zakończyć najpóźniej 30 listopada 2021 r.": "najpóźniej" says "do")
_END_CUE = re.compile(
    rf"{_VERB}{_WORDS}(?P<do>(?i:do|najpóźniej(?:{_HS}+do)?))(?:{_HS}+(?i:dnia|końca))*(?:{_HS}+(?i:roku))?{_HS}+\Z"
)
_START_CUE = re.compile(rf"{_START_VERB}{_WORDS}(?P<od>(?i:od)){_OD_NOUN}{_HS}+\Z")
# ... whose object is a contest or a call, run from or until the date: "Samorząd prowadzi konkurs „…” od 2009 roku",
# "Prowadzimy nabór do 30 czerwca", "realizuje rekrutację do …": the call's dates, no project's work.
# ... or a call's participle: "na podstawie naboru przeprowadzonego w lipcu 2022 r."
_CALL_NOUN = re.compile(r"(?<!\w)(?i:konkurs|nab[oó]r|rekrutacj|zapis[yó])\w*")
_CALL_NOUN_BEFORE = re.compile(rf"{_CALL_NOUN.pattern}{_HS}+\Z")
_CALL_NOUN_NEXT = re.compile(rf"{_HS}+(?:(?i:się){_HS}+)?(?i:konkurs|nab[oó]r|rekrutacj|zapis[yó])\w*")
_CALL_OBJECT = re.compile(rf"[^\s]+{_HS}+(?:(?i:się){_HS}+)?(?i:konkurs|nab[oó]r|rekrutacj|zapis[yó])\w*")
_PARTIAL_BEFORE = re.compile(_PARTIAL.pattern + r"\Z")
_CUE_WINDOW = 120
_SPACE_GAP = re.compile(rf"{_HS}+")
_MONTH_DASH_BEFORE = re.compile(
    rf"(?<!\w)(?P<mo>{_MONTH}){_HS}*{_DASH}{_HS}*\Z|(?<![\w.,/-])(?P<mn>0[1-9]|1[0-2]){_HS}*{_DASH}{_HS}*\Z"
)
# A start missing its year (or month) before a dash: "1 lipca – 31 sierpnia 2022 r.", "01.06 - 31.08.2022",
# "1-31 sierpnia 2022" (a day alone only where the sentence says the project runs: it is as often an event).
_DAY_DASH_BEFORE = re.compile(
    rf"(?<![\w.,/-])(?P<pd>\d{{1,2}})(?:\.(?P<pn>\d{{1,2}})\.?|{_HS}+(?P<pm>{_MONTH}))?{_HS}*{_DASH}{_HS}*\Z"
)
_RUN_CONTEXT_BEFORE = re.compile(
    rf"(?:{_LABEL.pattern}|(?<!\w)(?i:z?realiz(?:ow|uj)\w*|{_LASTS}|prowadz(?:i|ą|on)\w*|wdraż(?:a|on)\w*))"
    r"[^.;\n]{0,40}\Z"
)
# Roman months: "Okres realizacji: I-XII 2022", "IX 2020 - VIII 2022", "III.2021 – XII.2021".
_ROMAN_NUMBERS = {
    r: n for n, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)
}
# (led by a character class, which the regex engine skips to quickly; the numerals and the character before
# are checked after)
_ROMAN_RANGE = re.compile(
    rf"(?P<a>[IVX]{{1,4}})(?:(?:\.|{_HS}+)(?P<ay>\d{{4}}))?{_HS}*{_DASH}{_HS}*"
    rf"(?P<b>[IVX]{{1,4}})(?:\.|{_HS}+)(?P<by>\d{{4}})(?![\d]|[.,]\d)(?:{_HS}?(?:r\.|roku(?!\w)))?"
)
# "w roku szkolnym 2023/2024", "rok szkolny 2022/23": a school year runs from September to August.
_SCHOOL_YEAR = re.compile(
    rf"(?=[rR])(?<!\w)(?i:rok(?:u|iem)?{_HS}+szkoln\w*|r\.{_HS}*szk\.){_HS}+"
    rf"(?P<a>\d{{4}}){_HS}*/{_HS}*(?P<b>\d{{4}}|\d{{2}})(?![\d]|[.,/]\d)"
)
_SCHOOL_YEAR_STARTS = ("rok", "r.")  # where its matches begin: it is tried only there (`matches_from`)
# "Projekt realizowany 2022-2023", "Projekt trwał 3 lata (2017-2019)": a verb of running right before a years' range.
_VERB_YEARS_BEFORE = re.compile(
    rf"(?<!\w)(?i:z?realiz(?:ow|uj)\w*|{_LASTS}|prowadzon\w*)"
    rf"(?:{_HS}+(?!(?i:do|od|po|przed)(?!\w))[^\s.,;:!?]+){{0,3}}?{_HS}*[(:]?{_HS}*\Z"
)
# A verb right before the date: "zaczął 01.04.2008 roku realizować projekt", "rozpoczął się w styczniu
# 2020 r." (a start); "Roboty dobiegły końca w październiku 2010 r.", "zakończono 30.06.2021" (an end).
_STARTED = r"(?<!\w)(?i:(?:rozpo|za)cz(?:ął|ęł\w*|ęt\w*|yna\w*|nie\w*))"
# (a bare "kończy" only as the second half of "zaczyna się …, a kończy …": alone it is as often a call's end;
# "skończy", "skończył się" as "zakończy": "zacznie się 2020-10-01 i skończy 2022-09-30")
_ENDED = rf"(?<!\w)(?i:(?:za|u|s)kończ(?:y|ą|ono|on[aey])\w*|dobieg\w*{_HS}+końca|a{_HS}+kończ(?:y|ą)(?!\w))"
# "Projekt ruszył 1 lutego 2021 r.": launched, said of the project or the work (a call's or a scheme's launch is not).
_LAUNCHED = (
    r"(?<!\w)(?i:projekt\w*|zadani\w*|realizacj\w*|budow\w*|prac[aey]?|inwestycj\w*)"
    rf"{_HS}+(?i:rusz(?:ył\w*|a|y)|wystartował\w*|startuj\w*)(?!\w)"
)
# A start's verb right before its date, the work's own or a launch: "projekt rusza 8 kwietnia 2024 roku", "Zadanie
# rozpoczyna się 1 marca 2023 r." (looked for only after a yearless end's "i potrwa do").
_START_VERB_OR_LAUNCH_BEFORE = re.compile(
    rf"(?<!\w)(?i:rusza|ruszy|startuje|wystartuje|(?:roz)?poczyna|rozpocznie|zaczyna|zacznie)(?:{_HS}+(?i:się))?"
    rf"(?:{_HS}+(?i:dnia|we?|od))?{_HS}+\Z"
)
_LAUNCH_VERB_BEFORE = re.compile(rf"(?<!\w)(?i:rusz(?:ył\w*|a|y)|wystartował\w*)(?!\w)(?:{_HS}+(?i:dnia|we?))?{_HS}+\Z")
_WORK_NOUN = re.compile(r"(?<!\w)(?i:projekt\w*|zadani[ea]\w*|inwestycj\w*|budow\w*|prac[aey]?)(?!\w)")
_LAUNCH_NOT_WORK = re.compile(r"(?i:nab[oó]r|konkurs|rekrutacj|zapis|głosowan|program|stron[aęy]|ankiet|konsultacj)")
# ("zakończyć w miesiącu wrześniu 2022 r.", "w m-cu wrzesień 2022 r.": an official's "in the month of")
_IN_MONTH = rf"(?:{_HS}+(?i:dnia|we?(?:{_HS}+(?:miesiącu|m-cu|mc\.?))?))?"
_START_VERB_BEFORE = re.compile(rf"{_STARTED}(?:{_HS}+(?i:się))?{_IN_MONTH}{_HS}+\Z")
_LAUNCHED_BEFORE = re.compile(rf"{_LAUNCHED}(?:{_HS}+(?i:dnia|we?))?{_HS}+\Z")
_END_VERB_BEFORE = re.compile(rf"{_ENDED}(?:{_HS}+(?i:się))?{_IN_MONTH}{_HS}+\Z")
# ... or right after a date the sentence opens with: "W marcu 2021 r. rozpoczęto realizację projektu".
_START_VERB_AFTER = re.compile(rf"(?:{_HS}+[^\s\d.,;:!?]+){{0,2}}?{_HS}+{_STARTED}")
_END_VERB_AFTER = re.compile(rf"(?:{_HS}+[^\s\d.,;:!?]+){{0,2}}?{_HS}+{_ENDED}")
_OPENING_BEFORE = re.compile(rf"(?:\A|[.!?\n]){_HS}*(?:(?i:we?|dnia){_HS}+)?\Z")
_CALL_AFTER = re.compile(r"[^.\n]{0,40}?(?i:nab[oó]r|rekrutacj|składani|przyjmowani|zgłosze|trwałoś)")
# "60 procent wydano do końca 2021 roku, a 40 procent do końca sierpnia 2022r.": the last step is the end.
_END_CHAIN = re.compile(
    rf",?{_HS}+(?i:a|oraz|i|zaś){_HS}+(?:[^\s.;:!?]+{_HS}+){{0,3}}?(?i:do)(?:{_HS}+(?i:dnia|końca))*{_HS}+"
)
# "Od 23.10.2020r. działa rządowy program", "Od lipca mieszkańcy … mogą korzystać z Programu": a sentence
# opening on "Od" and a date (or a month of the reference year), then a verb of running.
_OD_OPENING = re.compile(rf"(?<!\w)(?:Od|(?i:począwszy|poczynając){_HS}+od){_OD_NOUN}{_HS}+\Z")
# (the "O" first, its look-behind after it: the regex engine skips to an "O" at C speed)
_OD_MONTH = re.compile(rf"O(?<!\wO)d{_HS}+(?P<mo>{_MONTH})(?!{_HS}*\d|{_HS}+(?i:do)(?!\w))")
_RUNS_AFTER = re.compile(
    rf"(?:,?{_HS}+[^\s\d.,;:!?]+){{0,12}}?,?{_HS}+"
    rf"(?i:działa\w*|rusz\w*|funkcjonuj\w*|{_LASTS}|z?realiz(?:ow|uj)\w*|prowadz(?:i|ą|on)\w*|startuj\w*|korzyst\w*"
    r"|wdraża\w*)"
    # ... and what runs is a scheme: "Od 1 stycznia obowiązuje nowa stawka" or "Od lipca mieszkańcy mogą
    # korzystać z nowego parkingu" starts no project.
    r"[^.\n]{0,80}?(?i:program|projekt|zadani|usług)"
)
# "Projekt systemowy, realizowany w 2010 roku", "W 2024 roku Gmina Kadzidło prowadzi Program": the year
# (or month) a project runs in is its period.
# Verb forms only: "realizator", "prowadzenie" or "trwania" are nouns.  Not after "w ramach": "kupionych w
# ramach Programu realizowanego w 2022 r." dates the scheme (an earlier edition), not this project.
_RUN_VERB = (
    r"(?:(?<!\w)(?i:z?realiz(?:ow|uj)\w*|(?:po|prze)?prowadz(?:i|ą|on)\w*|(?:po)?trwa(?:ł(?!oś)\w*|ją|j\w*)?(?!\w)"
    rf"|odbyw\w*|wdraż(?:a|on)\w*)|{PERFORM})"
)
_IN_BEFORE = re.compile(rf"(?<!\w)(?i:we?)(?:{_HS}+(?i:roku))?{_HS}+\Z")
# ("… projekty, które będą realizowane przez cały 2007 r.": the whole year)
# ... or the future passive of the work (`extract.period_verbs`): "W 2024 roku zostanie wyremontowana droga"
_RUN_OR_WORK = rf"(?=[zrptowbZRPTOWB])(?:{_RUN_VERB}|{FUTURE_WORK_PASSIVE})"
_VERB_IN_BEFORE = re.compile(
    rf"{_RUN_OR_WORK}(?:{_HS}+[^\s\d.,;:!?]+){{0,2}}?{_HS}+(?i:we?|przez{_HS}+cał[yea])(?:{_HS}+(?i:roku))?{_HS}+\Z"
)
# "ogłasza konkurs na zadanie publiczne Gminy X w 2019 roku", "realizacji zadania publicznego z zakresu … w
# 2021 r.": one public task (singular: "zadania publiczne", the plural, are a call's many) is done in that year.
_PUBLIC_TASK_IN_BEFORE = re.compile(
    rf"(?<!\w)(?i:zadanie{_HS}+publiczne|zadania{_HS}+publicznego|zadani(?:u|em){_HS}+publicznym)(?!\w)"
    rf"(?:{_HS}+[^\s\d.,;:!?]+){{0,4}}?{_HS}+(?i:we?)(?:{_HS}+(?i:roku))?{_HS}+\Z"
)
# "Całkowity koszt realizacji zadania w 2021 roku": the noun of running with its one task (or project) and the year.
_REALISATION_IN_BEFORE = re.compile(
    rf"(?<!\w)(?i:realizacji{_HS}+(?:zadania|projektu|przedsięwzięcia))(?!\w)"
    rf"(?:{_HS}+[^\s\d.,;:!?]+){{0,2}}?{_HS}+(?i:we?)(?:{_HS}+(?i:roku))?{_HS}+\Z"
)
# A call for a public task names the year the task is carried out, the call's term for its tasks
# (tests/realtext/README.md): "konkurs na realizację zadań publicznych w roku 2015", "konkurs ofert na realizację w
# 2023 r. zadania publicznego", "konkurs ofert na powierzenie prowadzenia w 2021 roku punktu …".  Not money for a
# realisation in a year ("dotacja na realizację w 2020 roku programu", "na jego realizację w 2023 r. przeznaczono").
_TASK_NOUN_IN_BEFORE = re.compile(
    rf"(?<!\w)(?:(?P<entrust>(?i:powierzeni[ea]){_HS}+(?i:realizacji|prowadzenia|wykonania))|(?i:realizacj[ięe]))"
    rf"(?:{_HS}+(?P<task>(?i:zadań){_HS}+(?i:publicznych)))?{_HS}+(?i:we?)(?:{_HS}+(?i:roku))?{_HS}+\Z"
)
_PUBLIC_TASK_AFTER = re.compile(rf"{_HS}+(?i:zadania{_HS}+publicznego|zadań{_HS}+publicznych)(?!\w)")


def _public_task_year(text: str, token: DateMention) -> bool:
    """Whether the year `token` is the one a call's public task is carried out in."""
    window = max(0, token.start - 60)
    lowered = text[window : token.start].lower()
    if "realizacj" not in lowered and "powierzeni" not in lowered:  # cheap test first
        return False
    m = _TASK_NOUN_IN_BEFORE.search(text, window, token.start)
    return m is not None and bool(m.group("entrust") or m.group("task") or _PUBLIC_TASK_AFTER.match(text, token.end))


_SPENDING = re.compile(r"(?i:wydatk|budżet|zamówieni)")
_EXPENSES = re.compile(r"(?i:wydatk)")  # a budget's spending as the subject of its "wykonanie"
_SPENDING_AFTER = re.compile(rf"{_HS}+(?:[^\s\d.,;:!?]+{_HS}+)?{_SPENDING.pattern}")  # the verb's object
_IN_FRAME_BEFORE = re.compile(r"(?<!\w)(?i:w\s+ramach)\s+[^\s\d.,;:!?]+\s+\Z")
# ... or a unit's whole name between them: "W 2024 r. Ośrodek Pomocy Społecznej w Serocku realizuje".
_NAME_WORDS = rf"(?:{_HS}+(?:[A-ZĄĆĘŁŃÓŚŹŻ][^\s\d.,;:!?]*|we?|i|ze?|nr)){{5,8}}?"
_VERB_AFTER = re.compile(rf"(?:(?:{_HS}+[^\s\d.,;:!?]+){{0,4}}?|{_NAME_WORDS}){_HS}+{_RUN_OR_WORK}")
# Up to the end of the clause: a dot ends it only before a capital or a line end, so the "r." of a
# date ("31 stycznia 2020 r. i potrwa …") or a dotted date does not cut a sentence short.
# (nor does the dot of an address or a number: "w siedzibie GOPS, ul. Krzywa 16, od 14.03.2024r.")
_CLAUSE_CHAR = (
    r"(?:[^.\n]|(?:(?<=\bul)|(?<=\bal)|(?<=\bpl)|(?<=\bos)|(?<=\bnr)|(?<=\bim)|(?<=\bpok)|(?<=\btel))\."
    r"|\.(?![ \t\u00a0]*(?:\n|\Z)|\s+[A-ZĄĆĘŁŃÓŚŹŻ„\"]))"
)
# A call for applications is not the realisation: "Termin naboru: 02.03.2020 r. – 20.03.2020 r.",
# "Nabór ruszył 31 stycznia 2020 r. i potrwa do …", "Wnioski można składać od 27 lipca …", "Wnioski w
# Module I przyjmowane są od …".
_CALL_BEFORE = led(
    r"(?:(?i:nab[oó]r\w*|składani\w*\s+(?:wniosk|ofert|zgłosze)\w*|zgłosze\w*|zgłaszani\w*|rekrutacj\w*"
    r"|przyjmowani\w*\s+wniosk|ocen[aąy]\s+(?:wniosk|ofert|projekt)\w*|rozstrzygnięci\w*"
    # a scheme's rule ("Okres kwalifikowania wydatków w programie rozpoczyna się …"), the durability after the work
    r"|kwalifikow\w*\s+wydatk\w*|trwałoś\w*"
    # what a call's offers must be about: "Oferty mają dotyczyć działań prowadzonych w 2012 roku"
    r"|ofert\w*\s+(?:\w+\s+){0,2}?dotycz\w*)"
    r"|(?<!\w)(?i:składać|złożyć|nadsyłać|przesyłać|zgłaszać"
    # "Wnioski na semestr letni 2019/2020 przyjmujemy od …", "Wnioski przyjmuje PCPR od …"
    r"|wnioski\s+(?:\S+\s+){0,10}?przyjm(?:owane|owano|ujemy|uje|ują|iemy))(?!\w)"
    # "konsultacje … potrwają do …", "Głosowanie trwa do …": a consultation or a vote is no project's work
    r"|(?<!\w)(?i:konsultacj\w*|głosowani\w*)(?=[^.\n]{0,100}?(?i:trwa|potrw)|[^.\n]{0,40}?[:–—-])"
    r"|(?<!\w)(?i:konsultowan\w*|(?:po|za)?konsultow(?:ał|ał[aoy]|ali|ano))(?!\w))"  # "był konsultowany w terminie …"
    # (a label's colon may end its line: "Termin składania wniosków:\nod 30 marca …")
    rf"(?:{_CLAUSE_CHAR}|(?<=:)[ \t]*\n){{0,100}}\Z"
)
_CALL_WINDOW = 110
# ... but a call's term for carrying out the tasks it funds is the period (tests/realtext/README.md): "Zgłaszać można
# projekty, których realizacja jest planowana od … do …", "Wnioski przyjmujemy do …; zadania muszą być zrealizowane
# do …" (the work's term right before the date, not "nabór wniosków na realizację projektów od … do …"), and so is the
# term every task it funds must keep ("Każde dofinansowane zadanie trzeba zrealizować do 1 grudnia 2023 roku": the
# README's "call's term for finishing the projects it funds").
_TASK_TERM_BEFORE = re.compile(
    rf"(?<!\w)(?i:realizacj[aę]{_HS}+(?:jest|będzie|ma|musi|powinna|może)(?:{_HS}+(?:być|się))?(?:{_HS}+\w+)?"
    rf"|(?:z?realizowan|wykonan)[aey]|(?:z?realizowa|wykona)ć)(?:{_HS}+(?i:w{_HS}+(?:terminie|okresie)))?{_HS}+\Z"
)


def _calls_task_term(text: str, call: re.Match[str], at: int) -> bool:
    """Whether the words right before `at`, after the call's cue `call`, state the term for carrying out its tasks."""
    return bool(_TASK_TERM_BEFORE.search(text, call.start(), at))


# "Okres realizacji przedłużono do 30.09.2021 r.": the end moves.
_EXTENDED_BEFORE = re.compile(r"(?i:przedłuż\w*|wydłuż\w*)[^.\n]{0,80}?(?<!\w)(?i:do)(?:\s+(?i:dnia))?\s+\Z")
# "Regionalnego Programu Operacyjnego … na lata 2014-2020", "EFS na lata 2014-2020", a programme set up
# by the Council of Ministers: an EU or national programme's years, not the realisation period.  A
# local programme's own years ("Gminny Program Wspierania Rodziny na lata 2019-2021") are the item's
# period and stay.
_PROGRAMME_BEFORE = re.compile(
    r"(?:(?i:operacyjn\w*|perspektyw\w*|fundusz\w*|spójności|interreg|rozwoju\s+obszarów|europejsk\w*|rządow\w*"
    r"|wieloletni\w*|ministe?r\w*)|(?<!\w)(?:RPO|PO|PROW|EFS|EFRR|FE\w*|UE)(?!\w)"
    # the scheme paying for the work: "Remont sfinansujemy z Programu Ochrony Ludności … na lata 2025–2026"
    r"|(?<!\w)(?i:ze?|w\s+ramach)\s+(?:(?i:środków)\s+)?Program\w*)"
    r"(?:[^.;\n]|\.(?!\s+[A-ZĄĆĘŁŃÓŚŹŻ]|\s*\n)){0,80}\Z"
)
# "w ramach zadania „Place zabaw … w latach 2006-2010”": years inside the quoted name of the scheme
# a project is part of are that scheme's.
_QUOTE_OPEN = re.compile(r"(?i:w\s+ramach(?:\s+(?!projekt)\w+)?|program\w*|fundusz\w*|konkurs\w*)\s*[„“\"][^”“\"\n]*\Z")

# "Realizację zadania zaplanowano na rok 2019", "Realizacja projektu jest planowana na 2024 rok": the
# year (or month) a project is planned for.
_PLANNED_BEFORE = re.compile(
    rf"(?<!\w)(?i:realizacj[aeę]|projekt|zadani[ea]?|inwestycj[aeę]|przedsięwzięci[ea])(?!\w)"
    rf"(?:{_HS}+[^\s\d.,;:!?]+){{0,3}}?"
    rf"{_HS}+(?i:(?:za)?planowan[aeoy]|przewidzian[aeoy]|zaplanowano|przewidziano)"
    rf"{_HS}+(?:(?i:na)(?:{_HS}+(?i:rok))?"
    # "Inwestycja planowana jest do wykonania w II półroczu 2008"
    rf"|(?i:(?:jest|został[aoy]?){_HS}+)?(?i:do{_HS}+(?:wykonania|realizacji){_HS}+we?)){_HS}+\Z"
)
# A stage of the work is not the whole period: "Najpierw, od stycznia do października 2025 roku, trwać
# będą prace przygotowawcze", "W pierwszym etapie (do końca 2023 r.) …".
_STAGE_BEFORE = re.compile(
    rf"(?:(?<!\w)(?i:najpierw|w{_HS}+pierwszej{_HS}+kolejności)"
    rf"|(?i:pierwsz|drug|trzeci|kolejn|ostatni|następn)\w*{_HS}+(?i:etap|faz)\w*|(?<!\w)(?i:etap|faz)\w*{_HS}+[IV1-4]\b)"
    r"[^.;\n]{0,40}\Z"
)
# A window for people to come, apply or collect, dated at the opening of its sentence: "Od 02.11.2022r.
# do 18.11.2022r. Gmina wydawała akcesoria", "W dniach od 3 do 14 lipca trwa nabór": like a call window,
# not the realisation.
_SENTENCE_OPENING = re.compile(rf"(?:\A|[.!?\n])\s*(?:(?i:w{_HS}+(?:dniach|okresie|terminie)){_HS}+)?\Z")
_WINDOW_AFTER = re.compile(
    rf"(?:{_HS}*[–—-])?(?:{_HS}+[^\s\d.,;:!?–—-]+){{0,2}}?{_HS}+"
    r"(?i:wydaw(?:a|ał|an)\w*|rozdaw\w*|odbi(?:ór|er)\w*|zapisy|nab[oó]r|rekrutacja"
    # a schedule's row, the dates first: "od 08.05.2023 r. do 21.05.2023 r. Zgłaszanie projektów", "… – głosowanie"
    r"|przyjmow\w*|składa(?:ć|ją|no|nie)|zgłasza(?:ć|ją|no|nie)|głosowanie)(?!\w)"
)
# The dates of an earlier project: "jest dalszym ciągiem projektu, który w 2020 r. realizował GOPS",
# "kontynuacja programu z lat 2018-2019", "W poprzedniej edycji programu w 2022 roku …".
_EARLIER_BEFORE = re.compile(
    rf"(?<!\w)(?i:kontynuacj\w*|dalszym{_HS}+ciągiem|poprzedni\w*|wcześniejsz\w*)"
    rf"(?:,?{_HS}+(?!(?i:i|a|oraz|będzie|jest|obecnie|teraz)(?!\w))[^\s\d.;:!?]+){{0,6}}?[,(]?{_HS}*\Z"
)

# Ranks: lower wins; within a rank the first in the text wins.
_LABELLED, _EDGES, _OD_DO, _DASHED, _YEARS, _END_ONLY, _START_ONLY, _IN_SPAN = range(8)


@dataclass(frozen=True, slots=True)
class _Candidate:
    rank: int
    pos: int
    end_pos: int
    start: date | None
    end: date | None
    warnings: tuple[str, ...] = ()


def _side_warning(token: DateMention) -> str:
    """The token's own warning, marked as being about the period."""
    warning = token.warning or f'unreadable date "{token.text}"'
    return warning.replace('" ', '" in period ', 1) if '" ' in warning else warning + " in period"


def _tokens(text: str, reference: date | None, mentions: Sequence[DateMention] | None) -> list[DateMention]:
    """Date mentions plus bare plausible years, sorted, never overlapping."""
    mentions = list(mentions) if mentions is not None else find_dates(text, reference=reference)
    starts = [m.start for m in mentions]
    years: list[DateMention] = []
    for m in _years(text):
        year = int(m.group("y"))
        k = bisect_left(starts, m.end())  # mentions before k start before this year ends
        if not plausible_year(year) or (k and mentions[k - 1].end > m.start()):
            continue
        first, last = year_span(year)
        years.append(DateMention(first, last, "year", m.group(0), m.start(), m.end()))
    if reference is not None and "roku" in text and ("tego" in text or "bieżącego" in text):  # any space between
        # "do końca tego roku": the year of the publication (a relative date's reference)
        first, last = year_span(reference.year)
        for m in _THIS_YEAR.finditer(text):
            k = bisect_left(starts, m.end())
            if not (k and mentions[k - 1].end > m.start()):
                years.append(DateMention(first, last, "year", m.group(0), m.start(), m.end()))
    cues = text_cues(text)
    # every match holds "szkoln" or "szk." (any case): "szkoła", "szkół" alone do not start the scan ("r." is in
    # most dates, so the scan tries many places)
    schooling = "szkoln" in cues or "szk." in cues  # `cues` is lower-case: "Roku Szkolnym" too
    for m in matches_from(_SCHOOL_YEAR, text, cues, _SCHOOL_YEAR_STARTS) if schooling else ():
        first_year, second = int(m.group("a")), m.group("b")
        second_year = int(second) if len(second) == 4 else first_year // 100 * 100 + int(second)
        if second_year != first_year + 1 or not plausible_year(first_year):
            continue
        school = DateMention(date(first_year, 9, 1), date(second_year, 8, 31), "year", m.group(0), m.start(), m.end())
        years = [y for y in years if not school.start <= y.start < school.end]
        mentions = [t for t in mentions if not school.start <= t.start < school.end]
        years.append(school)
    return sorted([*mentions, *years], key=lambda t: t.start)


def _candidate(rank: int, pos: int, first: DateMention | None, last: DateMention | None, end_pos: int) -> _Candidate:
    """A period from its first and last tokens (either may be missing: open-ended)."""
    warnings = tuple(_side_warning(t) for t in (first, last) if t is not None and t.value is None)
    start = first.value if first else None
    end = last.last if last else None
    return _Candidate(rank, pos, end_pos, start, end, warnings)


def _partial_start(m: re.Match[str], token: DateMention) -> tuple[date | None, str | None]:
    """Start of "od 28 stycznia do 8 lutego 2019": missing parts come from the end date."""
    if token.value is None:
        return None, None
    groups = m.groupdict()
    day = int(groups["pd"] or 1)
    month_word = groups["pm"] or groups.get("pmo")
    month = MONTHS[month_word.lower()] if month_word else int(m.group("pn") or token.value.month)
    try:
        return date(token.value.year, month, day), None
    except ValueError:
        core = m.group(0).strip()
        return None, f'impossible date in period "{core}"'


def _within(tokens: list[DateMention], vs: int, ve: int, limit: int = 2) -> list[DateMention]:
    """The first `limit` tokens lying wholly between `vs` and `ve` (tokens are sorted)."""
    found: list[DateMention] = []
    k = bisect_left(tokens, vs, key=lambda t: t.start)
    while k < len(tokens) and tokens[k].end <= ve and len(found) < limit:
        found.append(tokens[k])
        k += 1
    return found


# "Termin realizacji: 2013/2014": two years joined by a slash (no year token: a slash glues them), the whole of both.
_SLASH_YEARS = re.compile(rf"(?P<a>\d{{4}}){_HS}*/{_HS}*(?P<b>\d{{4}})(?![\d]|[.,/]\d)(?:{_HS}?(?:r\.|roku(?!\w)))?")


def _slash_years(text: str, rank: int, vs: int, ve: int) -> _Candidate | None:
    """A labelled value "2013/2014" (as the line's first thing): the years from the first to the second."""
    prefix = _VALUE_PREFIX.match(text, vs, ve)
    m = _SLASH_YEARS.match(text, prefix.end() if prefix else vs, ve)
    if m is None:
        return None
    first, second = int(m.group("a")), int(m.group("b"))
    if not (plausible_year(first) and plausible_year(second) and first < second):
        return None
    return _Candidate(rank, m.start(), m.end(), year_span(first)[0], year_span(second)[1])


def _value_candidate(text: str, rank: int, vs: int, ve: int, tokens: list[DateMention], lab: str) -> _Candidate | None:
    """Parse a labelled value between `vs` and `ve` (one line)."""
    inside = _within(tokens, vs, ve)
    partial = _PARTIAL.match(text, vs + len(text[vs:ve]) - len(text[vs:ve].lstrip()))
    if partial and inside and inside[0].start == partial.end():
        start, warning = _partial_start(partial, inside[0])
        cand = _candidate(rank, partial.start(), None, inside[0], inside[0].end)
        warnings = (*((warning,) if warning else ()), *cand.warnings)
        return _Candidate(rank, cand.pos, cand.end_pos, start, cand.end, warnings)
    if not inside:
        return _slash_years(text, rank, vs, ve)
    first = inside[0]
    prefix = _VALUE_PREFIX.fullmatch(text, vs, first.start)
    if prefix is None:
        return None
    pos = prefix.start("od") if prefix.group("od") else first.start
    if len(inside) > 1:
        second = inside[1]
        gap = _YEAR_GAP if first.precision == second.precision == "year" else _RANGE_GAP
        if gap.fullmatch(text, first.end, second.start):
            return _candidate(rank, pos, first, second, second.end)
    if prefix.group("do"):
        return _candidate(rank, prefix.start("do"), None, first, first.end)
    if prefix.group("od"):
        return _candidate(rank, pos, first, None, first.end)
    if first.precision != "day":
        return _candidate(rank, pos, first, first, first.end)
    if lab == "termin":
        return _candidate(rank, pos, None, first, first.end)  # "Termin realizacji: 31.12.2021"
    return None


def _line_after(text: str, pos: int) -> tuple[int, int]:
    """The rest of the line from `pos`, or the next non-empty line when the rest is blank."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if text[pos:end].strip():
        return pos, end
    start = end
    while start < len(text) and text[start] in " \t\u00a0\n":
        start += 1
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


# Where a label may begin: "Lata realizacji: 2021-2023", "Rok realizacji zadania: 2022" (the common words
# "lata", "rok" and "data" only with the noun after them).
_LABEL_STARTS = ("okres", "termin", "czas", "realizacja", "lata realiz", "rok realiz", "data realiz")

# A label's own qualifier closing its line, the value on the next: "… Programu na terenie Gminy Lipno:", "… w 2023 r.:".
_LABEL_QUALIFIER = re.compile(rf"{_HS}*(?:[^\s\d:]+{_HS}+){{0,5}}[^\s\d:]+{_HS}*:{_HS}*")
# "Wydłużono okres realizacji projektu do …": an extension, not the label of the period.
_EXTENDING_BEFORE = re.compile(r"(?i:przedłuż\w*|wydłuż\w*)[^.\n]{0,20}\Z")


def _labelled(text: str, cues: str, tokens: list[DateMention]) -> _Candidate | None:
    extended: _Candidate | None = None  # the extended period when no other label states it
    for m in matches_from(_LABEL, text, cues, _LABEL_STARTS):
        vs, ve = _line_after(text, m.end())
        if _LABEL_QUALIFIER.fullmatch(
            text, vs, ve
        ):  # "Okres realizacji Programu na terenie Gminy Lipno:\n01.01.2023-…"
            vs, ve = _line_after(text, ve)
        cand = _value_candidate(text, _LABELLED, vs, ve, tokens, (m.group("lab") or "realizacja").lower())
        if cand is not None and _EXTENDING_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            extended = extended or cand
        elif cand is not None:
            return cand
    return extended


def _noun_edges(
    text: str, cues: str, tokens: list[DateMention], first: DateMention | None, last: DateMention | None
) -> tuple[DateMention | None, DateMention | None]:
    """ "Start projektu: …", "Koniec zadania: …", a bare "Początek: … Koniec: …" pair: the edges they add."""
    if not ("start" in cues or "począt" in cues or "koniec" in cues):
        return first, last
    bare: dict[bool, DateMention] = {}
    for m in matches_from(_EDGE_NOUN_LABEL, text, cues, _EDGE_NOUN_STARTS):
        vs, ve = _line_after(text, m.end())
        inside = _within(tokens, vs, ve, 1)
        if not inside or inside[0].start != vs or _HOUR_AFTER.match(text, inside[0].end):
            continue
        is_start = m.group("edge").lower() != "koniec"
        if not m.group("noun"):
            bare.setdefault(is_start, inside[0])
        elif is_start:
            first = first or inside[0]
        else:
            last = last or inside[0]
    if len(bare) == 2 and bare[True].start < bare[False].start:
        first, last = first or bare[True], last or bare[False]
    return first, last


def _edges(text: str, cues: str, tokens: list[DateMention]) -> _Candidate | None:
    """ "Data rozpoczęcia projektu: …" and "Data zakończenia projektu: …" lines."""
    first: DateMention | None = None
    last: DateMention | None = None
    edges = "rozpoczęci" in cues or "zakończeni" in cues
    for m in matches_from(_EDGE_LABEL, text, cues, _EDGE_STARTS) if edges else ():
        if m.group("bare") and not _LINE_OPENING.search(text, max(0, m.start() - 12), m.start()):
            continue
        vs, ve = _line_after(text, m.end())
        inside = _within(tokens, vs, ve, 1)
        if not inside or not _EDGE_GAP.fullmatch(text, vs, inside[0].start):
            continue
        if m.group("edge").lower().startswith("rozpocz"):
            first = first or inside[0]
        else:
            last = last or inside[0]
    first, last = _noun_edges(text, cues, tokens, first, last)
    if first is None and last is None:
        return None
    present = [t for t in (first, last) if t is not None]
    pos, end_pos = min(t.start for t in present), max(t.end for t in present)
    return _candidate(_EDGES, pos, first, last, end_pos)


def _programme_years(text: str, pos: int) -> bool:
    """Whether "na lata …" at `pos` gives a programme's years (EU, national, a quoted scheme's name, a
    strategy's, or the years right after a programme of ``data/programmes.csv``: "Posiłek w szkole i w domu
    na lata 2019-2023")."""
    return bool(
        _PROGRAMME_BEFORE.search(text, max(0, pos - 120), pos)
        or _QUOTE_OPEN.search(text, max(0, pos - 200), pos)
        or _DOCUMENT_BEFORE.search(text, max(0, pos - 110), pos)
        or _table_programme_before(text, pos)
        or _DEFINED_PROGRAMME.search(text, max(0, pos - 60), pos) is not None
        or _named_programme_years(text, pos)
    )


# "Powiatowy Program Rozwoju Pieczy Zastępczej na lata 2018-2020", "Program Osłonowy w zakresie dożywiania „Pomoc
# gminy …” na lata 2014-2020": "na lata" closing a programme's name gives that programme's years, a local one's
# too (tests/realtext/README.md: a local programme's years are no period).  The name's words only: no project,
# task or other work named between ("Program Senior+: projekt klubu na lata 2021-2022" keeps its years).
_NAMED_PROGRAMME_BEFORE = re.compile(
    r"(?<!\w)(?i:program\w*)(?:\s+(?!(?i:projekt|zadani|zadań|przedsięwzię|inwestycj|operacj))[^\s.;:!]+){0,12}?\s+\Z"
)


def _named_programme_years(text: str, pos: int) -> bool:
    """Whether "na lata" at `pos` closes a programme's name ("… Program Aktywności Lokalnej na lata 2011-2013")."""
    if not text.startswith(("na", "Na", "NA"), pos):
        return False  # "w latach" dates running something, not a name
    window = max(0, pos - 160)
    if "rogram" not in text[window:pos].lower():  # cheap test first
        return False
    return _NAMED_PROGRAMME_BEFORE.search(text, window, pos) is not None


# "„Aktywna tablica” to program na lata 2017-2019", "Erasmus+ jest unijnym programem na lata …": a sentence
# saying what a programme is gives that programme's years (a project run "w ramach" it has its own).
_DEFINED_PROGRAMME = re.compile(r"(?<!\w)(?i:to|jest)\s+(?:[^\W\d]+\s+){0,2}?(?i:program|programem)\s+\Z")


def _not_the_project_years(text: str, pos: int, end: int) -> bool:
    """Whether "w latach …" at text[pos:end] gives other years than the project's: a programme's
    (`_programme_years`), who may apply ("osoby, które nie korzystały z pomocy w latach 2022-2023"), or "w latach"
    of money got, given or used with no work in the sentence (`_money_years`; "dotację na lata 2021-2023 na
    prowadzenie klubu" names the years the money is for, and stays)."""
    return (
        (_programme_years(text, pos) and not _run_in_eu_programme(text, pos, end))
        or bool(_PAST_USE_BEFORE.search(text, max(0, pos - 100), pos))
        or ("latach" in text[pos:end].lower() and _money_years(text, pos, end))
    )


# The EU's programming periods (the multiannual financial frameworks: 2004-2006 for the new member states, 2007-2013,
# 2014-2020, 2021-2027; https://commission.europa.eu/strategy-and-policy/eu-budget/long-term-eu-budget_en): "w
# latach" with one of these after an EU programme's name gives the programme's years.
_EU_PERIODS = frozenset({(2000, 2006), (2004, 2006), (2007, 2013), (2014, 2020), (2021, 2027)})
_EU_PROGRAMME_BEFORE = re.compile(
    r"(?:(?i:operacyjn\w*|spójności|interreg\w*|europejsk\w*)|(?<!\w)(?:RPO|PO|POKL|EFS|EFRR|EFSI)(?!\w))"
    r"[^.;\n]{0,80}\Z"
)
_NATIONAL_PROGRAMME = re.compile(r"(?i:rządow|ministe?r|wieloletni|narodow)")
_RUN_VERB_RE = re.compile(_RUN_VERB)
_W_LATACH_YEARS = re.compile(r"(?i:w)\s+(?i:latach)\s+(?P<a>\d{4})\D{1,12}?(?P<b>\d{4})")


def _run_in_eu_programme(text: str, pos: int, end: int) -> bool:
    """Whether "w latach A-B" at text[pos:end], after an EU programme's name, dates the work a run verb of the
    sentence names, not the programme: "projekt realizowany przez PCPR w ramach Poddziałania 7.1.2 Programu
    Operacyjnego Kapitał Ludzki w latach 2008-2010" (A-B no EU programming period; "w ramach PO KL w latach
    2007-2013" keeps the programme's years, and "na lata" always names them)."""
    years = _W_LATACH_YEARS.match(text, pos, end)
    if years is None or (int(years.group("a")), int(years.group("b"))) in _EU_PERIODS:
        return False
    window = text[max(0, pos - 120) : pos]
    if not _EU_PROGRAMME_BEFORE.search(window) or _NATIONAL_PROGRAMME.search(window):
        return False
    return _RUN_VERB_RE.search(text, _sentence_start(text, pos), pos) is not None


# Years that date money got, given or used, not work ("W latach 2017-2018 skorzystało z programu ponad 9000 szkół",
# "W latach 2007-2010 na nowe drogi przekazano blisko 20 mln zł", "Województwo dostanie w latach 2021-2027 mniej
# pomocy"): as "W 2019 roku Biblioteka dostała" gives no period (tests/realtext/README.md), unless the sentence
# names the work ("Projekt realizowany w latach 2019-2021 otrzymał dofinansowanie", "z projektu skorzysta").
_MONEY_FLOW = re.compile(
    r"(?<!\w)(?i:s?korzyst\w*|przekaza\w*|przekazyw\w*|dosta(?:ł|l|n|j)\w*|otrzyma\w*|otrzymyw\w*|pozyska\w*"
    r"|pozyskiw\w*|uzyska\w*|przyzna\w*|przeznacz\w*)"
)
_WORK_NAMED = re.compile(
    rf"{_RUN_VERB}|(?<!\w)(?i:realizacj|projekt|zadani|inwestycj|przedsięwzię|obejm|prac[aeyi]?(?!\w))"
)
_SENTENCE_REACH = 250


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins, looked for at most `_SENTENCE_REACH` characters back."""
    window = max(0, pos - _SENTENCE_REACH)
    return max((m.end() for m in SENTENCE_STOP_OR_LINE_BREAK.finditer(text, window, pos)), default=window)


def _sentence_stop(text: str, end: int) -> int:
    """Where the sentence holding `end` ends, looked for at most `_SENTENCE_REACH` characters on."""
    stop = SENTENCE_STOP_OR_LINE_BREAK.search(text, end, end + _SENTENCE_REACH)
    return stop.start() if stop else min(len(text), end + _SENTENCE_REACH)


def _money_years(text: str, pos: int, end: int) -> bool:
    """Whether the sentence of text[pos:end] has a verb of money got, given or used and no word of the work."""
    sentence = text[_sentence_start(text, pos) : _sentence_stop(text, end)]
    return bool(_MONEY_FLOW.search(sentence)) and not _WORK_NAMED.search(sentence)


_PAST_USE_BEFORE = re.compile(r"(?i:korzystał\w*|korzystali|uczestniczył\w*|uczestniczyli)[^.;\n]{0,80}\Z")
# "„Strategię rozwoju gmin partnerskich na lata 2023 - 2027”": a strategy's years, not a project's.
# (or a council's resolution: "Sejmik podjął uchwałę w sprawie powierzenia w latach 2021-2022 …")
# (an LGD's "LSR", its Lokalna Strategia Rozwoju, is a strategy: "wpisuje się w LSR dla LGD X na lata 2014-2020")
_DOCUMENT_BEFORE = re.compile(r"(?:(?i:strategi\w*|uchwał\w*|kontrol\w*)|(?<!\w)(?:LSR|SRLKS)(?!\w))[^.;\n]{0,90}\Z")


def _table_programme_before(text: str, pos: int) -> bool:
    """Whether a programme of the programme table is named right before `pos` (at most a space between)."""
    window_start = max(0, pos - 120)
    window = text[window_start:pos]
    return any(_AFTER_NAME.fullmatch(window, end) for _, end, _ in programme_aliases().scan(window, fold(window)))


# What may stand between a programme's name and its years: spaces, its quoted name's closing quote ('Program
# "Pomoc państwa w zakresie dożywiania" na lata 2014-2020'), a version ("Czytelnictwa 2.0. na lata 2021-2025").
_AFTER_NAME = re.compile(r"[ \t\u00a0\"”»']*(?:\d\.\d\.?[ \t\u00a0\"”»']*)?")


def _ranges(text: str, tokens: list[DateMention]) -> list[_Candidate]:
    """ "od X do Y", "X – Y" and "na lata X-Y" anywhere in the text."""
    found: list[_Candidate] = []
    for a, b in itertools.pairwise(tokens):
        years = a.precision == b.precision == "year"
        if years and _AND_YEAR_GAP.fullmatch(text, a.end, b.start):
            # "w latach 2018 i 2019": the years from the first to the second, in a sentence naming the work (a list
            # of years is as often a budget's: "Gmina wyodrębniła w latach 2011 i 2012 … fundusz")
            listed = _YEARS_BEFORE.search(text, max(0, a.start - 12), a.start)
            if (
                listed
                and b.value
                and a.value
                and a.value < b.value
                and not _not_the_project_years(text, listed.start(), b.end)
                and _WORK_NAMED.search(text, _sentence_start(text, listed.start()), _sentence_stop(text, b.end))
            ):
                found.append(_candidate(_YEARS, listed.start(), a, b, b.end))
            continue
        if _AND_GAP.fullmatch(text, a.end, b.start):
            between = _BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start)
            if between:
                found.append(_candidate(_OD_DO, between.start(), a, b, b.end))
            continue
        if not (_YEAR_GAP if years else _RANGE_GAP).fullmatch(text, a.end, b.start):
            # "W LATACH 2017 2019": after "w latach" / "na lata", two years with only a space between
            spaced = years and _SPACE_GAP.fullmatch(text, a.end, b.start)
            lata = spaced and _YEARS_BEFORE.search(text, max(0, a.start - 12), a.start)
            if lata and not _not_the_project_years(text, lata.start(), b.end):
                found.append(_candidate(_YEARS, lata.start(), a, b, b.end))
            continue
        od = _OD_BEFORE.search(text, max(0, a.start - _OD_REACH), a.start)
        if od:
            found.append(_candidate(_OD_DO, od.start(), a, b, b.end))
        elif years:
            lata = _YEARS_BEFORE.search(text, max(0, a.start - 12), a.start) or _VERB_YEARS_BEFORE.search(
                text, max(0, a.start - 60), a.start
            )
            if lata and not _not_the_project_years(text, lata.start(), b.end):
                found.append(_candidate(_YEARS, lata.start(), a, b, b.end))
        elif "year" not in (a.precision, b.precision):
            found.append(_candidate(_DASHED, a.start, a, b, b.end))
    for token in tokens:
        if token.precision == "year":
            continue
        # "marzec- maj 2022 rok": a month with no year before a dash and a month of a year
        mo = _MONTH_DASH_BEFORE.search(text, max(0, token.start - 30), token.start)
        if mo and mo.group("mn") and not token.text[:1].isdigit():
            mo = None  # "04-12.2023": a numbered month only before a numbered month
        if mo and token.precision == "month" and token.value is not None:
            number = int(mo.group("mn")) if mo.group("mn") else MONTHS[mo.group("mo").lower()]
            first = date(token.value.year, number, 1)
            if first > token.value:
                continue  # "październik - maj 2020/2021": the months of a school year (`_MONTHS_OVER_YEARS`)
            cand = _candidate(_DASHED, mo.start(), None, token, token.end)
            found.append(_Candidate(_DASHED, mo.start(), token.end, first, cand.end, cand.warnings))
            continue
        if (dash := _dash_start(text, token)) is not None:
            found.append(dash)
            continue
        m = _PARTIAL_BEFORE.search(text, max(0, token.start - _CUE_WINDOW), token.start)
        if m is None:
            continue
        start, warning = _partial_start(m, token)
        cand = _candidate(_OD_DO, m.start(), None, token, token.end)
        warnings = (*((warning,) if warning else ()), *cand.warnings)
        found.append(_Candidate(_OD_DO, m.start(), token.end, start, cand.end, warnings))
    found.extend(_yearless_ends(text, tokens))
    found.extend(_roman_ranges(text))
    found.extend(_numbered_and_school_month_ranges(text))
    return found


# An end printed without its year after a dated start, the year said once: "od czerwca 2018 r. do 31 października",
# "projekt rusza 8 kwietnia 2024 roku i potrwa do 17 czerwca" (as "od 28 stycznia do 8 lutego 2019 r." says it once
# at the end).  Not a day with a year after it on the same line (a token of its own), nor "br." (a relative date).
_YEARLESS_END = re.compile(
    rf"(?P<link>,?{_HS}+(?i:i|a){_HS}+(?:po)?trwa\w*)?{_HS}+(?i:do)(?:{_HS}+(?i:dnia))?{_HS}+"
    rf"(?P<d>\d{{1,2}}){_HS}+(?P<m>{_MONTH})(?!{_HS}*(?:\d|(?i:br\.|b\.r\.|r\.|roku)(?!\w)"
    rf"|(?i:ubiegł|zeszł|przyszł|następn|tego|bieżąc)\w*{_HS}+(?i:rok)))"  # "do 31 października ubiegłego roku"
)


def _day_after(start: date, month: int, day: int) -> date | None:
    """The first date with that month and day not before `start` ("od 1 września 2023 r. do 30 czerwca": the next
    year; "od 1 marca 2023 r. do 29 lutego": 2024), or None for a day no month has."""
    for year in (start.year, start.year + 1):
        try:
            end = date(year, month, day)
        except ValueError:
            continue
        if end >= start:
            return end
    return None


def _yearless_ends(text: str, tokens: list[DateMention]) -> list[_Candidate]:
    """ "od czerwca 2018 r. do 31 października", "rusza 8 kwietnia 2024 roku i potrwa do 17 czerwca": a start with
    its year and an end without one; "od" before the start, or the start's verb linked to "trwa … do"."""
    found: list[_Candidate] = []
    for token in tokens:
        if token.precision == "year" or token.value is None or "do" not in text[token.end : token.end + 30]:
            continue
        m = _YEARLESS_END.match(text, token.end)
        if m is None:
            continue
        od = _OD_BEFORE.search(text, max(0, token.start - _OD_REACH), token.start)
        if od is None and not (
            m.group("link") and _START_VERB_OR_LAUNCH_BEFORE.search(text, max(0, token.start - 60), token.start)
        ):
            continue
        end = _day_after(token.value, MONTHS[m.group("m").lower()], int(m.group("d")))
        if end is None:
            continue
        found.append(_Candidate(_OD_DO, od.start() if od else token.start, m.end(), token.value, end))
    return found


def _numbered_and_school_month_ranges(text: str) -> list[_Candidate]:
    """ "w okresie 05-12.2023 r." (numbered months, the year once) and "październik - maj 2020/2021" (a school
    year's months): ranges whose first month find_dates does not read."""
    found: list[_Candidate] = []
    if "/" in text:  # (tried only before each "/": white space, the year, white space, a month, a dash, a month)
        for m in matches_at(_MONTHS_OVER_YEARS, text, windows_before(text, "/", 4, _MONTH_LENGTH, 1, _MONTH_LENGTH)):
            first_year, second = int(m.group("y")), m.group("y2")
            second_year = int(second) if len(second) == 4 else first_year // 100 * 100 + int(second)
            a, b = MONTHS[m.group("a").lower()], MONTHS[m.group("b").lower()]
            if second_year == first_year + 1 and a > b and plausible_year(first_year):
                end = month_span(second_year, b)[1]
                found.append(_Candidate(_DASHED, m.start(), m.end(), date(first_year, a, 1), end))
    if " od " in text:  # (tried only before each run of four digits: "w", "we" and white space before the year)
        years = (start for start, end in figure_spans(text) if end - start == 4)
        for m in matches_at(_YEAR_THEN_MONTHS, text, windows_before_each(text, years, 2)):  # "w 2018 roku, od marca …"
            year, a, b = int(m.group("y")), MONTHS[m.group("a").lower()], MONTHS[m.group("b").lower()]
            if a < b and plausible_year(year):
                found.append(_Candidate(_OD_DO, m.start("od"), m.end(), date(year, a, 1), month_span(year, b)[1]))
    if "." in text:  # (tried only before each "." of a year: "12", white space, a dash, white space, "05")
        dots = (m.start() for m in _DOT_YEAR.finditer(text))
        for m in matches_at(_MONTHS_DASHED, text, windows_before_each(text, dots, 2, 1, 2)):
            year, a, b = int(m.group("y")), int(m.group("a")), int(m.group("b"))
            if a < b and plausible_year(year):
                found.append(_Candidate(_DASHED, m.start(), m.end(), date(year, a, 1), month_span(year, b)[1]))
    return found


# (Each of these three opens with its first letter or digit, the look-behind at it after it, as
# `_MONTH_AT_WORD_START` does: the regex engine skips to those characters at C speed.)
_MONTHS_OVER_YEARS = re.compile(
    rf"(?P<a>{_MONTH_AT_WORD_START}){_HS}*{_DASH}{_HS}*(?P<b>{_MONTH}){_HS}+(?P<y>\d{{4}})"
    rf"{_HS}*/{_HS}*(?P<y2>\d{{4}}|\d{{2}})(?![\d]|[.,/]\d)"
)
_YEAR_THEN_MONTHS = re.compile(
    rf"[wW](?<!\w[wW])[eE]?{_HS}+(?P<y>\d{{4}})(?:{_HS}?r\.|{_HS}+roku)?,?{_HS}+(?P<od>(?i:od)){_HS}+(?P<a>{_MONTH}){_HS}+"
    rf"(?i:do){_HS}+(?P<b>{_MONTH})(?!{_HS}*\d)"
)
# The "." before the year every _MONTHS_DASHED match holds (a literal first: the regex engine skips to it fast).
_DOT_YEAR = re.compile(r"\.(?=\d{4})")
_MONTH_LENGTH = max(len(word) for word in MONTH_WORDS)  # "października"
# "05-12.2023": two numbered months and the year once (find_dates reads no month after a dash).
_MONTHS_DASHED = re.compile(
    rf"(?P<a>0(?<![\w.,/-]0)[1-9]|1(?<![\w.,/-]1)[0-2]){_HS}*{_DASH}{_HS}*(?P<b>0[1-9]|1[0-2])\.(?P<y>\d{{4}})"
    rf"(?![\d]|[.,/-]\d)(?:{_HS}?(?:r\.|roku(?!\w)))?"
)


def _dash_start(text: str, token: DateMention) -> _Candidate | None:
    """ "1 lipca – 31 sierpnia 2022 r.": a dashed range whose start takes its missing year (and month) from the end."""
    if token.precision != "day" or token.value is None:
        return None
    m = _DAY_DASH_BEFORE.search(text, max(0, token.start - 24), token.start)
    if m is None:
        return None
    day_only = not (m.group("pn") or m.group("pm"))
    if day_only and (
        int(m.group("pd")) >= token.value.day or not _RUN_CONTEXT_BEFORE.search(text, max(0, m.start() - 80), m.start())
    ):
        return None
    start, warning = _partial_start(m, token)
    if start is None or start > token.value:
        return None
    return _Candidate(_DASHED, m.start(), token.end, start, token.value, (warning,) if warning else ())


def _roman_matches(text: str) -> list[re.Match[str]]:
    """Roman-month ranges, looked for only around a dash with a Roman numeral's letter before it."""
    found: list[re.Match[str]] = []
    done = 0
    dashes = sorted(at for dash in "-–—" if dash in text for at in occurrences(text, dash))
    for at in dashes:
        before = text[max(0, at - 12) : at]
        if at >= done and ("I" in before or "V" in before or "X" in before):
            m = _ROMAN_RANGE.search(text, max(0, at - 12), at + 20)
            if m is not None and m.start() >= done:
                found.append(m)
                done = m.end()
    return found


def _roman_ranges(text: str) -> list[_Candidate]:
    """ "I-XII 2022", "IX 2020 - VIII 2022": months in Roman numerals, the first one's year taken from the second's."""
    found: list[_Candidate] = []
    for m in _roman_matches(text):
        at = m.start()
        if (at and (text[at - 1].isalnum() or text[at - 1] in "._")) or not (
            m.group("a") in _ROMAN_NUMBERS and m.group("b") in _ROMAN_NUMBERS
        ):
            continue
        end_year = int(m.group("by"))
        start_year = int(m.group("ay") or end_year)
        if not (plausible_year(start_year) and plausible_year(end_year)):
            continue
        first = month_span(start_year, _ROMAN_NUMBERS[m.group("a")])[0]
        last = month_span(end_year, _ROMAN_NUMBERS[m.group("b")])[1]
        if first < last:
            found.append(_Candidate(_DASHED, m.start(), m.end(), first, last))
    return found


def _chain_end(text: str, tokens: list[DateMention], k: int) -> DateMention:
    """The last date of "do X, a … do Y" starting at `tokens[k]`."""
    while k + 1 < len(tokens) and (m := _END_CHAIN.match(text, tokens[k].end)) and m.end() == tokens[k + 1].start:
        k += 1
    return tokens[k]


_DASH_ONLY = re.compile(rf"{_HS}*{_DASH}{_HS}*")


def _opens_range(text: str, tokens: list[DateMention], k: int) -> bool:
    """Whether `tokens[k]` is the first end of a dashed range."""
    return k + 1 < len(tokens) and bool(_DASH_ONLY.fullmatch(text, tokens[k].end, tokens[k + 1].start))


def _runs_in(text: str, token: DateMention) -> bool:
    """ "realizowany w 2010 roku", "W 2024 roku Gmina … prowadzi": the project runs in the token's span."""
    if m := _VERB_IN_BEFORE.search(text, max(0, token.start - _CUE_WINDOW), token.start):
        return not (
            _IN_FRAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _CALL_OBJECT.match(text, m.start())
            or _CALL_NOUN_BEFORE.search(text, max(0, m.start() - 24), m.start())
            or _EXPENSES.search(text, _sentence_start(text, m.start()), m.start())
        )
    window = max(0, token.start - _CUE_WINDOW)
    public = token.precision == "year" and text.find("ubliczn", window, token.start) >= 0  # cheap test first
    if public and _PUBLIC_TASK_IN_BEFORE.search(text, window, token.start):
        return True
    realisation = token.precision == "year" and text.find("ealizacji", window, token.start) >= 0  # cheap test first
    if realisation and _REALISATION_IN_BEFORE.search(text, window, token.start):
        return True
    if token.precision == "year" and _public_task_year(text, token):
        return True
    if not _IN_BEFORE.search(text, max(0, token.start - 12), token.start):
        return False
    m = _VERB_AFTER.match(text, token.end)
    if m is None or _CALL_NOUN_NEXT.match(text, m.end()) or _CALL_NOUN.search(text, token.end, m.end()):
        return False  # (nor "We wrześniu 2015 r. przeprowadzono rekrutację": a call's date)
    # ... and what is carried out is the work, not spending or an order: "W roku 2011 wydatki Gminy zrealizowano w
    # 95% planu", "W grudniu 2021 Ośrodek zrealizował zamówienie na sprzęt" (a budget's or a purchase's date)
    # (nor spending's own "wykonanie": "Wydatki majątkowe Gminy w 2022 r. zostały wykonane na poziomie …")
    return not (
        _SPENDING.search(text, token.end, m.end())
        or _SPENDING_AFTER.match(text, m.end())
        or _EXPENSES.search(text, _sentence_start(text, token.start), token.start)
    )


def _launched(text: str, at: int) -> bool:
    """ "Projekt ruszył 1 lutego 2021 r.": a launch verb right before `at` (looked for only where one is)."""
    window = max(0, at - 40)
    lowered = text[window:at].lower()
    if not ("rusz" in lowered or "start" in lowered):
        return False
    if _LAUNCHED_BEFORE.search(text, window, at):
        return True
    # ... or the work's noun earlier in its sentence: "Świetlice projektu „…”, który prowadzi Chorągiew, ruszyły
    # 1 września 2019 roku" (not a call's or a scheme's launch: "Nabór do projektu ruszył …", "Konkurs … ruszył …")
    verb = _LAUNCH_VERB_BEFORE.search(text, window, at)
    if verb is None:
        return False
    opening = max(text.rfind("\n", 0, verb.start()), text.rfind(". ", 0, verb.start()), verb.start() - 200)
    sentence = text[opening + 1 : verb.start()]
    work = _WORK_NOUN.search(sentence)
    # (only the subject's words before the work's noun: "Projekt realizowany w ramach programu … ruszył" launches
    # the project, a programme named after it is no call's or scheme's launch)
    return work is not None and not _LAUNCH_NOT_WORK.search(sentence, 0, work.start())


# "Budowę hospicjum … od 2015 r. prowadzi Fundacja": "od", the date, the verb, and the work named before them.
_VERB_RIGHT_AFTER = re.compile(rf"{_HS}+(?i:prowadz[iąo]\w*|realizuj[eą]\w*|(?:po)?trwa(?:ją)?)(?!\w)")
_WORK_IN_CLAUSE = re.compile(
    r"(?<!\w)(?i:projekt\w*|zadani[ea]\w*|inwestycj\w*|budow\w*|remont\w*|modernizacj\w*)(?!\w)"
    # a comma or a relative "któr…" ends the work's clause: "remont świetlicy, którą od 2012 r. prowadzi Koło …"
    r"(?:(?!(?i:któr))[^.;,\n]){0,80}\Z"
)


def _od_then_verb(text: str, token: DateMention) -> int | None:
    """Where "od" stands before `token` when a verb of running follows the date and the work is named before."""
    od = _OD_BEFORE.search(text, max(0, token.start - _OD_REACH), token.start)
    if od is None or not _VERB_RIGHT_AFTER.match(text, token.end):
        return None
    if _OPENING_BEFORE.search(text, max(0, od.start() - 12), od.start()):
        return None  # "Od 2015 r. prowadzi …" opens its sentence: `_OD_OPENING` reads it
    return od.start() if _WORK_IN_CLAUSE.search(text, max(0, od.start() - 90), od.start()) else None


# What the funding makes possible from a day on: "Dzięki temu od 1 kwietnia 2011 r. świetlica będzie mogła dalej
# działać", "Dlatego od miesiąca września 2020 roku przywitamy kolejnych Uczestników", "Dzięki dotacji od marca 2024 r.
# …": a consequence (dzięki …, dlatego, w związku z tym, tym samym) dated "od" after the grant was told, the start of
# the funded work.
_CONSEQUENCE_OD_BEFORE = re.compile(
    rf"(?<!\w)(?i:dzięki(?:{_HS}+(?:temu|niemu|niej|nim|dotacji|dofinansowaniu|środkom|wsparciu|grantowi|"
    rf"pieniądzom|funduszom))|dlatego|w{_HS}+związku{_HS}+z{_HS}+tym)(?!\w)"
    rf"(?:{_HS}+[^\s\d.,;:!?]+){{0,5}}?,?{_HS}+(?P<od>(?i:od)){_OD_NOUN}{_HS}+\Z"
)
# ... the grant told before it, in its sentence or the ones before (a paragraph may end between)
_FUNDED_BEFORE = re.compile(
    r"(?i:dotac|dofinansow|grant|przyzna[nłj]|otrzyma|dostał|dostan|pozyska|środk\w*\s+finansow|pieniądze|pieniędzy)"
)
_FUNDED_REACH = 300


def _funded_from(text: str, token: DateMention) -> int | None:
    """Where "od" stands before `token` in a consequence of the funding told before it ("Dzięki temu od …")."""
    window = max(0, token.start - 80)
    m = _CONSEQUENCE_OD_BEFORE.search(text, window, token.start)
    if m is None or not _FUNDED_BEFORE.search(text, max(0, m.start() - _FUNDED_REACH), m.start("od")):
        return None
    return m.start("od")


# "Do końca 2022 roku gmina wybuduje świetlicę", "Do 30 września 2023 r. Fundacja przeprowadzi 20 warsztatów", "Do
# końca czerwca zostanie wyremontowana droga", "Do 31 marca gmina musi zrealizować zadanie": a sentence opening on
# "Do" and a date, then (a subject and) a future, present or must-verb of the work (`extract.period_verbs`), is the
# work's end; "Do 15 kwietnia należy złożyć wniosek" (no verb of the work), "… sprawozdanie z realizacji" (a noun)
# and "Do końca 2020 r. gmina zrealizowała 5 projektów" (past: work counted) are not.
_OPENING_DO_BEFORE = re.compile(rf"(?:\A|[.!?\n]){_HS}*(?P<do>(?i:do))(?:{_HS}+(?i:końca|dnia))?{_HS}+\Z")
_WORK_VERB_AFTER = re.compile(
    rf"(?:{_HS}+(?i:r\.|roku))?,?(?:{_HS}+[^\s\d.;:!?]+){{0,4}}?{_HS}+"
    rf"(?:{FUTURE_WORK_PASSIVE}|{FUTURE_WORK_ACTIVE}|(?<!\w)(?i:będ(?:zie|ą)|jest|są)"
    rf"{_HS}+(?i:realizowan|prowadzon|wykonywan)\w*)"
)


def _opening_do_then_work(text: str, token: DateMention) -> int | None:
    """Where "Do" begins when a sentence opens on "Do (końca) <date>" and a verb of the work follows."""
    do = _OPENING_DO_BEFORE.search(text, max(0, token.start - 16), token.start)
    if do is None or not _WORK_VERB_AFTER.match(text, token.end):
        return None
    return do.start("do")


def _verb_after_opening(text: str, token: DateMention) -> re.Match[str] | None:
    """ "W marcu 2021 r. rozpoczęto realizację": a start or end verb after the date a sentence opens with."""
    if not _OPENING_BEFORE.search(text, max(0, token.start - 12), token.start):
        return None
    m = _START_VERB_AFTER.match(text, token.end) or _END_VERB_AFTER.match(text, token.end)
    return None if m is None or _CALL_AFTER.match(text, m.end()) else m


_HS_CHARS = " \t\u00a0\u2009\u202f"  # _HS's characters
_LAST_WORD_CHARS = 6  # the longest word a cue below can end with ("końca", "dnia"), and one more


def _last_word(text: str, start: int, end: int) -> str:
    """The end of the word right before the white space (_HS) that ends `text[start:end]`, as `cue_text` reads
    letters (so a case-insensitive regex ending there needs one of its words at its end); "" when no white
    space ends it.

    Each cue regex of `_open_ended` ends in a word (or a verb), white space and the window's end (\\Z): it is
    searched in the window (at every position of it, so each search costs the window's length) only when
    that word can be there.
    """
    at = end
    while at > start and text[at - 1] in _HS_CHARS:
        at -= 1
    if at == end:
        return ""
    return cue_text(text[max(start, at - _LAST_WORD_CHARS) : at].lower())


# "w lipcu i sierpniu 2022 r.", "w kwietniu oraz maju 2018 roku": two months of one year joined by "i", the year once.
_MONTH_AND_BEFORE = re.compile(rf"(?<!\w)(?P<mo>{_MONTH}){_HS}+(?i:i|oraz){_HS}+\Z")


def _months_joined(text: str, token: DateMention) -> DateMention | None:
    """The span from a yearless month joined by "i" to the month-and-year `token` ("lipcu i sierpniu 2022"), or None."""
    before = text[max(0, token.start - 8) : token.start]
    if " i " not in before and " oraz " not in before:  # cheap test first
        return None
    m = _MONTH_AND_BEFORE.search(text, max(0, token.start - 30), token.start)
    if m is None or token.value is None or token.last is None:
        return None
    first = date(token.value.year, MONTHS[m.group("mo").lower()], 1)
    if first >= token.value:
        return None
    return DateMention(first, token.last, "month", text[m.start() : token.end], m.start(), token.end)


def _open_ended(text: str, tokens: list[DateMention], reference: date | None) -> list[_Candidate]:
    """ "Projekt trwa do 31.03.2021 r.", "realizowany od 1 lipca 2019 r.", "realizowany w 2010 roku"."""
    found: list[_Candidate] = []
    for k, token in enumerate(tokens):
        window = max(0, token.start - _CUE_WINDOW)
        word = _last_word(text, window, token.start)
        # the verbs of _END_VERB_BEFORE and _START_VERB_BEFORE: "(za|u)kończ…", "dobiegł końca", "rozpocz…", "zacz…"
        verbs = cue_text(text[window : token.start].lower()) if word else ""
        if word.endswith(("do", "dnia", "końca", "roku", "źniej")) and (
            m := _END_CUE.search(text, window, token.start)
        ):
            if _CALL_OBJECT.match(text, m.start()):
                continue
            if _opens_range(text, tokens, k):
                continue  # "trwającą do 2019-2023 roku": a range after "do" is no end
            last = _chain_end(text, tokens, k)
            found.append(_candidate(_END_ONLY, m.start("do"), None, last, last.end))
        elif word.endswith(("od", "dnia", *_OD_NOUN_ENDS)) and (m := _START_CUE.search(text, window, token.start)):
            if _CALL_OBJECT.match(text, m.start()):
                continue
            found.append(_candidate(_START_ONLY, m.start("od"), token, None, token.end))
        elif "końc" in verbs and _END_VERB_BEFORE.search(text, window, token.start):
            found.append(_candidate(_END_ONLY, token.start, None, token, token.end))
        elif ("cz" in verbs and _START_VERB_BEFORE.search(text, window, token.start)) or _launched(text, token.start):
            found.append(_candidate(_START_ONLY, token.start, token, None, token.end))
        elif (m := _verb_after_opening(text, token)) is not None:
            if m.re is _START_VERB_AFTER:
                found.append(_candidate(_START_ONLY, token.start, token, None, token.end))
            else:
                found.append(_candidate(_END_ONLY, token.start, None, token, token.end))
        elif word.endswith(("do", "końca", "dnia")) and (do_at := _opening_do_then_work(text, token)) is not None:
            found.append(_candidate(_END_ONLY, do_at, None, token, token.end))
        elif word.endswith(("od", *_OD_NOUN_ENDS)) and (
            (od_at := _od_then_verb(text, token)) is not None or (od_at := _funded_from(text, token)) is not None
        ):
            found.append(_candidate(_START_ONLY, od_at, token, None, token.end))
        elif (m := _OD_OPENING.search(text, max(0, token.start - 24), token.start)) and _RUNS_AFTER.match(
            text, token.end
        ):
            found.append(_candidate(_START_ONLY, m.start(), token, None, token.end))
        elif (
            token.precision != "day"
            and word.endswith(("na", "rok", "w", "we"))
            and _PLANNED_BEFORE.search(text, window, token.start)
        ):
            found.append(_candidate(_YEARS, token.start, token, token, token.end))
        elif token.precision != "day" and _runs_in(text, token):
            last = _and_year(text, tokens, k)
            found.append(_candidate(_IN_SPAN, token.start, token, last, last.end))
        elif (
            token.precision == "month"
            and (months := _months_joined(text, token)) is not None
            and _runs_in(text, months)
        ):
            found.append(_candidate(_IN_SPAN, months.start, months, months, months.end))
    if reference is not None:
        for m in _OD_MONTH.finditer(text):
            if _RUNS_AFTER.match(text, m.end()):
                start = date(reference.year, MONTHS[m.group("mo").lower()], 1)
                found.append(_Candidate(_START_ONLY, m.start(), m.end(), start, None))
    return found


def _own(text: str, cand: _Candidate) -> bool:
    """Whether an unlabelled candidate may be this project's period: not a call or collection window,
    a stage of the work, or an earlier project's or edition's dates."""
    before = max(0, cand.pos - _CALL_WINDOW)
    if cand.rank in (_OD_DO, _DASHED) and not _worded(text, cand):
        return False
    if _CALL_NOUN_AFTER.match(text, cand.end_pos):
        return False  # "w prowadzonym od 2009 roku konkursie": the participle's dates are the contest's
    if _outside_project(text, cand):
        return False
    return not (
        ((call := _CALL_BEFORE.search(text, before, cand.pos)) and not _calls_task_term(text, call, cand.pos))
        or _STAGE_BEFORE.search(text, before, cand.pos)
        or _EARLIER_BEFORE.search(text, before, cand.pos)
        or (_WINDOW_AFTER.match(text, cand.end_pos) and _SENTENCE_OPENING.search(text, max(0, cand.pos - 20), cand.pos))
        or _programme_run(text, cand)
        or _programme_clause(text, cand)
        or _applied_for(text, cand)
    )


# An event's start or end is no project's ("Spotkanie informacyjne trwało do 15 marca 2024 r.", "Konferencja
# rozpocznie się 3 czerwca 2024 r."), unless the clause names the work ("Spotkania w ramach projektu potrwają do …").
_EVENT_NOUN = re.compile(
    r"(?<!\w)(?i:spotkani|zebrani|konferencj|posiedzeni|sesj[aię]|uroczystoś|gal[aię](?!\w)|piknik|festyn|koncert"
    r"|debat|wiec(?:u|em)?(?!\w)|jarmark)"
)
_PROJECT_WORK = re.compile(
    r"(?<!\w)(?i:projekt|zadani|realizacj|inwestycj|przedsięwzię|program|(?:prze|roz|od|wy)?budow|remont|termomoderniz"
    r"|moderniz|prac[aeyi]?(?!\w)|robot|zajęci|szkoleni|warsztat)"
)  # (the work named in the clause: "Na sesji wójt poinformował, że budowa drogi zakończy się …" is the work's end)
# Work a sentence says the project does not hold: "Do 30 czerwca 2025 r. wykonawca wybuduje parking, który nie
# jest objęty projektem", "… poza zakresem projektu".
_NOT_IN_PROJECT = re.compile(
    rf"(?<!\w)(?i:nie{_HS}+(?:jest|są|był[aoy]?|były|będzie|będą|został[aoy]?|zostały|zostanie|zostaną){_HS}+objęt\w*"
    rf"{_HS}+(?:tym{_HS}+)?projekt|nie{_HS}+wchodz\w*{_HS}+w{_HS}+zakres{_HS}+projekt|poza{_HS}+(?:zakresem{_HS}+)?projekt)"
)  # (the project as what does not hold the work: "nie jest objęty pomocą publiczną" is no such word)
# A clause of its own: "Remont potrwa do 31 października 2024 r., natomiast plac zabaw nie jest objęty projektem."
_CLAUSE_BREAK = re.compile(rf";|,{_HS}+(?i:a|ale|natomiast|zaś|jednak)(?!\w)")


def _outside_project(text: str, cand: _Candidate) -> bool:
    """Whether `cand` dates an event's start or end, or work its sentence says the project does not hold."""
    start = _sentence_start(text, cand.pos)
    stop = _sentence_stop(text, cand.end_pos - (text[cand.end_pos - 1 : cand.end_pos] == "."))  # "2024 r. Do": its end
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, start, cand.pos)), default=start)
    clause_stop = next((m.start() for m in _CLAUSE_BREAK.finditer(text, cand.end_pos, stop)), stop)
    if _NOT_IN_PROJECT.search(text, clause_start, clause_stop):
        return True
    return (
        cand.rank in (_START_ONLY, _END_ONLY)
        and _EVENT_NOUN.search(text, start, cand.pos) is not None
        and _PROJECT_WORK.search(text, start, cand.pos) is None
    )


# An application's sentence names the years the money is asked for, no project's period (tests/realtext/README.md:
# "na lata 2019-2020" naming the years a grant was asked for gives none): "Gmina złożyła do Funduszu wniosek o
# dotację, z której miały zostać pokryte … na lata 2019-2020", "Powiat znów wystąpił o pieniądze z Funduszu, by
# prowadzić w roku 2023 program", "Wniosek o dofinansowanie złożyliśmy …", "organizacje ubiegały się o zlecenie im w
# 2022 roku zadań", in every person and tense; not once the sentence says the money came ("… i otrzymała dotację na
# lata …").
_APPLIED_BEFORE = re.compile(
    r"(?<!\w)(?i:(?:złoż|składa|złożon|przesła|wysła)\w*(?:\s+[^\s.;:!?]+){0,12}?\s+wniosk?\w*\s+o(?!\w)"
    r"|wnios(?:ek|ki|ku)\s+o(?:\s+[^\s.;:!?]+){0,3}?\s+(?:złoż|składa|przesła|wysła)\w*"
    r"|wystąpi\w*(?:\s+[^\s.;:!?]+){0,3}?\s+o(?!\w)|(?:ubiega|ubiegał|ubiegal|stara|starał)\w*\s+się\s+o(?!\w)"
    r"|aplik(?:uj|ow)\w*\s+o(?!\w)|wnioskow(?:ał|ali|ała|ało|uje|ują|ać)\w*\s+o(?!\w))"
)
# (what is applied for: money or a commission, not "wystąpią o godz. 17", "wystąpił o zgodę Rady")
_MONEY_ASKED = re.compile(
    r"[ \t\u00a0]+(?:\w+[ \t\u00a0]+)?(?i:dotac|dofinans|środk|pieniądz|pieniędz|grant|wsparci|zleceni|przyznani|"
    r"pomoc\w*[ \t\u00a0]+finans|subwencj|promes|fundusz)"
)
_GOT_AFTER_APPLYING = re.compile(r"(?<!\w)(?i:otrzyma|uzyska|przyzna|dosta|pozyska|rozpatrzon)\w*")
_OWN_CLAUSE = re.compile(
    rf"{_CLAUSE_BREAK.pattern}|(?<!\w)(?i:realizuje|trwa|prowadzi|realizowan\w*\s+jest)(?!\w)"
)  # (a clause of its own, `_CLAUSE_BREAK`, or a verb of the work)
_APPLYING_WORDS = ("wnios", "wystąpi", "ubieg", "stara", "aplik")


def _applied_for(text: str, cand: _Candidate) -> bool:
    """Whether `cand` stands in a sentence applying for money, after the application's words."""
    start = _sentence_start(text, cand.pos)
    lowered = text[start : cand.pos].lower()
    if not any(word in lowered for word in _APPLYING_WORDS):  # cheap test first
        return False
    applied = _APPLIED_BEFORE.search(text, start, cand.pos)
    if applied is None or not (_MONEY_ASKED.search(applied.group(0)) or _MONEY_ASKED.match(text, applied.end())):
        return False
    between = text[applied.end() : cand.pos]
    # (a clause of its own between: "Wójt wystąpił o dotację; projekt trwa od …", "…, a projekt realizowany jest od")
    return not _GOT_AFTER_APPLYING.search(between) and not _OWN_CLAUSE.search(between)


# A participle's phrase before its noun ("w prowadzonym w województwie od 2009 roku konkursie", "ogłaszanym od 2015
# r. naborze"): the dates belong to the noun after them, here a contest or a call, no project's work.
# (in lower case: "… 2021 r. Nabór dzieci rozpocznie się …" is the next sentence)
_CALL_NOUN_AFTER = re.compile(rf"{_HS}+(?:konkurs|nabor|nabór)\w*(?!\w)")
_RANGE_CUE = re.compile(
    r"(?<!\w)(?i:z?realiz\w*|(?:po)?prowadz\w*|poprowadzi|(?:po)?trwa\w*|wykon\w*|wykorzyst\w*|wydatkow\w*|wdraż\w*"
    r"|rusz\w*|obejm\w*|odbyw\w*|okres\w*|terminie|projekt\w*|zadani[eau]\w*|przedsięwzię\w*)"
)
_LINE_LEAD = re.compile(r"[ \t\u00a0•·*▪◦–-]*")
_TRAILING_STOPS = re.compile(r"[ \t\u00a0\n.;]*")
_LINE_REACH = 200  # how far back a range's line start, and the line above it, are looked for


def _worded(text: str, cand: _Candidate) -> bool:
    """Whether an unlabelled range's sentence says it is the work's time (a verb of carrying out or running, "w
    okresie", "w terminie"), or, alone on its line, the line above does; a bare range is as often an event's days, a
    call's or a review's."""
    start, end = _sentence_start(text, cand.pos), _sentence_stop(text, cand.end_pos)
    if _RANGE_CUE.search(text, start, cand.pos) or _RANGE_CUE.search(text, cand.end_pos, end):
        return True
    # (every search bounded: a 100 KB text of ranges on one line must not rescan it for each)
    line = text.rfind("\n", max(0, cand.pos - _LINE_REACH), cand.pos) + 1
    if (line == 0 and cand.pos > _LINE_REACH) or _LINE_LEAD.fullmatch(text, line, cand.pos) is None:
        return False
    if line == 0:  # a range handed alone (a table cell's value): nothing but stops after it
        stops = _TRAILING_STOPS.match(text, cand.end_pos)
        return stops is not None and stops.end() == len(text)
    above_end = line - 1
    while above_end > 0 and text[above_end - 1] in " \t\u00a0\n":
        above_end -= 1  # past the blank lines between
    above = text.rfind("\n", max(0, above_end - _LINE_REACH), above_end) + 1
    return bool(_RANGE_CUE.search(text, max(above, above_end - _LINE_REACH), above_end))


# A programme's own run for many units (tests/realtext/README.md: "Program będzie prowadzony od 1 stycznia do 31
# grudnia 2024 r.", for all gminy, is a programme's years): a sentence whose subject is the programme, dating it
# and naming its many addressees ("Program, adresowany do wszystkich gmin, będzie prowadzony od …", "…; gminy,
# które do niego przystąpią, dostaną …").  A programme a named unit runs ("Program realizowany jest od 01.01.2025
# r. do 31.12.2025 r." on its gmina's page) keeps its dates.
_PROGRAMME_SUBJECT_BEFORE = re.compile(rf"(?:\A|[.!?\n])[ \t\u00a0]*(?i:program)\w*(?!\w){_CLAUSE_CHAR}{{0,120}}\Z")
_MANY_UNITS = re.compile(
    r"(?<!\w)(?i:(?:wszystki(?:e|ch)|każd[aey])\s+(?:gmin|samorząd|jednost|powiat)\w*"
    r"|(?:gminy|samorządy|powiaty|jednostki(?:\s+samorządu(?:\s+terytorialnego)?)?),?\s+(?:któr|chętn)\w*)"
)
# `org_sentences.SENTENCE_STOP_OR_LINE_BREAK`, or a mark with only spaces after it to the end of the scan: a programme's
# last date ("… do 31.12.2025 r.") may close its sentence and the text.
_SENTENCE_STOP_LINE_BREAK_OR_TEXT_END = re.compile(r"\n|[.!?](?=[ \t\u00a0]+[A-ZĄĆĘŁŃÓŚŹŻ„\"]|[ \t\u00a0]*\Z)")


def _programme_run(text: str, cand: _Candidate) -> bool:
    """Whether `cand` dates a programme's own run for many units, in a sentence whose subject is the programme."""
    opening = _PROGRAMME_SUBJECT_BEFORE.search(text, max(0, cand.pos - 130), cand.pos)
    if opening is None:
        return False
    # (a date's "r." may end the sentence)
    stop = _SENTENCE_STOP_LINE_BREAK_OR_TEXT_END.search(text, cand.end_pos - 1, cand.end_pos + 200)
    end = stop.start() if stop else min(len(text), cand.end_pos + 200)
    return bool(_MANY_UNITS.search(text, opening.start(), cand.pos) or _MANY_UNITS.search(text, cand.end_pos, end))


# A relative clause on a programme dates the programme (tests/realtext/README.md: a programme's own run is no period):
# "Gmina chce przystąpić do programu, który ma trwać od stycznia 2023 r. do grudnia 2023 r.", "… z Programu „Asystent”,
# który będzie realizowany do końca 2024 r.", "w programie, którego realizacja potrwa do …"; not when the clause names
# the work ("programu, który finansuje projekt realizowany od …": the project's own dates).
_PROGRAMME_CLAUSE_BEFORE = re.compile(
    r"(?<!\w)(?i:program\w*)(?:\s+[„\"][^”\"\n]{1,80}[”\"])?,\s+(?i:któr\w+)"
    rf"(?:{_HS}+(?!(?i:projekt|zadani|inwestycj|przedsięwzię|prac)\w*)[^\s\d.,;:!?]+){{0,4}}?{_HS}+\Z"
)


# ... and a participle on it after a comma, agreeing with the programme's noun in case: "Kontynuuje on program
# Wspierania Inicjatyw Obywatelskich, prowadzony w latach 2006-2007" (no work named in the programme's phrase). A
# participle in another case or gender is the project's ("w ramach programu Senior+, realizowany od …", "prowadzone
# od …"); a sentence opening with "Program „X” realizowany od …" is `_programme_run`'s to decide.
_PROGRAMME_PARTICIPLE_BEFORE = re.compile(
    r"(?<=[a-ząćęłńóśźż][ \t\u00a0])(?i:program(?P<case>u|owi|em|ie)?)(?!\w)"
    r"(?:\s+(?!(?i:projekt|zadani|zadań|przedsięwzię|inwestycj|operacj))[^\s.;:!?,]+){0,8}?"
    rf",{_HS}+(?i:(?:realizowan|prowadzon|wdrażan)(?P<ending>y|ego|emu|ym)){_HS}+\Z"
)
# The participle's ending each case of "program" takes (nominative and accusative "program": "-y").
_AGREEING = {None: "y", "u": "ego", "owi": "emu", "em": "ym", "ie": "ym"}


def _programme_participle(text: str, window: int, pos: int) -> re.Match[str] | None:
    """`_PROGRAMME_PARTICIPLE_BEFORE`'s match before `pos` when its participle agrees with the programme's noun."""
    m = _PROGRAMME_PARTICIPLE_BEFORE.search(text, window, pos)
    case = m.group("case").lower() if m and m.group("case") else None
    return m if m and _AGREEING[case] == m.group("ending").lower() else None


def _programme_clause(text: str, cand: _Candidate) -> bool:
    """Whether `cand` stands in a relative clause or a participle's on a programme, right after its verb."""
    window = max(0, cand.pos - 140)
    if "rogram" not in text[window : cand.pos]:  # cheap test first
        return False
    m = _PROGRAMME_CLAUSE_BEFORE.search(text, window, cand.pos) or _programme_participle(text, window, cand.pos)
    # (a programme a named unit runs keeps its dates, as `_programme_run`'s: "Gmina realizuje program „Asystent”,
    # który potrwa do …")
    return m is not None and not _UNIT_RUNS_BEFORE.search(text, max(0, m.start() - 40), m.start())


_UNIT_RUNS_BEFORE = re.compile(rf"(?<!\w)(?i:realizuj\w*|prowadz(?:i|ą|imy)){_HS}+(?:[^\s\d.,;:!?]+{_HS}+)?\Z")


_SAME_SENTENCE = re.compile(rf"{_CLAUSE_CHAR}*")
# "Od 15.02.2015 roku Towarzystwo prowadzi projekt „…”. Zadanie potrwa do 15 grudnia 2015 roku": an end in
# the very next sentence, when that sentence is about the project, closes the start.
_NEXT_SENTENCE = re.compile(
    rf"{_CLAUSE_CHAR}*[.!?][ \t\u00a0]+(?:(?i:obecn[aey]|bieżąc[aey]|ta|ten|nasz[aey]?|cał[aey])[ \t\u00a0]+)?"
    r"(?:(?i:edycj[aię]|faz[aię]|częś[ćc])[ \t\u00a0]+)?"
    r"(?i:projekt[u]?|zadani[ea]|realizacj[aię]|przedsięwzięci[ea]|inwestycj[aię]|prace)(?!\w)"
    rf"{_CLAUSE_CHAR}*"
)


def _joined(text: str, best: _Candidate, candidates: list[_Candidate]) -> _Candidate:
    """ "Prace rozpoczęły się w kwietniu 2023 r., a zakończyły 29 września 2023 r.": a start and an end
    stated in one sentence are one period."""
    if best.rank not in (_START_ONLY, _END_ONLY):
        return best
    other_rank = _END_ONLY if best.rank == _START_ONLY else _START_ONLY
    for other in candidates:
        if best.rank == _END_ONLY and other.rank == _IN_SPAN and other.start is not None:
            # "zadanie trzeba zrealizować w 2026 roku, a dotację wykorzystać najpóźniej do 31 grudnia 2026 r.": the
            # year the work runs in, then its last day, in one sentence: from the year's start to that day
            if (
                best.end is not None
                and other.end is not None
                and other.start <= best.end <= other.end  # (the year of the work holds its last day)
                and other.end_pos <= best.pos
                and best.pos - other.end_pos <= _SENTENCE_REACH  # (bounded: each fullmatch reads up to the end)
                and _SAME_SENTENCE.fullmatch(text, other.end_pos, best.pos)
            ):
                return _Candidate(best.rank, other.pos, best.end_pos, other.start, best.end, best.warnings)
            continue
        if other.rank != other_rank:
            continue
        first, last = (best, other) if best.rank == _START_ONLY else (other, best)
        gap = first.end_pos - (text[first.end_pos - 1 : first.end_pos] == ".")  # "2019 r. Trwa": a sentence's end
        if (
            first.end_pos <= last.pos
            and last.pos - first.end_pos <= 2 * _SENTENCE_REACH
            and (_SAME_SENTENCE.fullmatch(text, gap, last.pos) or _NEXT_SENTENCE.fullmatch(text, gap, last.pos))
        ):
            return _Candidate(
                first.rank, first.pos, last.end_pos, first.start, last.end, first.warnings + last.warnings
            )
    return best


def _verb_pairs(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """A start verb's date and an end verb's date that `_joined` makes one period ("Projekt rozpoczął się 1 grudnia
    2009 r., a potrwa do końca października 2013 r."), ranked as a range: the project's own start and end, said
    with verbs, are as explicit as "od … do …", so a later range of a part of the work ("W szkołach zajęcia trwają
    od czerwca 2010 r. do września 2013 r.") does not outrank them (the earlier one wins, as between two ranges)."""
    # (a start is joined to an end only, at most two sentences' reach after it: each start is given the ends in
    # that window, in the candidates' order, found by bisection; not all the candidates, quadratic on a long page)
    ends = sorted((c.pos, k, c) for k, c in enumerate(candidates) if c.rank == _END_ONLY)
    end_starts = [pos for pos, _, _ in ends]
    pairs = []
    for cand in candidates:
        if cand.rank != _START_ONLY:
            continue
        window = ends[
            bisect_left(end_starts, cand.end_pos) : bisect_right(end_starts, cand.end_pos + 2 * _SENTENCE_REACH)
        ]
        pair = _joined(text, cand, [c for _, _, c in sorted(window, key=lambda item: item[1])])
        if pair is not cand and pair.start is not None and pair.end is not None:
            pairs.append(_Candidate(_OD_DO, pair.pos, pair.end_pos, pair.start, pair.end, pair.warnings))
    return pairs


def _start_far_before(text: str, end: _Candidate, candidates: list[_Candidate]) -> _Candidate:
    """The one start of the text joined to its one end when both sentences name the project ("Instytut realizuje
    projekt … od kwietnia 2014. [… three sentences …] Obecna edycja projektu potrwa do końca października 2018 r."):
    the project's start and end, said apart; with two starts or two ends, which pair is not said."""
    starts = [c for c in candidates if c.rank == _START_ONLY]
    ends = [c for c in candidates if c.rank == _END_ONLY]
    if len(starts) != 1 or len(ends) != 1:
        return end
    start = starts[0]
    if start.start is None or end.end is None or start.end_pos > end.pos or start.start > end.end:
        return end
    for at, stop in ((start.pos, start.end_pos), (end.pos, end.end_pos)):
        if not _PROJECT_NOUN.search(text, _sentence_start(text, at), _sentence_stop(text, stop)):
            return end
    return _Candidate(start.rank, start.pos, end.end_pos, start.start, end.end, start.warnings + end.warnings)


_PROJECT_NOUN = re.compile(r"(?<!\w)(?i:projekt\w*)")


# "Termin realizacji projektu przedłużono do 31.12.2022 r.": the work's end, even with no start printed.
_WORK_EXTENDED = re.compile(r"(?i:realizac|projekt|zadani)\w*")


def _extension(text: str, token: DateMention) -> re.Match[str] | None:
    """The words extending something to the date `token` ("przedłużono do"), unless it is a call's deadline."""
    extended = _EXTENDED_BEFORE.search(text, max(0, token.start - 120), token.start)
    if extended and not _CALL_BEFORE.search(text, max(0, token.start - _CALL_WINDOW), token.start):
        return extended
    return None


def _extension_only(text: str, extensions: Sequence[DateMention]) -> PeriodMention | None:
    """The end an extension of the project's work sets, when the text states no period of its own."""
    for token in extensions:
        if (
            token.last is not None
            and (extended := _extension(text, token))
            and _WORK_EXTENDED.search(text, max(0, token.start - 120, text.rfind("\n", 0, token.start)), token.start)
        ):
            return PeriodMention(None, token.last, text[extended.start() : token.end], extended.start())
    return None


def find_period(
    text: str, *, reference: date | None = None, mentions: Sequence[DateMention] | None = None
) -> tuple[PeriodMention | None, list[str]]:
    """The realisation period `text` states (the most explicit one), plus warnings.

    `mentions`: `find_dates(text, reference=reference)` when the caller already has it, so a page's
    dates are found once, not once per field.
    """
    tokens = _tokens(text, reference, mentions)
    cues = text_cues(text)  # where the labels' regexes are worth trying
    candidates = [c for c in (_labelled(text, cues, tokens), _edges(text, cues, tokens)) if c is not None]
    if not candidates:
        candidates = [c for c in _ranges(text, tokens) + _open_ended(text, tokens, reference) if _own(text, c)]
        candidates.extend(_verb_pairs(text, candidates))
        if not candidates:  # "zostaną zrealizowane od 1 sierpnia do 14 listopada": no year printed
            found = (
                _Candidate(_OD_DO, r.pos, r.end_pos, r.start, r.end) for r in yearless_ranges(text, tokens, reference)
            )
            candidates = [c for c in found if _own(text, c)]
        if not candidates:  # "Projekt rozpocznie się we wrześniu": a start said ahead, no year printed
            starts = (
                _Candidate(_START_ONLY, r.pos, r.end_pos, r.start, None)
                for r in yearless_starts(text, tokens, reference)
            )
            candidates = [c for c in starts if _own(text, c)]
    extensions = tokens if "dłuż" in text or "DŁUŻ" in text else []
    if not candidates:
        return _extension_only(text, extensions), []
    best = _joined(text, min(candidates, key=lambda c: (c.rank, c.pos)), candidates)
    if best.rank == _END_ONLY and best.start is None:
        best = _start_far_before(text, best, candidates)
    for token in extensions:  # an extension moves the end: "okres realizacji przedłużono do 30.09.2021 r."
        new_end = token.last
        if (
            best.pos <= token.start < best.end_pos
            or new_end is None
            or (best.start is not None and new_end < best.start)
        ):
            continue
        if best.end is not None and new_end <= best.end:
            continue  # an extension moves the end later; an earlier date is some other deadline's
        if _extension(text, token):
            best = _Candidate(best.rank, best.pos, token.end, best.start, new_end, best.warnings)
    phrase = text[best.pos : best.end_pos]
    if best.start and best.end and best.start > best.end:
        return None, [*best.warnings, f'period "{phrase}" ends before it starts']
    return PeriodMention(best.start, best.end, phrase, best.pos), list(best.warnings)
