"""Signing in through the login form opens the dashboard."""

from fastapi.testclient import TestClient

from tests.conftest import login


def test_signed_in_user_sees_their_dashboard(client: TestClient) -> None:
    login(client, "qa")
    page = client.get("/")
    assert page.status_code == 200
    assert "Welcome, Quentin Ashby" in page.text


def test_anonymous_visitor_is_sent_to_the_login_page(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")
