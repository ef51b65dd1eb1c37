"""The phone server (issue 15): attendees' phones on the venue Wi-Fi see the live grid, star sessions and
write notes. No Qt here: the window starts a :class:`govcamp.web.server.PhoneServer`, as ``govcamp serve``
does."""
