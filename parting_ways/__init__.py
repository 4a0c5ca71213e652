"""Parting Ways' build-time library: i18n, site, widgets and search. hooks/ turns MkDocs events into calls here."""
