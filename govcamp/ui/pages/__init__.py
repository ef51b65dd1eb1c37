"""The pages of the event window, one per phase of a govcamp."""
