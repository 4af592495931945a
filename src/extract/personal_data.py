"""`--no-personal-data`: the e-mails and phone numbers of private persons out of a record, the institution's kept.

What counts as which (the rule the tests pin):

- An e-mail address is personal when its domain is a free-mail provider (`FREE_MAIL`: gmail.com,
  wp.pl, o2.pl, onet.pl, interia.pl, …, and their subdomains), whatever its local part; or when
  its local part looks like a person's name: a given name alone (`anna@`), a given name and a
  surname (`jan.kowalski@`, `jan_kowalski@`), or an initial and a surname (`j.kowalski@`), parts
  split by ".", "_" or "-", trailing digits ignored.  Everything else on an institution's domain
  is institutional: role mailboxes (`urzad@`, `sekretariat@`, `gops@`, `bip@`, `kontakt@`,
  `info@`, …) and anything whose local part is not name-shaped (`jkowalski@` included: it cannot
  be told from `gopsmilicz@`).
- A phone number is personal when it is printed next to a person's name (after it, before the
  next person, a blank line or 300 characters, as the contact parser pairs them; or in a contact
  whose name is a person's) and it is either a mobile number (Polish mobile prefixes) or not
  marked as an office line: a switchboard, secretariat, office, reception, helpline or fax
  (`centrala`, `sekretariat`, `biuro`, `fax`, `urząd`, … printed on its line after the person's name
  and after the number before it; a person's job title such as "kierownik Działu Projektów" does not
  make their number the office's).  A number
  with no person next to it is the institution's.
- A person's name is two or three capitalised words, none of them an office word ("Referat
  Funduszy" is not a person).  Names themselves are kept: only the means of reaching a person go.

`drop_personal_data` removes such addresses and numbers from the record's contacts (a contact
left with neither is dropped), writes `[e-mail usunięty]` / `[telefon usunięty]` in their place
in the title and text, and says so in a warning; a record with nothing personal is returned
unchanged, so the function is idempotent.
"""

from __future__ import annotations

import re

from extract import jsonl
from extract.contacts import email_spans, find_phones, person_spans
from extract.model import Contact, Record

WARNING = "personal data dropped (--no-personal-data): {emails} e-mail address(es), {phones} phone number(s)"
EMAIL_MARK = "[e-mail usunięty]"
PHONE_MARK = "[telefon usunięty]"


