"""The Calendar screen: scheduled 1:1s and trainings."""
