"""Writing packs: a new pack around an article, lesson files edited as a person would, GIFT."""
