"""CloseRead's work as xAPI statements (IEEE 9274.1.1, xAPI 1.0.3), for a Learning Record Store.

``profile`` holds the IRIs CloseRead uses and the school's settings (its base IRI and
the home page of its student accounts); ``statements`` builds a statement for a checked
attempt, a completed lesson and a teacher's score; ``selectors`` writes marked spans as
W3C Web Annotations; ``validate`` checks a statement against the xAPI 1.0.3 rules before
it is queued. Nothing here touches the database or the network: the progress database
queues statements (``closeread.core.store.outbox``) and ``closeread.core.lrs`` sends them.
``docs/xapi.md`` is the profile in prose, with a full example.
"""
