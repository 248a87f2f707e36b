"""The Documents window: a patient's take-home sheets, receipts and clinical reports,
previewed, printed and saved."""
