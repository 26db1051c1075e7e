name = granddebat.fr titles
separator = \n
