"""The packs a CloseRead has: installed, cached, bundled, and built into archives to hand out."""
