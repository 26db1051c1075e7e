name = Decidim (Métropole Européenne de Lille, debates)
id = id
text = title/fr + description/fr
date = created_at
