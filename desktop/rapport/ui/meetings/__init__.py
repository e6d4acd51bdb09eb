"""The 1:1s screen: one-on-one meetings, their agenda and commitments."""
