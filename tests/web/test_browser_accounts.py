"""Accounts driven through Debian chromium (see browser_support): changing one's own password,
an administrator's role change and password reset (each confirmed first), and a refused user
creation that keeps the form. Each test changes a different cast member (one server per module).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Dialog, Page, expect
from sqlmodel import select

from cellchain.auth import service as auth_service
from cellchain.auth.models import UserRole
from tests.factories import CAST
from tests.web.browser_support import LiveServer, sign_in

pytestmark = pytest.mark.browser

NEW = "my-own-choice-2026"
TEMPORARY = "handed-over-2026"


def user_id(live_server: LiveServer, username: str) -> int:
    with live_server.database.session_scope(write=False) as session:
        user = auth_service.find_user(session, username)
        assert user is not None and user.id is not None
        return user.id


def roles_of(live_server: LiveServer, username: str) -> set[str]:
    with live_server.database.session_scope(write=False) as session:
        return set(session.exec(select(UserRole.role).where(
            UserRole.user_id == user_id(live_server, username))))


def answer_next_dialog(page: Page, *, accept: bool) -> list[str]:
    """Answers the next confirm() the page shows; returns the question once it was asked."""
    asked: list[str] = []

    def answer(dialog: Dialog) -> None:
        asked.append(dialog.message)
        if accept:
            dialog.accept()
        else:
            dialog.dismiss()

    page.once("dialog", answer)
    return asked


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login"))


def test_a_user_changes_their_own_password_from_the_header_link(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "qc")
    page.get_by_role("link", name="Change password").click()
    expect(page).to_have_url(live_server.url("/account/password"))
    expect(page.locator("#f-current_password")).to_be_focused()

    # A typo in the repetition: refused beside its field, nothing typed is sent back.
    page.keyboard.type(CAST["qc"].password)
    page.locator("#f-new_password").fill(NEW)
    page.locator("#f-confirm_password").fill(NEW + "x")
    page.get_by_role("button", name="Change password").click()
    expect(page.locator("#e-confirm_password")).to_have_text(
        "the two new passwords differ; type the same new password twice")
    for field in ("current_password", "new_password", "confirm_password"):
        expect(page.locator(f"#f-{field}")).to_have_value("")

    page.locator("#f-current_password").fill(CAST["qc"].password)
    page.locator("#f-new_password").fill(NEW)
    page.locator("#f-confirm_password").fill(NEW)
    page.get_by_role("button", name="Change password").click()

    expect(page).to_have_url(live_server.url("/"))
    expect(page.get_by_role("status")).to_contain_text("Your password has been changed.")
    sign_out(page)
    sign_in(page, live_server, "qc", NEW)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Quinn Cole")


def test_an_admin_changes_roles_only_after_confirming(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "admin")
    page.get_by_role("navigation").get_by_role("link", name="Users").click()
    page.get_by_role("link", name="monitor", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("User monitor")
    page.get_by_label("Clinician").check()
    page.locator("#f-roles-reason").fill("Covers the ward this month")

    asked = answer_next_dialog(page, accept=False)
    page.get_by_role("button", name="Change roles").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("User monitor")
    assert asked == ["Change the roles of monitor? Their sessions end now and they sign in "
                     "again."]
    assert roles_of(live_server, "monitor") == {"monitor"}

    answer_next_dialog(page, accept=True)
    page.get_by_role("button", name="Change roles").click()

    expect(page.get_by_role("status")).to_contain_text(
        "Roles of 'monitor' changed; their sessions have ended.")
    expect(page.locator("dl")).to_contain_text("Clinician, Trial monitor")
    expect(page.get_by_role("table")).to_contain_text("Roles changed")
    assert roles_of(live_server, "monitor") == {"monitor", "clinician"}


def test_a_reset_password_is_confirmed_and_replaced_by_its_owner_at_sign_in(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "admin")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Adam Novak")
    page.goto(live_server.url(f"/admin/users/{user_id(live_server, 'qa2')}"))
    page.locator("#f-temporary_password").fill(TEMPORARY)
    page.locator("#f-reset-reason").fill("Forgot it; identity checked in person")
    asked = answer_next_dialog(page, accept=True)
    page.get_by_role("button", name="Reset password").click()

    expect(page.get_by_role("status")).to_contain_text("Password of 'qa2' reset")
    assert asked and asked[0].startswith("Reset the password of qa2?")
    sign_out(page)

    sign_in(page, live_server, "qa2", TEMPORARY)
    expect(page).to_have_url(live_server.url("/account/password"))
    expect(page.get_by_role("main")).to_contain_text("Your password was set by an administrator")
    expect(page.get_by_role("navigation").get_by_role("link", name="Lots")).to_have_count(0)
    page.goto(live_server.url("/lots"))
    expect(page).to_have_url(live_server.url("/account/password"))
    page.locator("#f-current_password").fill(TEMPORARY)
    page.locator("#f-new_password").fill(NEW)
    page.locator("#f-confirm_password").fill(NEW)
    page.get_by_role("button", name="Change password").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Priya Shah")
    page.goto(live_server.url("/lots"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Lots")


def test_a_refused_new_user_comes_back_with_what_was_typed_and_each_error_beside_its_field(
    page: Page, live_server: LiveServer
) -> None:
    sign_in(page, live_server, "admin")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Adam Novak")
    page.goto(live_server.url("/admin/users/new"))
    page.locator("#f-username").fill("nina new")
    page.locator("#f-printed_name").fill("Nina New")
    page.locator("#f-password").fill("short-pw")
    page.get_by_label("System administrator").check()
    page.get_by_label("QA / qualified person").check()
    page.get_by_role("button", name="Create user").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Add a user")
    expect(page.locator("#f-username")).to_have_value("nina new")
    expect(page.locator("#f-printed_name")).to_have_value("Nina New")
    expect(page.locator("#f-password")).to_have_value("")
    expect(page.get_by_label("System administrator")).to_be_checked()
    expect(page.get_by_label("QA / qualified person")).to_be_checked()
    expect(page.locator("#e-username")).to_contain_text("may contain only letters")
    expect(page.locator("#e-password")).to_contain_text("at least 12 characters")
    expect(page.locator("#e-roles")).to_contain_text("an administrator cannot also hold qa")
    expect(page.locator("#e-printed_name")).to_have_count(0)

    page.locator("#f-username").fill("nina.new")
    page.locator("#f-password").fill("long-enough-2026")
    page.get_by_label("QA / qualified person").uncheck()
    page.get_by_role("button", name="Create user").click()

    expect(page).to_have_url(live_server.url("/admin/users"))
    expect(page.get_by_role("status")).to_contain_text("User 'nina.new' created.")
