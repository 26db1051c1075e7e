name = HackaTAL
separator = ###doc