def _words(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list (long lists read better as text than as literals)."""
    return frozenset(text.split())


FREE_MAIL = _words(
    """gmail.com googlemail.com wp.pl o2.pl onet.pl onet.eu op.pl vp.pl spoko.pl poczta.onet.pl
    poczta.onet.eu onet.com.pl interia.pl interia.eu interia.com poczta.fm int.pl gazeta.pl tlen.pl
    go2.pl buziaczek.pl autograf.pl wp.eu yahoo.com yahoo.pl hotmail.com outlook.com live.com msn.com
    icloud.com me.com aol.com protonmail.com proton.me pm.me gmx.com gmx.net gmx.de mail.com zoho.com
    yandex.com yandex.ru tutanota.com tuta.io"""
)
# Common Polish given names, as they are spelled in e-mail local parts (no diacritics).
GIVEN_NAMES = _words(
    """jan anna maria katarzyna malgorzata agnieszka krystyna barbara ewa elzbieta zofia janina teresa
    joanna magdalena monika jadwiga danuta irena halina helena beata aleksandra marta dorota marianna
    grazyna jolanta stanislawa iwona karolina bozena urszula justyna renata alicja paulina sylwia
    natalia wanda agata aneta izabela ewelina marzena wieslawa genowefa patrycja kazimiera edyta
    stefania julia weronika wiktoria zuzanna emilia kinga klaudia dominika kamila martyna lucyna
    mariola bogumila roza hanna lena oliwia amelia nikola piotr krzysztof andrzej tomasz pawel jozef
    marcin marek michal grzegorz jerzy tadeusz adam lukasz zbigniew ryszard dariusz henryk mariusz
    kazimierz wojciech robert mateusz marian rafal jacek janusz miroslaw maciej slawomir jaroslaw
    kamil wieslaw roman wladyslaw jakub artur zdzislaw edward mieczyslaw damian dawid przemyslaw
    sebastian czeslaw leszek daniel waldemar stanislaw bartosz szymon hubert filip patryk karol
    norbert arkadiusz radoslaw konrad adrian bogdan zenon igor oskar wiktor aleksander antoni
    franciszek ireneusz dominik witold lech bogumil kacper cezary emil eugeniusz stefan"""
)
# Words of an office's mailbox or name, never a surname: "m.promocja@" and "Referat Funduszy" are offices.
ROLE_WORDS = _words(
    """urzad ug um gmina gminy miasto miasta sekretariat sekretarz skarbnik kancelaria kontakt info
    informacja biuro office poczta mail bip gops mops mopr ops pcpr rops cus pup zgk gok mok gbp
    biblioteka szkola przedszkole dyrektor dyrekcja wojt burmistrz prezydent starosta starostwo rada
    promocja projekt projekty ue unia fundusze inwestycje zamowienia przetargi kadry ksiegowosc oswiata
    kultura sport admin administrator webmaster redakcja rzecznik prasa media iod rodo epuap euro
    swietlica osrodek centrum referat wydzial dzial zespol punkt"""
)
OFFICE_WORDS = _words(
    """urząd ośrodek gmina miasto powiat centrum regionalny miejski gminny projekt program fundusz
    stowarzyszenie fundacja szkoła starostwo biuro dział wydział referat sekretariat kancelaria
    zespół punkt świetlica biblioteka przedszkole kontakt informacja telefon tel"""
)
# A number's own line naming a switchboard, an office desk or the institution: the institution's line.
_OFFICE_LINE = re.compile(
    r"\b(?:centrala|sekretariat\w*|biur\w*|recepcj\w*|infolinia|informacj\w*|fax|faks\w*|kancelari\w*"
    r"|dyżur\w*|punkt\w*|urz[ąę]d\w*|ośrod\w*|starostw\w*)\b",
    re.IGNORECASE,
)
_MOBILE = frozenset({"45", "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"})
_NAME_WORD = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:-[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?")
_LOCAL_PART = re.compile(r"[a-z]+")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_REACH = 300  # characters after a person's name that may hold their number (as extract.contacts pairs them)


def is_free_mail(domain: str) -> bool:
    domain = domain.lower().rstrip(".")
    return any(domain == free or domain.endswith(f".{free}") for free in FREE_MAIL)


def is_personal_email(address: str) -> bool:
    """A private person's address: a free-mail domain, or a name-shaped local part (module docstring)."""
    local, _, domain = address.lower().rpartition("@")
    if not local or is_free_mail(domain):
        return bool(local)
    parts = [part.rstrip("0123456789") for part in re.split(r"[._\-]", local)]
    if not all(_LOCAL_PART.fullmatch(part) for part in parts) or any(part in ROLE_WORDS for part in parts):
        return False
    if len(parts) == 1:
        return parts[0] in GIVEN_NAMES
    first, last = parts[0], parts[-1]
    return len(parts) <= 3 and len(last) >= 2 and (first in GIVEN_NAMES or (len(first) == 1 and len(last) >= 3))


def looks_like_person(name: str | None) -> bool:
    """Two or three capitalised words, none an office's ("Jan Kowalski", not "Referat Funduszy")."""
    words = (name or "").split()
    return (
        2 <= len(words) <= 3
        and all(_NAME_WORD.fullmatch(word) for word in words)
        and not any(word.lower() in OFFICE_WORDS for word in words)
    )


def is_mobile(e164: str) -> bool:
    return e164.startswith("+48") and e164[3:5] in _MOBILE


def is_personal_phone(e164: str, *, person: str | None, before: str = "") -> bool:
    """A private person's number: next to `person`'s name, and a mobile or not an office line."""
    if not looks_like_person(person):
        return False
    return is_mobile(e164) or not _OFFICE_LINE.search(before)


def _cue(text: str, start: int, end: int) -> str:
    """What is printed before a number, e-mail addresses blanked (so redacting one never changes the cue)."""
    segment = text[start:end]
    for first, last, _ in reversed(email_spans(segment)):
        segment = f"{segment[:first]} {segment[last:]}"
    return segment


def _personal_phones_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, E.164) of the numbers in `text` that are personal, by who is printed before them."""
    persons = person_spans(text)
    phones = find_phones(text)
    found = []
    for index, phone in enumerate(phones):
        owner, after = None, 0
        for number, (_, end, name) in enumerate(persons):
            limit = min(persons[number + 1][0] if number + 1 < len(persons) else len(text), end + _REACH)
            if blank := _BLANK_LINE.search(text, end, limit):
                limit = blank.start()
            if end <= phone.start < limit:
                owner, after = name, end
        # The cue is what its line prints after the name (a label before it, "Informacji udziela", is
        # none) and after the previous number: "sekretariat: 71 …, tel. 71 …" has two cues.
        previous = phones[index - 1].end if index else 0
        cue_start = max(text.rfind("\n", 0, phone.start) + 1, after, previous)
        if is_personal_phone(phone.e164, person=owner, before=_cue(text, cue_start, phone.start)):
            found.append((phone.start, phone.end, phone.e164))
    return found


def _redact(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """`text` with each (start, end, mark, value) span replaced by its mark (overlaps: the first wins)."""
    out, at = [], 0
    for start, end, mark, _ in spans:
        if start >= at:
            out += [text[at:start], mark]
            at = end
    return "".join([*out, text[at:]])


def _personal_in(text: str, phones: set[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, mark, address or E.164) of the personal e-mails and numbers in `text`, in order."""
    spans = {(start, end, EMAIL_MARK, a) for start, end, a in email_spans(text) if is_personal_email(a)}
    spans |= {(start, end, PHONE_MARK, e164) for start, end, e164 in _personal_phones_in(text)}
    spans |= {(p.start, p.end, PHONE_MARK, p.e164) for p in find_phones(text) if p.e164 in phones}
    return sorted(spans)


