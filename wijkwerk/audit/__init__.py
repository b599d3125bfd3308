"""The audit trail: who did what, when — never what a reflection says."""
