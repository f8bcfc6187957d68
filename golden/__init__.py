"""Scripts that build the golden dataset. Nothing the service imports lives here."""
