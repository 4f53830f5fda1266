"""The archive of published versions: publishing, the manifest and its seal, verification,
and what makes a change one of substance."""
