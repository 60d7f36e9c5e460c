"""Label symbols (Code 128, Data Matrix, QR) and output formats (PNG, PDF, sheets)."""
