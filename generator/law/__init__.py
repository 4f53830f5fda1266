"""Facts of the law kept as data: countries and the EEA, adequacy decisions, supervisory
authorities and ages, durations."""
