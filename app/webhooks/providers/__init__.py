"""One adapter per carrier beside Twilio; ``routes.py`` serves them all."""
