"""Sending the queued xAPI statements to a Learning Record Store: the only network
CloseRead ever uses, and only when a teacher asks for it.

``client`` speaks the xAPI Statements resource over HTTP (the standard library's
urllib, basic authentication); ``send`` sends the queue in batches, with retries and
back-off, marking each statement sent or refused with the LRS's reason;
``credentials`` keeps the password in the system keyring where there is one.
"""
