"""Speaker identity: mentions in an article -> the person or body they denote.

``SpeakerResolver`` (resolve.py) resolves the speaker mentions of one parsed article to
the fullest name the article gives; ``mentions.py`` finds the names and their roles,
``types.py`` types a source as person, organization, anonymous, document or unknown.
"""
from .resolve import SpeakerResolver

__all__ = ["SpeakerResolver"]
