name = Le Vrai Débat (themes)
id = slug
text = name