def drop_personal_data(record: Record) -> Record:
    """The record without private persons' e-mails and phones (module docstring); unchanged when it has none."""
    prose = f"{record.title}\n\n{record.text}"  # what the contact parser read
    personal_phones = {e164 for _, _, e164 in _personal_phones_in(prose)}
    printed = {phone.e164 for phone in find_phones(prose)}
    emails: set[str] = set()
    contacts: list[Contact] = []
    for contact in record.contacts:
        email, phone, phone_text = contact.email, contact.phone, contact.phone_text
        if email and is_personal_email(email):
            emails.add(email.lower())
            email = None
        # A number the text prints is judged there (who is named before it, what cue); one from a
        # metadata table only by the contact's name.
        if phone and (phone in printed or not is_personal_phone(phone, person=contact.name)):
            phone = phone if phone not in personal_phones else None
        elif phone:
            personal_phones.add(phone)
            phone = None
        if (email, phone) == (contact.email, contact.phone):
            contacts.append(contact)
        elif email or phone:
            update = {"email": email, "phone": phone, "phone_text": phone_text if phone else None}
            contacts.append(contact.model_copy(update=update))
    title_spans = _personal_in(record.title, personal_phones)
    text_spans = _personal_in(record.text, personal_phones)
    for _, _, mark, value in [*title_spans, *text_spans]:
        (emails if mark == EMAIL_MARK else personal_phones).add(value.lower())
    if not (emails or personal_phones):
        return record
    warning = WARNING.format(emails=len(emails), phones=len(personal_phones))
    return record.model_copy(
        update={
            "title": _redact(record.title, title_spans),
            "text": _redact(record.text, text_spans),
            "contacts": contacts,
            "warnings": [*record.warnings, warning],
        }
    )


def redact_line(line: str) -> str:
    """A dataset line (`extract.jsonl.record_line`) without personal data; the very same line when it has none."""
    record = Record.model_validate(jsonl.loads(line), strict=False)
    redacted = drop_personal_data(record)
    return line if redacted is record else jsonl.record_line(redacted)
