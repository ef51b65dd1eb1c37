"""Pure rules of a govcamp: no Qt, no SQL."""
