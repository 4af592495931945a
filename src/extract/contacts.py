"""Contacts: obfuscated e-mails, Polish phone numbers (to E.164) and the names beside them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PhoneMention:
    e164: str  # "+48774410260"
    text: str  # as printed, "(77) 441 02 60"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ContactMention:
    name: str | None
    phone: str | None  # E.164
    phone_text: str | None
    email: str | None


def find_emails(text: str) -> list[str]:
    """E-mail addresses, de-obfuscated ("urzad [at] um.opole.pl" -> "urzad@um.opole.pl"), in order, unique."""
    raise NotImplementedError


def find_phones(text: str) -> list[PhoneMention]:
    """Polish phone numbers in their usual spellings, normalised to E.164."""
    raise NotImplementedError


def find_contacts(text: str) -> list[ContactMention]:
    """Contact persons with the phone and e-mail printed next to them."""
    raise NotImplementedError
