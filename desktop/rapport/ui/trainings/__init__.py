"""The Trainings screen: sessions, participants and evaluations."""
