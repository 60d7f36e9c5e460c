"""Manufacturing lots: the lot lifecycle and (in later issues) the batch record."""
