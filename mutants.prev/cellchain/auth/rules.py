"""Pure authentication rules: password policy, lockout and session validity. No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from cellchain.auth.roles import Role

# A short deny-list of the passwords seen most in breaches (ASVS 6.2.4 asks for a larger list;
# sites can extend it). Compared case-insensitively.
COMMON_PASSWORDS = frozenset(
    {
        "123456789012", "password1234", "passwordpassword", "qwertyuiopas", "111111111111",
        "123123123123", "iloveyou1234", "abc123abc123", "administrator", "welcome12345",
        "changeme1234", "letmein12345", "password123!", "qwerty123456", "000000000000",
    }
)
MAX_PASSWORD_LENGTH = 128


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_password_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_password_problems__mutmut)
def password_problems(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_orig(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_1(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = None
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_2(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) <= min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_3(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(None)
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_4(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) >= MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_5(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(None)
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_6(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.upper() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_7(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() not in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_8(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append(None)
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_9(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("XXpassword is on the list of commonly used passwordsXX")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_10(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("PASSWORD IS ON THE LIST OF COMMONLY USED PASSWORDS")
    if username and username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_11(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username or username.lower() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_12(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.upper() in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_13(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() not in password.lower():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_14(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.upper():
        problems.append("password must not contain the username")
    return problems


def x_password_problems__mutmut_15(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append(None)
    return problems


def x_password_problems__mutmut_16(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("XXpassword must not contain the usernameXX")
    return problems


def x_password_problems__mutmut_17(password: str, *, username: str, min_length: int) -> list[str]:
    """Returns every reason password is unacceptable (empty when it is fine).

    ASVS 6.2.x: length is what counts; no composition rules; no breached or obvious values.
    """
    problems: list[str] = []
    if len(password) < min_length:
        problems.append(f"password must be at least {min_length} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(f"password must be at most {MAX_PASSWORD_LENGTH} characters")
    if password.lower() in COMMON_PASSWORDS:
        problems.append("password is on the list of commonly used passwords")
    if username and username.lower() in password.lower():
        problems.append("PASSWORD MUST NOT CONTAIN THE USERNAME")
    return problems

mutants_x_password_problems__mutmut['_mutmut_orig'] = x_password_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_1'] = x_password_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_2'] = x_password_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_3'] = x_password_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_4'] = x_password_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_5'] = x_password_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_6'] = x_password_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_7'] = x_password_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_8'] = x_password_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_9'] = x_password_problems__mutmut_9 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_10'] = x_password_problems__mutmut_10 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_11'] = x_password_problems__mutmut_11 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_12'] = x_password_problems__mutmut_12 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_13'] = x_password_problems__mutmut_13 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_14'] = x_password_problems__mutmut_14 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_15'] = x_password_problems__mutmut_15 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_16'] = x_password_problems__mutmut_16 # type: ignore # mutmut generated
mutants_x_password_problems__mutmut['x_password_problems__mutmut_17'] = x_password_problems__mutmut_17 # type: ignore # mutmut generated
mutants_x_normalise_username__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalise_username__mutmut)
def normalise_username(username: str) -> str:
    """Returns the stored form of a username: trimmed and lower-case (11.300(a) uniqueness)."""
    return username.strip().lower()


def x_normalise_username__mutmut_orig(username: str) -> str:
    """Returns the stored form of a username: trimmed and lower-case (11.300(a) uniqueness)."""
    return username.strip().lower()


def x_normalise_username__mutmut_1(username: str) -> str:
    """Returns the stored form of a username: trimmed and lower-case (11.300(a) uniqueness)."""
    return username.strip().upper()

mutants_x_normalise_username__mutmut['_mutmut_orig'] = x_normalise_username__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalise_username__mutmut['x_normalise_username__mutmut_1'] = x_normalise_username__mutmut_1 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_username_problems__mutmut)
def username_problems(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_orig(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_1(username: str) -> list[str]:
    name = None
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_2(username: str) -> list[str]:
    name = normalise_username(None)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_3(username: str) -> list[str]:
    name = normalise_username(username)
    if 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_4(username: str) -> list[str]:
    name = normalise_username(username)
    if not 3 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_5(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 < len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_6(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) < 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_7(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 65:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_8(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["XXusername must be 2 to 64 charactersXX"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_9(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["USERNAME MUST BE 2 TO 64 CHARACTERS"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_10(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if all(ch.isalnum() or ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_11(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(None):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_12(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() and ch in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_13(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch not in "._-" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_14(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "XX._-XX" for ch in name):
        return ["username may contain only letters, digits, '.', '_' and '-'"]
    return []


def x_username_problems__mutmut_15(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["XXusername may contain only letters, digits, '.', '_' and '-'XX"]
    return []


def x_username_problems__mutmut_16(username: str) -> list[str]:
    name = normalise_username(username)
    if not 2 <= len(name) <= 64:
        return ["username must be 2 to 64 characters"]
    if not all(ch.isalnum() or ch in "._-" for ch in name):
        return ["USERNAME MAY CONTAIN ONLY LETTERS, DIGITS, '.', '_' AND '-'"]
    return []

mutants_x_username_problems__mutmut['_mutmut_orig'] = x_username_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_1'] = x_username_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_2'] = x_username_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_3'] = x_username_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_4'] = x_username_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_5'] = x_username_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_6'] = x_username_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_7'] = x_username_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_8'] = x_username_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_9'] = x_username_problems__mutmut_9 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_10'] = x_username_problems__mutmut_10 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_11'] = x_username_problems__mutmut_11 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_12'] = x_username_problems__mutmut_12 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_13'] = x_username_problems__mutmut_13 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_14'] = x_username_problems__mutmut_14 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_15'] = x_username_problems__mutmut_15 # type: ignore # mutmut generated
mutants_x_username_problems__mutmut['x_username_problems__mutmut_16'] = x_username_problems__mutmut_16 # type: ignore # mutmut generated


@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int
    lock_for: timedelta
mutants_x_lock_until_after_failure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_lock_until_after_failure__mutmut)
def lock_until_after_failure(
    failures_so_far: int, *, policy: LockoutPolicy, now: datetime
) -> datetime | None:
    """Returns when the account unlocks if this failure reaches the limit, else None."""
    if failures_so_far + 1 >= policy.max_failures:
        return now + policy.lock_for
    return None


def x_lock_until_after_failure__mutmut_orig(
    failures_so_far: int, *, policy: LockoutPolicy, now: datetime
) -> datetime | None:
    """Returns when the account unlocks if this failure reaches the limit, else None."""
    if failures_so_far + 1 >= policy.max_failures:
        return now + policy.lock_for
    return None


def x_lock_until_after_failure__mutmut_1(
    failures_so_far: int, *, policy: LockoutPolicy, now: datetime
) -> datetime | None:
    """Returns when the account unlocks if this failure reaches the limit, else None."""
    if failures_so_far - 1 >= policy.max_failures:
        return now + policy.lock_for
    return None


def x_lock_until_after_failure__mutmut_2(
    failures_so_far: int, *, policy: LockoutPolicy, now: datetime
) -> datetime | None:
    """Returns when the account unlocks if this failure reaches the limit, else None."""
    if failures_so_far + 2 >= policy.max_failures:
        return now + policy.lock_for
    return None


def x_lock_until_after_failure__mutmut_3(
    failures_so_far: int, *, policy: LockoutPolicy, now: datetime
) -> datetime | None:
    """Returns when the account unlocks if this failure reaches the limit, else None."""
    if failures_so_far + 1 > policy.max_failures:
        return now + policy.lock_for
    return None


def x_lock_until_after_failure__mutmut_4(
    failures_so_far: int, *, policy: LockoutPolicy, now: datetime
) -> datetime | None:
    """Returns when the account unlocks if this failure reaches the limit, else None."""
    if failures_so_far + 1 >= policy.max_failures:
        return now - policy.lock_for
    return None

mutants_x_lock_until_after_failure__mutmut['_mutmut_orig'] = x_lock_until_after_failure__mutmut_orig # type: ignore # mutmut generated
mutants_x_lock_until_after_failure__mutmut['x_lock_until_after_failure__mutmut_1'] = x_lock_until_after_failure__mutmut_1 # type: ignore # mutmut generated
mutants_x_lock_until_after_failure__mutmut['x_lock_until_after_failure__mutmut_2'] = x_lock_until_after_failure__mutmut_2 # type: ignore # mutmut generated
mutants_x_lock_until_after_failure__mutmut['x_lock_until_after_failure__mutmut_3'] = x_lock_until_after_failure__mutmut_3 # type: ignore # mutmut generated
mutants_x_lock_until_after_failure__mutmut['x_lock_until_after_failure__mutmut_4'] = x_lock_until_after_failure__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_locked__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_locked__mutmut)
def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and locked_until > now


def x_is_locked__mutmut_orig(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and locked_until > now


def x_is_locked__mutmut_1(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None or locked_until > now


def x_is_locked__mutmut_2(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is None and locked_until > now


def x_is_locked__mutmut_3(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and locked_until >= now

mutants_x_is_locked__mutmut['_mutmut_orig'] = x_is_locked__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_locked__mutmut['x_is_locked__mutmut_1'] = x_is_locked__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_locked__mutmut['x_is_locked__mutmut_2'] = x_is_locked__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_locked__mutmut['x_is_locked__mutmut_3'] = x_is_locked__mutmut_3 # type: ignore # mutmut generated


@dataclass(frozen=True)
class SessionTimes:
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    ended_at: datetime | None
mutants_x_session_end_reason__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_session_end_reason__mutmut)
def session_end_reason(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now >= times.expires_at:
        return "expired"
    if now - times.last_seen_at >= idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_orig(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now >= times.expires_at:
        return "expired"
    if now - times.last_seen_at >= idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_1(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is None:
        return "signed_out"
    if now >= times.expires_at:
        return "expired"
    if now - times.last_seen_at >= idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_2(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "XXsigned_outXX"
    if now >= times.expires_at:
        return "expired"
    if now - times.last_seen_at >= idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_3(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "SIGNED_OUT"
    if now >= times.expires_at:
        return "expired"
    if now - times.last_seen_at >= idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_4(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now > times.expires_at:
        return "expired"
    if now - times.last_seen_at >= idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_5(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now >= times.expires_at:
        return "XXexpiredXX"
    if now - times.last_seen_at >= idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_6(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now >= times.expires_at:
        return "EXPIRED"
    if now - times.last_seen_at >= idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_7(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now >= times.expires_at:
        return "expired"
    if now + times.last_seen_at >= idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_8(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now >= times.expires_at:
        return "expired"
    if now - times.last_seen_at > idle:
        return "idle"
    return None


def x_session_end_reason__mutmut_9(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now >= times.expires_at:
        return "expired"
    if now - times.last_seen_at >= idle:
        return "XXidleXX"
    return None


def x_session_end_reason__mutmut_10(
    times: SessionTimes, *, now: datetime, idle: timedelta
) -> str | None:
    """Returns why a session can no longer be used, or None while it is valid."""
    if times.ended_at is not None:
        return "signed_out"
    if now >= times.expires_at:
        return "expired"
    if now - times.last_seen_at >= idle:
        return "IDLE"
    return None

mutants_x_session_end_reason__mutmut['_mutmut_orig'] = x_session_end_reason__mutmut_orig # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_1'] = x_session_end_reason__mutmut_1 # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_2'] = x_session_end_reason__mutmut_2 # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_3'] = x_session_end_reason__mutmut_3 # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_4'] = x_session_end_reason__mutmut_4 # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_5'] = x_session_end_reason__mutmut_5 # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_6'] = x_session_end_reason__mutmut_6 # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_7'] = x_session_end_reason__mutmut_7 # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_8'] = x_session_end_reason__mutmut_8 # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_9'] = x_session_end_reason__mutmut_9 # type: ignore # mutmut generated
mutants_x_session_end_reason__mutmut['x_session_end_reason__mutmut_10'] = x_session_end_reason__mutmut_10 # type: ignore # mutmut generated


END_REASON_MESSAGES = {
    "signed_out": "You have signed out. Sign in again to continue.",
    "expired": "Your session reached its maximum length. Sign in again to continue.",
    "idle": "Your session ended after a period without activity. Sign in again to continue.",
    "revoked": "Your session was ended by an administrator. Sign in again to continue.",
    "deactivated": "Your account has been deactivated. Ask an administrator.",
}


# Roles an administrator may also hold: none that records or signs GMP or trial data
# (DESIGN §1: an admin makes no GMP data edits and cannot sign as anyone).
ADMIN_COMPATIBLE: frozenset[Role] = frozenset({Role.ADMIN, Role.MONITOR})
mutants_x_role_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_role_problems__mutmut)
def role_problems(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = ", ".join(sorted(r.value for r in roles - ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_orig(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = ", ".join(sorted(r.value for r in roles - ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_1(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles or roles - ADMIN_COMPATIBLE:
        others = ", ".join(sorted(r.value for r in roles - ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_2(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN not in roles and roles - ADMIN_COMPATIBLE:
        others = ", ".join(sorted(r.value for r in roles - ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_3(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles + ADMIN_COMPATIBLE:
        others = ", ".join(sorted(r.value for r in roles - ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_4(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = None
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_5(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = ", ".join(None)
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_6(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = "XX, XX".join(sorted(r.value for r in roles - ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_7(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = ", ".join(sorted(None))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_8(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = ", ".join(sorted(r.value for r in roles + ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "record and sign nothing (segregation of duties)"]
    return []


def x_role_problems__mutmut_9(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = ", ".join(sorted(r.value for r in roles - ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "XXrecord and sign nothing (segregation of duties)XX"]
    return []


def x_role_problems__mutmut_10(roles: frozenset[Role]) -> list[str]:
    """Returns why this set of roles may not be held together (empty: it may)."""
    if Role.ADMIN in roles and roles - ADMIN_COMPATIBLE:
        others = ", ".join(sorted(r.value for r in roles - ADMIN_COMPATIBLE))
        return [f"an administrator cannot also hold {others}: administrators make no GMP "
                "RECORD AND SIGN NOTHING (SEGREGATION OF DUTIES)"]
    return []

mutants_x_role_problems__mutmut['_mutmut_orig'] = x_role_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_1'] = x_role_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_2'] = x_role_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_3'] = x_role_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_4'] = x_role_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_5'] = x_role_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_6'] = x_role_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_7'] = x_role_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_8'] = x_role_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_9'] = x_role_problems__mutmut_9 # type: ignore # mutmut generated
mutants_x_role_problems__mutmut['x_role_problems__mutmut_10'] = x_role_problems__mutmut_10 # type: ignore # mutmut generated
mutants_x_printed_name_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_printed_name_key__mutmut)
def printed_name_key(printed_name: str) -> str:
    """Returns the form in which two printed names are the same person on a signature."""
    return " ".join(printed_name.split()).casefold()


def x_printed_name_key__mutmut_orig(printed_name: str) -> str:
    """Returns the form in which two printed names are the same person on a signature."""
    return " ".join(printed_name.split()).casefold()


def x_printed_name_key__mutmut_1(printed_name: str) -> str:
    """Returns the form in which two printed names are the same person on a signature."""
    return " ".join(None).casefold()


def x_printed_name_key__mutmut_2(printed_name: str) -> str:
    """Returns the form in which two printed names are the same person on a signature."""
    return "XX XX".join(printed_name.split()).casefold()

mutants_x_printed_name_key__mutmut['_mutmut_orig'] = x_printed_name_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_printed_name_key__mutmut['x_printed_name_key__mutmut_1'] = x_printed_name_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_printed_name_key__mutmut['x_printed_name_key__mutmut_2'] = x_printed_name_key__mutmut_2 # type: ignore # mutmut generated
