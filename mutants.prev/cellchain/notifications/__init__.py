"""Notifications raised by jobs and security events, shown to the roles that must act."""
