"""The Qt-free core of CloseRead: packs, scoring, storage, reports."""
