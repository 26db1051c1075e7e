name = Le Vrai Débat (theme tree)
records = nodes
id = id
text = name
